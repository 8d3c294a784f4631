// Web figures: JavaScript of the first load of the dashboard (raw, gzip-compressed here for comparison, and
// the bytes the server actually sent Chromium, which chooses its own Accept-Encoding) and the time until the
// dashboard has rendered (cards and charts) in headless Chromium on loopback.
// Prints figures only; goals are ≤ 700 KB gzip and ≤ 1.5 s. Run: npm run bench:web
import { gzipSync } from 'node:zlib';
import { ensureWebBuilt, hasChromium, launchBrowser } from '../test/e2e/browser';
import { startServer } from '../test/e2e/server';

const runs = 5;
const asOf = '2024-06-30';

if (!hasChromium) {
  console.log(
    'bench:web needs /usr/bin/chromium (apt-get install -y chromium fonts-noto-cjk); nothing measured.',
  );
  process.exit(0);
}

const buildStart = Date.now();
ensureWebBuilt();
const buildMs = Date.now() - buildStart;
const server = await startServer();
const browser = await launchBrowser();
const url = `${server.url}/plans/${server.planId}/dashboard?asOf=${asOf}`;

interface Sample {
  ms: number;
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  jsWire: number;
  encodings: string[];
  acceptEncoding: string;
}

async function coldLoad(): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const login = await context.request.post(`${server.url}/api/session`, {
    data: { username: server.admin.username, password: server.admin.password },
  });
  if (!login.ok()) throw new Error(`login failed: HTTP ${login.status()}`);
  const page = await context.newPage();
  const js: Promise<{ raw: number; gzip: number; wire: number; encoding: string; accept: string }>[] = [];
  page.on('response', (response) => {
    if (!response.url().endsWith('.js')) return;
    js.push(
      response.body().then(async (body) => {
        const sizes = await response.request().sizes();
        const headers = await response.allHeaders();
        const sent = await response.request().allHeaders();
        return {
          raw: body.length,
          gzip: gzipSync(body).length,
          wire: sizes.responseBodySize,
          encoding: headers['content-encoding'] ?? 'identity',
          accept: sent['accept-encoding'] ?? '(none)',
        };
      }),
    );
  });
  const start = Date.now();
  await page.goto(url);
  await page.getByTestId('dashboard').waitFor();
  await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 2);
  const ms = Date.now() - start;
  const files = await Promise.all(js);
  await context.close();
  return {
    ms,
    jsFiles: files.length,
    jsRaw: files.reduce((a, f) => a + f.raw, 0),
    jsGzip: files.reduce((a, f) => a + f.gzip, 0),
    jsWire: files.reduce((a, f) => a + f.wire, 0),
    encodings: [...new Set(files.map((f) => f.encoding))],
    acceptEncoding: files[0]?.accept ?? '(none)',
  };
}

try {
  await coldLoad(); // warm the server's caches and Chromium's start-up
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await coldLoad());
  const times = samples.map((s) => s.ms).sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  const first = samples[0]!;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`web build (vite, skipped when fresh): ${buildMs} ms`);
  console.log(
    `first-load JS: ${first.jsFiles} files, ${kb(first.jsRaw)} raw, ${kb(first.jsGzip)} gzip (goal ≤ 700 KB)`,
  );
  console.log(
    `first-load JS on the wire: ${kb(first.jsWire)} (Chromium sent Accept-Encoding: ${first.acceptEncoding}; content-encoding ${first.encodings.join(', ')})`,
  );
  console.log(
    `dashboard rendered (cold cache, loopback, 1366×768): median ${median} ms, min ${times[0]} ms, max ${times[times.length - 1]} ms over ${runs} runs (goal ≤ 1500 ms)`,
  );
} finally {
  await browser.close();
  await server.close();
}
