// `duban export xlsx|docx|csv|json|stratml --plan ID --out FILE [--data DIR]`: the 分解表/台账 (.xlsx), the
// year-end review (.docx), targets as CSV, the whole plan as JSON, or StratML Part 2 XML (docs/supervision.md).
import { type ExportFormat, renderExport } from '../../server/supervision/render';
import { parseCommand, usageError } from '../args';
import { withPlan, writeOut } from '../with-plan';

const FORMATS: Record<string, ExportFormat> = {
  xlsx: 'xlsx',
  docx: 'docx',
  csv: 'csv',
  'progress-csv': 'progress-csv',
  json: 'json',
  stratml: 'stratml',
  txt: 'review-txt',
};

const HELP = `usage: duban export xlsx|docx|csv|progress-csv|json|stratml|txt --plan ID --out FILE [--data DIR]
  xlsx 分解表/台账 · docx 年终完成情况(报告体例,附计划与实绩对照表) · txt 同上纯文本 · csv 目标清单
  progress-csv 进展报告 · json 全部数据 · stratml StratML Part 2 XML
  DATABASE_URL=postgres://… 使用 PostgreSQL / use a PostgreSQL server`;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'export',
    help: HELP,
    allowPositionals: true,
    options: { plan: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' } },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const format = FORMATS[positionals[0] ?? ''];
  if (!format || positionals.length > 1 || !values.out) {
    const why = !positionals[0]
      ? '缺少格式 / missing format'
      : !format
        ? `未知格式 / unknown format: ${positionals[0]}`
        : !values.out
          ? '缺少 --out / missing --out'
          : `多余的参数 / unexpected argument: ${positionals[1]}`;
    return usageError('export', HELP, why);
  }
  const out = values.out;
  return withPlan('export', { data: values.data, plan: values.plan }, async (data) => {
    const file = await renderExport(data, format);
    writeOut('export', out, file.bytes);
    return 0;
  });
}
