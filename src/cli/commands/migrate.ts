// `duban migrate`: apply the missing SQL migrations and exit.
import { configOrReport, describeDatabase, openConfigured } from '../../server/start';
import { migrate } from '../../storage/migrate';

export async function run(argv: string[]): Promise<number> {
  const dataAt = argv.indexOf('--data');
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write('usage: duban migrate [--data DIR]  升级数据库结构 / apply database migrations\n');
    return 0;
  }
  const config = configOrReport(dataAt >= 0 && argv[dataAt + 1] ? { dataDir: argv[dataAt + 1]! } : {});
  if (!config) return 1;
  const database = await openConfigured(config, false);
  try {
    const applied = await migrate(database);
    process.stdout.write(
      `${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(', ')}` : '已是最新 / up to date'}\n`,
    );
    return 0;
  } finally {
    await database.close();
  }
}
