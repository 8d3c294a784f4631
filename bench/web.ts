// Web figures: JavaScript of the first load of the dashboard (raw, gzip-compressed here for comparison, and
// the bytes the server actually sent Chromium, which chooses its own Accept-Encoding) and the time until the
// dashboard has rendered (cards and charts) in headless Chromium on loopback, with where that time went
// (page clock from navigation start: HTML, first-load scripts downloaded, main-thread long tasks = script
// parse/eval and React/antd/ECharts render, the first and the dashboard API responses with their server time,
// counts and cards on screen, both charts drawn) and the main thread's work until then (Chromium's
// Performance.getMetrics: all tasks, of which script, and style + layout; steadier than wall time on a busy
// machine). The first load's stylesheet (antd's prebuilt styles) is printed beside the scripts.
// Prints figures only; goals are ≤ 700 KB gzip and ≤ 1.5 s. Run: npm run bench:web [runs, default 9]
// On a busy machine separate runs move by ±30%: BENCH_WEB_COMPARE=<another built dist/web> serves that build
// too (a second app on the same database) and alternates cold loads between the two, printing both.
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { buildApp } from '../src/server/app';
import { ensureWebBuilt, hasChromium, launchBrowser } from '../test/e2e/browser';
import { startServer } from '../test/e2e/server';

const runs = Math.max(7, Number(process.argv[2]) || 9);
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
const compareDir = process.env.BENCH_WEB_COMPARE;
const other = compareDir
  ? await buildApp({
      database: server.database,
      config: { webDir: compareDir, loginRateLimit: 1000, schedulerIntervalMs: 0 },
    })
  : null;
if (other) await other.listen({ host: '127.0.0.1', port: 0 });
const otherBase = other ? `http://127.0.0.1:${(other.server.address() as AddressInfo).port}` : '';

/** Page-clock milestones of one load, in ms from navigation start. */
interface Phases {
  html: number;
  scripts: number;
  longTasks: number;
  firstApi: number;
  dashboardApi: number;
  dashboardServer: number;
  content: number;
  charts: number;
  /** Main-thread time until both charts were drawn (Chromium's Performance.getMetrics): all tasks, script. */
  task: number;
  script: number;
  styleLayout: number;
}

interface Sample {
  ms: number;
  phases: Phases;
  jsFiles: number;
  jsRaw: number;
  jsGzip: number;
  jsWire: number;
  /** Each first-load script's file name (hash dropped) and gzip size, largest first. */
  jsList: [string, number][];
  /** The stylesheets of the first load (antd's prebuilt styles): count, gzip and on the wire. */
  cssFiles: number;
  cssGzip: number;
  cssWire: number;
  encodings: string[];
  acceptEncoding: string;
}

