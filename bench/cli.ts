// Start-up time of the `duban` command, printed as figures (goal: `duban extract` on a text report ≤ 0.5 s).
// usage: npm run bench:cli [-- RUNS]   (default 10 runs per case)
// "no cache" runs set TSX_DISABLE_CACHE=1: tsx compiles every TypeScript file again, as on the first run
// after a clone.
import { spawnSync } from 'node:child_process';

const runs = Number(process.argv[2] ?? 10);
const root = new URL('../', import.meta.url);

interface Case {
  name: string;
  args: string[];
  env?: Record<string, string>;
}

const CASES: Case[] = [
  { name: 'node -e 0 (floor)', args: ['-e', '0'] },
  { name: 'duban --version', args: ['bin/duban.mjs', '--version'] },
  { name: 'duban extract heshan.txt', args: ['bin/duban.mjs', 'extract', 'examples/heshan-2024.txt'] },
  {
    name: 'duban extract --json heshan.txt',
    args: ['bin/duban.mjs', 'extract', '--json', 'examples/heshan-2024.txt'],
  },
  {
    name: 'duban extract heshan.txt, no tsx cache',
    args: ['bin/duban.mjs', 'extract', 'examples/heshan-2024.txt'],
    env: { TSX_DISABLE_CACHE: '1' },
  },
  { name: 'duban extract heshan.docx', args: ['bin/duban.mjs', 'extract', 'fixtures/heshan-2024.docx'] },
  { name: 'duban extract heshan.html', args: ['bin/duban.mjs', 'extract', 'fixtures/heshan-2024.html'] },
  { name: 'duban extract heshan.pdf', args: ['bin/duban.mjs', 'extract', 'fixtures/heshan-2024.pdf'] },
];

function time(c: Case): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, {
    cwd: root,
    env: { ...process.env, ...c.env },
    stdio: 'ignore',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${c.name} exited with ${r.status}`);
  return ms;
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
console.log(`duban CLI start-up, ${runs} runs each (wall clock, includes node start-up)`);
for (const c of CASES) {
  time(c); // warm the file system cache (and tsx's, unless disabled)
  const t = Array.from({ length: runs }, () => time(c)).sort((a, b) => a - b);
  const median = t[Math.floor(t.length / 2)]!;
  console.log(`${c.name.padEnd(42)} min ${fmt(t[0]!)}  median ${fmt(median)}  max ${fmt(t.at(-1)!)}`);
}
