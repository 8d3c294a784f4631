// Start-up time of the `duban` command, printed as figures (goal: `duban extract` on a text report ≤ 0.5 s).
// usage: npm run bench:cli [-- RUNS]   (default 10 runs per case)
// Wall clock suffers when other jobs share the machine; on Linux the CPU time of the child (user + system,
// from /proc/self/stat cutime + cstime, 10 ms ticks) is printed too, which load does not inflate much.
// "no cache" runs set TSX_DISABLE_CACHE=1: tsx compiles every TypeScript file again, as on the first run
// after a clone.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

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

/** CPU seconds used by finished children of this process (Linux), or NaN. */
function childCpu(): number {
  if (!existsSync('/proc/self/stat')) return Number.NaN;
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
  // After "pid (comm) ", field 3 is index 0: cutime and cstime are fields 16 and 17.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

function time(c: Case): { wall: number; cpu: number } {
  const cpu0 = childCpu();
  const t0 = performance.now();
  const r = spawnSync(process.execPath, c.args, {
    cwd: root,
    env: { ...process.env, ...c.env },
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(`${c.name} exited with ${r.status}: ${r.stderr.trim()}`);
    process.exit(1);
  }
  return { wall: ms, cpu: (childCpu() - cpu0) * 1000 };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
console.log(`duban CLI start-up, ${runs} runs each (wall clock, includes node start-up)`);
for (const c of CASES) {
  time(c); // warm the file system cache (and tsx's, unless disabled)
  const samples = Array.from({ length: runs }, () => time(c));
  const wall = samples.map((x) => x.wall).sort((a, b) => a - b);
  const cpu = samples.map((x) => x.cpu).sort((a, b) => a - b);
  const mid = Math.floor(runs / 2);
  console.log(
    `${c.name.padEnd(40)} wall min ${fmt(wall[0]!)} median ${fmt(wall[mid]!)} max ${fmt(wall.at(-1)!)}` +
      (Number.isNaN(cpu[0]) ? '' : `   cpu median ${fmt(cpu[mid]!)}`),
  );
}
