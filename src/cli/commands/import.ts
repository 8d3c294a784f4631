// `duban import FILE [--year Y] [--region-id N | --region NAME [--level L]] [--data DIR]`: import a report as a
// draft plan. The report is read and its year and region settled before the database is opened, so a refused
// import leaves nothing behind, not even a new data folder.
import { basename } from 'node:path';
import { prepareImport, storeImport } from '../../server/imports/pipeline';
import { configOrReport, openConfigured } from '../../server/start';
import { AppError, errorMessages } from '../../shared/api/errors';
import { type RegionLevel, regionLevels } from '../../shared/api/users';
import { parseCommand, usageError } from '../args';
import { InputError, readInputFile } from '../input';

const LEVELS = regionLevels.join('|');
const HELP = [
  `usage: duban import FILE [--year Y] [--region-id N | --region NAME [--level ${LEVELS}]] [--data DIR]`,
  '  导入报告为草稿 / import a report as a draft plan',
  '  地区默认从报告中识别(全国、省、市、县、区) / the region is read from the report by default',
  '  --region-id N   已有地区 / an existing region',
  '  --region NAME   按名称指定地区,不存在则新建 / a region by name, created when new',
  `  --level L       新建地区的级别(名称以省/市/县/区结尾时可省略) / its level (${LEVELS})`,
].join('\n');

/** What the person should type, by the field an AppError names (the API's message speaks of upload fields). */
const OPTION_HINT: Record<string, string> = {
  region: `无法从报告中识别地区,请用 --region-id N 选择已有地区,或用 --region 名称 --level ${LEVELS} 指定 / the report names no region: give --region-id N, or --region NAME --level ${LEVELS}`,
  year: '无法从报告中识别年份,请用 --year 指定 / the report does not tell its year: give --year Y',
};

const isLevel = (s: string): s is RegionLevel => (regionLevels as readonly string[]).includes(s);

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'import',
    help: HELP,
    allowPositionals: true,
    options: {
      year: { type: 'string' },
      'region-id': { type: 'string' },
      region: { type: 'string' },
      level: { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  const file = positionals[0];
  if (!file || positionals.length > 1) return usageError('import', HELP);
  const year = values.year === undefined ? undefined : Number(values.year);
  if (year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100))
    return usageError('import', HELP, `--year: ${values.year} 不是年份 / is not a year`);
  const regionId = values['region-id'] === undefined ? undefined : Number(values['region-id']);
  if (regionId !== undefined && !(Number.isInteger(regionId) && regionId > 0))
    return usageError('import', HELP, `--region-id: ${values['region-id']} 不是编号 / is not an id`);
  if (regionId !== undefined && values.region !== undefined)
    return usageError(
      'import',
      HELP,
      '--region-id 与 --region 只能选一个 / give --region-id or --region, not both',
    );
  const region = values.region?.trim();
  if (values.region !== undefined && !region)
    return usageError('import', HELP, '--region: 名称为空 / the name is empty');
  if (values.level !== undefined && !isLevel(values.level))
    return usageError('import', HELP, `--level: ${values.level} (${LEVELS})`);
  if (values.level !== undefined && region === undefined)
    return usageError('import', HELP, '--level 需与 --region 一起使用 / --level goes with --region');
  const level = values.level as RegionLevel | undefined;
  const config = configOrReport(values.data ? { dataDir: values.data } : {});
  if (!config) return 1;
  try {
    const prepared = await prepareImport({
      bytes: await readInputFile(file),
      fileName: basename(file),
      ...(year !== undefined ? { year } : {}),
      ...(regionId !== undefined ? { regionId } : {}),
      ...(region !== undefined ? { region: { name: region, ...(level ? { level } : {}) } } : {}),
    });
    const database = await openConfigured(config);
    try {
      const r = await storeImport(database.db, { userId: null }, prepared);
      const s = r.summary;
      process.stdout.write(
        `草稿 / draft plan ${r.draftPlanId}: ${s.title} (${s.region} ${s.year}) — ${s.sections} sections, ${s.tasks} tasks, ${s.targets} targets, ${s.qualitative} qualitative, ${s.actuals} actuals, ${s.suggestedLeads} suggested leads, ${r.warnings.length} warnings\n`,
      );
      // A plan of a level with no department list (national, provincial) is left for a person to assign.
      for (const w of r.warnings) if (w.code === 'no_department_list') process.stdout.write(`${w.message}\n`);
      return 0;
    } finally {
      await database.close();
    }
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`duban import: ${e.message}\n`);
      return 1;
    }
    if (e instanceof AppError) {
      const field = Object.keys(e.fields ?? {}).find((f) => OPTION_HINT[f]);
      // A reader's message is already one line in both languages (given as zh and en alike): once.
      const zh = e.detail?.zh ?? errorMessages[e.code].zh;
      const text = field ? OPTION_HINT[field] : zh === e.message ? zh : `${zh} / ${e.message}`;
      process.stderr.write(`duban import: ${text}\n`);
      return 1;
    }
    throw e;
  }
}