/** Records long tasks (≥ 50 ms of main-thread work: script parse/eval, render) from the first byte. */
function observeLongTasks(): void {
  const w = window as unknown as { __longTasks: number[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

async function phases(
  page: Page,
  content: number,
  charts: number,
  cpu: Pick<Phases, 'task' | 'script' | 'styleLayout'>,
): Promise<Phases> {
  const clock = await page.evaluate(
    ({ content, charts }) => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const scripts = resources.filter((r) => r.name.endsWith('.js') && r.startTime < content);
      const apis = resources.filter((r) => r.name.includes('/api/'));
      const dashboard = apis.find((r) => r.name.includes('/dashboard'));
      const w = window as unknown as { __longTasks: number[] };
      return {
        html: nav.responseEnd,
        scripts: Math.max(0, ...scripts.map((r) => r.responseEnd)),
        longTasks: w.__longTasks.reduce((a, b) => a + b, 0),
        firstApi: Math.min(...apis.map((r) => r.responseEnd)),
        dashboardApi: dashboard?.responseEnd ?? Number.NaN,
        dashboardServer: dashboard ? dashboard.responseStart - dashboard.requestStart : Number.NaN,
        content,
        charts,
      };
    },
    { content, charts },
  );
  return { ...clock, ...cpu };
}

/** Cumulative main-thread durations of the page so far, in ms. */
async function mainThread(cdp: CDPSession): Promise<Pick<Phases, 'task' | 'script' | 'styleLayout'>> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return {
    task: ms('TaskDuration'),
    script: ms('ScriptDuration'),
    styleLayout: ms('RecalcStyleDuration') + ms('LayoutDuration'),
  };
}

async function coldLoad(base = server.url): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const login = await context.request.post(`${base}/api/session`, {
    data: { username: server.admin.username, password: server.admin.password },
  });
  if (!login.ok()) throw new Error(`login failed: HTTP ${login.status()}`);
  const page = await context.newPage();
  await page.addInitScript(observeLongTasks);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const assets: Promise<{
    kind: 'js' | 'css';
    name: string;
    raw: number;
    gzip: number;
    wire: number;
    encoding: string;
    accept: string;
  }>[] = [];
  page.on('response', (response) => {
    const kind = /\.(js|css)$/.exec(response.url())?.[1] as 'js' | 'css' | undefined;
    if (!kind) return;
    assets.push(
      response.body().then(async (body) => {
        const sizes = await response.request().sizes();
        const headers = await response.allHeaders();
        const sent = await response.request().allHeaders();
        return {
          kind,
          name: response
            .url()
            .replace(/^.*\//, '')
            .replace(/-[\w-]{8}\.(js|css)$/, ''),
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
  await page.goto(`${base}/plans/${server.planId}/dashboard?asOf=${asOf}`);
  const content = await (
    await page.waitForFunction(() => document.querySelector('[data-testid="dashboard"]') && performance.now())
  ).jsonValue();
  const charts = await (
    await page.waitForFunction(() => document.querySelectorAll('canvas').length >= 2 && performance.now())
  ).jsonValue();
  const ms = Date.now() - start;
  const cpu = await mainThread(cdp);
  const measured = await phases(page, Number(content), Number(charts), cpu);
  const all = await Promise.all(assets);
  const files = all.filter((f) => f.kind === 'js');
  const css = all.filter((f) => f.kind === 'css');
  await context.close();
  return {
    ms,
    phases: measured,
    jsFiles: files.length,
    jsRaw: files.reduce((a, f) => a + f.raw, 0),
    jsGzip: files.reduce((a, f) => a + f.gzip, 0),
    jsWire: files.reduce((a, f) => a + f.wire, 0),
    jsList: files.map((f): [string, number] => [f.name, f.gzip]).sort((a, b) => b[1] - a[1]),
    cssFiles: css.length,
    cssGzip: css.reduce((a, f) => a + f.gzip, 0),
    cssWire: css.reduce((a, f) => a + f.wire, 0),
    encodings: [...new Set(files.map((f) => f.encoding))],
    acceptEncoding: files[0]?.accept ?? '(none)',
  };
}

/** Value at fraction q of the sorted values (nearest rank). */
function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

const spread = (values: number[]) =>
  `median ${Math.round(quantile(values, 0.5))} ms, p90 ${Math.round(quantile(values, 0.9))} ms`;

try {
  await coldLoad(); // warm the server's caches and Chromium's start-up
  if (other) await coldLoad(otherBase);
  const samples: Sample[] = [];
  const compared: Sample[] = [];
  for (let i = 0; i < runs; i++) {
    // Alternate which build goes first, so neither always follows the other's garbage.
    if (other && i % 2 === 1) compared.push(await coldLoad(otherBase));
    samples.push(await coldLoad());
    if (other && i % 2 === 0) compared.push(await coldLoad(otherBase));
  }
  const times = samples.map((s) => s.ms);
  const first = samples[0]!;
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const phase = (key: keyof Phases) => spread(samples.map((s) => s.phases[key]));
  console.log(`web build (vite, skipped when fresh): ${buildMs} ms`);
  console.log(
    `first-load JS: ${first.jsFiles} files, ${kb(first.jsRaw)} raw, ${kb(first.jsGzip)} gzip (goal ≤ 700 KB)`,
  );
  console.log(`  ${first.jsList.map(([name, gz]) => `${name} ${kb(gz)}`).join(', ')}`);
  console.log(
    `first-load JS on the wire: ${kb(first.jsWire)} (Chromium sent Accept-Encoding: ${first.acceptEncoding}; content-encoding ${first.encodings.join(', ')})`,
  );
  console.log(
    `first-load CSS: ${first.cssFiles} files, ${kb(first.cssGzip)} gzip, ${kb(first.cssWire)} on the wire`,
  );
  console.log(
    `dashboard rendered (cold cache, loopback, 1366×768, cards and both charts): ${spread(times)}, min ${Math.min(...times)} ms, max ${Math.max(...times)} ms over ${runs} runs (goal ≤ 1500 ms)`,
  );
  console.log('breakdown (page clock from navigation start):');
  console.log(`  HTML received                       ${phase('html')}`);
  console.log(`  first API response (session/plans)  ${phase('firstApi')}`);
  console.log(`  dashboard API response              ${phase('dashboardApi')}`);
  console.log(`    of which server time (TTFB)       ${phase('dashboardServer')}`);
  console.log(`  first-render scripts downloaded     ${phase('scripts')}`);
  console.log(`  main-thread long tasks (parse/eval/render), total ${phase('longTasks')}`);
  console.log(`  main-thread work until both charts: all tasks ${phase('task')}`);
  console.log(`    of which script (parse/compile/run) ${phase('script')}`);
  console.log(`    of which style and layout           ${phase('styleLayout')}`);
  console.log(`  counts, cards and list on screen    ${phase('content')}`);
  console.log(`  both charts drawn                   ${phase('charts')}`);
  if (other) {
    const median = (list: Sample[], key: keyof Phases) =>
      Math.round(
        quantile(
          list.map((x) => x.phases[key]),
          0.5,
        ),
      );
    console.log(`interleaved with ${compareDir} (medians over ${runs} loads each; that build → this one):`);
    for (const [key, label] of [
      ['content', 'counts, cards and list on screen'],
      ['charts', 'both charts drawn'],
      ['task', 'main-thread tasks until both charts'],
      ['script', 'of which script'],
    ] as const)
      console.log(`  ${label.padEnd(36)} ${median(compared, key)} ms → ${median(samples, key)} ms`);
    const c = compared[0]!;
    console.log(
      `  first-load JS gzip ${kb(c.jsGzip)} → ${kb(first.jsGzip)}, CSS gzip ${kb(c.cssGzip)} → ${kb(first.cssGzip)}`,
    );
  }
} finally {
  await other?.close();
  await browser.close();
  await server.close();
}
