// `duban extract FILE [--json | --text]`: reads a report (text in any supported encoding, .docx, PDF, web
// page), prints what was found. Errors are one line on stderr with a non-zero exit code.
import { basename } from 'node:path';
import {
  type ExtractionResult,
  extractPlan,
  isReportReadError,
  MAX_REPORT_BYTES,
  type ReadReportResult,
  readReport,
  type Section,
  type Warning,
} from '../../extract/index';
import { EXIT, parseCommand } from '../args';
import { InputError, readInputFile } from '../input';

const USAGE = `usage: duban extract FILE [--json | --text]

从政府工作报告提取结构、目标和实绩 / extract structure, targets and results from a work report.
FILE: .txt (UTF-8, GB18030/GBK, UTF-16), .docx, PDF with a text layer, or a saved web page; - reads stdin.

  --json   机器可读结果 / print { targets, actuals, qualitative, structure, warnings } as JSON
  --text   只输出读出的文本 / print the text as read (offsets refer to it)
  -h, --help`;

const HINT = '(duban extract --help)';

const fail = (message: string, code: number = EXIT.failed): number => {
  process.stderr.write(`duban extract: ${message}\n`);
  return code;
};

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > MAX_REPORT_BYTES)
      throw new InputError(`标准输入超过 50 MB 上限 / stdin is larger than the 50 MB limit`);
    chunks.push(b);
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The file's bytes, or standard input for `-`. */
async function readInput(path: string): Promise<Uint8Array> {
  return path === '-' ? readStdin() : readInputFile(path);
}

/** 1-based line number of each offset, by binary search over line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

const COMPARATOR: Record<string, string> = { '=': '=', '>=': '≥', '<=': '≤', '~': '≈' };

function excerpt(text: string, start: number, end: number, max = 24): string {
  const s = text.slice(start, end).replace(/\s*\n\s*/g, '⏎');
  return s.length > max ? `${s.slice(0, max)}…` : s;
}

function sectionLabel(s: Section): string {
  if (s.level === 'part')
    return /^\d|^[一二三四五六七八九十]/.test(s.ordinal)
      ? `${s.ordinal}、${s.title}`
      : `${s.ordinal} ${s.title}`;
  return s.ordinal ? `(${s.ordinal}) ${s.title}` : s.title;
}

function render(read: ReadReportResult, r: ExtractionResult): string {
  const { text } = read;
  const line = lineIndex(text);
  const place = (x: { start?: number; end?: number }) =>
    x.start === undefined ? '' : `L${line(x.start)} [${x.start},${x.end ?? x.start})`;
  const s = r.structure;
  const out: string[] = [];
  out.push(`标题 title: ${s.title ?? '(未识别 / not found)'}`);
  out.push(`年份 years: 回顾 review ${s.reviewYear ?? '?'} · 计划 plan ${s.planYear ?? '?'}`);
  out.push(
    `来源 source: ${read.format}${read.encoding === 'embedded' ? '' : ` (${read.encoding})`}, ${text.length} 字符 chars`,
  );
  if (s.mainTargets)
    out.push(
      `主要预期目标 main targets: ${place(s.mainTargets)} ${excerpt(text, s.mainTargets.start, s.mainTargets.end, 40)}`,
    );

  const parts = s.sections.filter((x) => x.level === 'part');
  out.push('', `结构 structure: ${parts.length} 部分 parts, ${s.sections.length - parts.length} 方面 areas`);
  for (const x of s.sections) {
    const indent = x.level === 'part' ? '  ' : '      ';
    out.push(`${indent}${sectionLabel(x)} [${x.role ?? 'other'}] ${place(x)}`);
  }

  out.push('', `任务 tasks: ${s.tasks.length}`);
  s.tasks.forEach((t, i) => {
    const area = s.sections[t.section];
    out.push(
      `  ${String(i + 1).padStart(3)}. ${t.title}${area ? ` — ${sectionLabel(area)}` : ''} ${place(t)}`,
    );
  });

  const figure = (x: ExtractionResult['targets'][number] | ExtractionResult['actuals'][number]) =>
    `${x.indicator} ${COMPARATOR[x.comparator] ?? x.comparator} ${x.value}${x.unit}`;
  out.push('', `目标 targets: ${r.targets.length}`);
  for (const t of r.targets) {
    out.push(`  ${figure(t)} · ${t.type} · ${t.modality}${t.period ? ` · ${t.period}` : ''}  ${place(t)}`);
  }
  out.push('', `实绩 results: ${r.actuals.length}`);
  for (const a of r.actuals) {
    const extra = [
      a.ratio_to_plan !== undefined ? `完成计划 ${a.ratio_to_plan}%` : '',
      a.yoy_pct !== undefined ? `同比 ${a.yoy_pct}%` : '',
      a.estimate ? '预计 estimate' : '',
      a.period ?? '',
    ].filter(Boolean);
    out.push(`  ${figure(a)}${extra.length ? ` · ${extra.join(' · ')}` : ''}  ${place(a)}`);
  }
  out.push('', `定性目标 qualitative targets: ${r.qualitative.length}`);
  for (const q of r.qualitative) out.push(`  ${q.indicator} · ${q.type} · ${q.modality}  ${place(q)}`);

  const warnings: Warning[] = [...read.warnings, ...r.warnings];
  out.push('', `警告 warnings: ${warnings.length}`);
  for (const w of warnings) {
    const at = w.start === undefined ? '' : ` ${place(w)} «${excerpt(text, w.start, w.end ?? w.start)}»`;
    out.push(`  ${w.code}${at}: ${w.message}`);
  }
  return out.join('\n');
}

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'extract',
    help: USAGE,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, text: { type: 'boolean', default: false } },
    // parseArgs explains itself at length: its first sentence names the option.
    parseError: (message) => `${message.split(/\.\s|\n/)[0] ?? message} ${HINT}`,
  });
  if (typeof args === 'number') return args;
  const [path, ...extra] = args.positionals;
  if (path === undefined || extra.length > 0)
    return fail(`请给出一个文件 / give one file ${HINT}`, EXIT.usage);
  if (args.values.json && args.values.text) {
    return fail(`--json 与 --text 只能选一个 / choose --json or --text ${HINT}`, EXIT.usage);
  }
  try {
    const read = await readReport(await readInput(path), basename(path));
    if (args.values.text) {
      process.stdout.write(read.text.endsWith('\n') ? read.text : `${read.text}\n`);
      return EXIT.ok;
    }
    const result = extractPlan(read.text);
    if (args.values.json) {
      const { targets, actuals, qualitative, structure, warnings } = result;
      const json = { targets, actuals, qualitative, structure, warnings: [...read.warnings, ...warnings] };
      process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
    } else {
      process.stdout.write(`${render(read, result)}\n`);
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError || isReportReadError(e)) return fail(e.message);
    throw e;
  }
}
