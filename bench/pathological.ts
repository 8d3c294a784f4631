// Throughput of the engine on dense, damaged inputs: runs of figures without sentence ends, lists,
// enumerations, many short lines. Each input is timed at two sizes, the second four times the first, so
// growth faster than linear shows as a time ratio well above 4. Goals: every input >= 5 MB/s, and
// x4 size gives <= x5 time. Run alone with `npm run bench:robust`; bench:extract prints it too.
import { fileURLToPath } from 'node:url';
import { extractPlan } from '../src/extract';

interface Dense {
  name: string;
  /** The text of piece i; pieces are joined until the text reaches its size. */
  piece: (i: number) => string;
  /** Size of the smaller text in MB (UTF-8); the larger is four times it. */
  mb: number;
  /** One 分别 list: the pieces after the first are the subjects, as many rates follow them. */
  list?: boolean;
}

const repeat = (unit: string) => () => unit;

/** The dense inputs: each opens with a heading of the plan part, so its figures are read as targets. */
export const DENSE: Dense[] = [
  { name: "'5个（' repeated", piece: repeat('5个（'), mb: 0.25 },
  { name: "'5个、' repeated", piece: repeat('5个、'), mb: 0.25 },
  { name: "'5个' repeated (no marks)", piece: repeat('5个'), mb: 0.2 },
  { name: "'增长5%，' repeated", piece: repeat('增长5%，'), mb: 0.25 },
  { name: "'增长5%、' repeated", piece: repeat('增长5%、'), mb: 0.25 },
  { name: "'A、B、C分别增长5%、6%、7%，'", piece: repeat('A、B、C分别增长5%、6%、7%，'), mb: 0.25 },
  {
    name: "'A、B…分别' one long list",
    piece: (i) => (i === 0 ? '分别增长' : `指标${i}、`),
    mb: 0.25,
    list: true,
  },
  { name: "numbers without units '123，'", piece: repeat('123，'), mb: 0.25 },
  { name: "enumeration '（1）新建学校5所'", piece: (i) => `（${i + 1}）新建学校5所`, mb: 0.25 },
  { name: 'short lines with a figure', piece: () => '新增停车位1500个\n', mb: 0.25 },
  { name: 'short sentences on lines', piece: () => '完成投资5亿元。\n', mb: 0.25 },
  { name: 'count lines between dash lines', piece: repeat('新建学校5所。\n——推进工作\n'), mb: 0.25 },
  { name: "counts before a colon '新建5个：'", piece: repeat('新建5个：'), mb: 0.25 },
  { name: "paragraph of '5亿元，'", piece: repeat('5亿元，'), mb: 1.25 },
];

const HEADING = '一、工作安排\n';

export function denseText(d: Dense, mb: number): string {
  const parts = [HEADING];
  let bytes = Buffer.byteLength(HEADING);
  for (let i = 1; bytes < mb * 1e6; i++) {
    const p = d.piece(i);
    parts.push(p);
    bytes += Buffer.byteLength(p) + (d.list ? 3 : 0);
  }
  if (!d.list) return parts.join('');
  // 指标1、指标2…分别增长1%、2%…: the subjects, 分别, then one rate per subject.
  const n = parts.length - 1;
  const rates = Array.from({ length: n }, (_, i) => `${(i % 9) + 1}%`);
  return `${parts.join('').slice(0, -1)}${d.piece(0)}${rates.join('、')}。`;
}

/** The fastest of three runs in milliseconds (the machine's noise only ever adds time), and the items. */
function timed(text: string): { ms: number; items: number; capped: boolean } {
  let ms = Number.POSITIVE_INFINITY;
  let items = 0;
  let capped = false;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    const r = extractPlan(text);
    ms = Math.min(ms, performance.now() - t0);
    items = r.targets.length + r.actuals.length;
    capped = r.warnings.some((w) => w.code === 'too_many_figures');
  }
  return { ms, items, capped };
}

/** Prints MB/s of every dense input at two sizes and the time ratio between them. */
export function benchPathological(only = ''): void {
  console.log('dense inputs (fastest of 3 runs at two sizes; goal >= 5 MB/s, x4 size -> <= x5 time):');
  for (const d of DENSE) {
    if (!d.name.includes(only)) continue;
    // Warm up this input's paths on the larger text (the figures are for a long-running server).
    for (let k = 0; k < 2; k++) extractPlan(denseText(d, d.mb * 4));
    const cells: string[] = [];
    const ms: number[] = [];
    for (const mb of [d.mb, d.mb * 4]) {
      const text = denseText(d, mb);
      const t = timed(text);
      ms.push(t.ms);
      const size = Buffer.byteLength(text) / 1e6;
      const items = `${t.items}${t.capped ? ' (MAX_FIGURES)' : ''} items`;
      cells.push(
        `${size.toFixed(2)} MB ${t.ms.toFixed(0).padStart(5)} ms ${(size / (t.ms / 1000)).toFixed(1).padStart(5)} MB/s ${items.padEnd(22)}`,
      );
    }
    console.log(`  ${d.name.padEnd(32)} ${cells.join('|  ')}|  x${(ms[1]! / ms[0]!).toFixed(1)} time`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) benchPathological(process.argv[2]);
