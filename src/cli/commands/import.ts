// `duban import FILE [--year Y] [--region-id N] [--data DIR]`: import a report as a draft plan.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { importReport } from '../../server/imports/pipeline';
import { configOrReport, openConfigured } from '../../server/start';
import { AppError } from '../../shared/api/errors';
import { parseCommand, usageError } from '../args';

const HELP =
  'usage: duban import FILE [--year Y] [--region-id N] [--data DIR]  导入报告为草稿 / import a report as a draft plan';

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'import',
    help: HELP,
    allowPositionals: true,
    options: { year: { type: 'string' }, 'region-id': { type: 'string' }, data: { type: 'string' } },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const file = positionals[0];
  if (!file) return usageError('import', HELP);
  const config = configOrReport(values.data ? { dataDir: values.data } : {});
  if (!config) return 1;
  const bytes = new Uint8Array(readFileSync(file));
  const database = await openConfigured(config);
  try {
    const r = await importReport(
      database.db,
      { userId: null },
      {
        bytes,
        fileName: basename(file),
        ...(values.year ? { year: Number(values.year) } : {}),
        ...(values['region-id'] ? { regionId: Number(values['region-id']) } : {}),
      },
    );
    const s = r.summary;
    process.stdout.write(
      `草稿 / draft plan ${r.draftPlanId}: ${s.title} (${s.region} ${s.year}) — ${s.sections} sections, ${s.tasks} tasks, ${s.targets} targets, ${s.qualitative} qualitative, ${s.actuals} actuals, ${s.suggestedLeads} suggested leads, ${r.warnings.length} warnings\n`,
    );
    return 0;
  } catch (e) {
    if (e instanceof AppError) {
      process.stderr.write(`duban import: ${e.detail?.zh ?? e.message} / ${e.message}\n`);
      return 1;
    }
    throw e;
  } finally {
    await database.close();
  }
}
