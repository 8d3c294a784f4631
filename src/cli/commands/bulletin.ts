// `duban bulletin --plan ID --period P --out FILE [--number N] [--date YYYY-MM-DD] [--data DIR]`: the 通报 of a
// period as .docx in the official layout (GB/T 9704), or as text when FILE ends in .txt (DOMAIN.md §1.4).
import { extname } from 'node:path';
import { isIsoDate } from '../../domain/supervision/dates';
import { bulletinOf } from '../../server/supervision/documents';
import { checkPeriod } from '../../server/supervision/load';
import { localToday, renderBulletin } from '../../server/supervision/render';
import { nextBulletinSeq } from '../../storage/repos/supervision';
import { parseCommand, usageError } from '../args';
import { withPlan, writeOut } from '../with-plan';

const HELP = `usage: duban bulletin --plan ID --period P --out FILE [--number N] [--date YYYY-MM-DD] [--data DIR]
  P: 2024-09 (1—9月), 2024-Q3 (前三季度), 2024-H1 (上半年), 2024 (全年)
  FILE: .docx (公文格式) 或 .txt;--number 文号序号(默认为本年下一个);--date 成文日期(默认今天)`;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'bulletin',
    help: HELP,
    allowPositionals: false,
    options: {
      plan: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      number: { type: 'string' },
      date: { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const problem = usageProblem(values);
  if (problem) return usageError('bulletin', HELP, problem);
  const out = values.out!;
  const issuedOn = values.date ?? localToday();
  return withPlan('bulletin', { data: values.data, plan: values.plan }, async (data, database) => {
    const period = checkPeriod(data, values.period!);
    const seq = values.number
      ? Number(values.number)
      : await nextBulletinSeq(database.db, Number(issuedOn.slice(0, 4)));
    const bulletin = bulletinOf(data, { period, issuedOn, seq });
    const file = await renderBulletin(bulletin, extname(out).toLowerCase() === '.txt' ? 'txt' : 'docx');
    writeOut('bulletin', out, file.bytes);
    process.stdout.write(`${bulletin.docNumber} ${bulletin.title}\n${bulletin.countsSentence}\n`);
    return 0;
  });
}

function usageProblem(v: { period?: string; out?: string; number?: string; date?: string }): string | null {
  if (!v.period) return '缺少 --period / missing --period';
  if (!v.out) return '缺少 --out / missing --out';
  const ext = extname(v.out).toLowerCase();
  if (ext !== '.docx' && ext !== '.txt')
    return '--out 应以 .docx 或 .txt 结尾 / --out must end in .docx or .txt';
  if (v.number !== undefined && !/^[1-9]\d{0,5}$/.test(v.number))
    return '--number 应为正整数 / --number must be a positive integer';
  if (v.date !== undefined && !isIsoDate(v.date)) return '--date 应为 YYYY-MM-DD / --date must be YYYY-MM-DD';
  return null;
}
