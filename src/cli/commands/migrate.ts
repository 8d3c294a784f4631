// `duban migrate [--data DIR]`: apply the missing SQL migrations and exit.
import { configOrReport, describeDatabase, openConfigured } from '../../server/start';
import { migrate } from '../../storage/migrate';
import { EXIT, parseCommand } from '../args';

const HELP = `usage: duban migrate [--data DIR]
  升级数据库结构(数据在 ./data)/ apply database migrations (data in ./data)
  DATABASE_URL=postgres://… 使用 PostgreSQL / use a PostgreSQL server`;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'migrate',
    help: HELP,
    allowPositionals: false,
    options: { data: { type: 'string' } },
  });
  if (typeof args === 'number') return args;
  const { data } = args.values;
  const config = configOrReport(data !== undefined ? { dataDir: data } : {});
  if (!config) return EXIT.failed;
  const database = await openConfigured(config, false);
  try {
    const applied = await migrate(database);
    process.stdout.write(
      `${describeDatabase(config)}: ${applied.length ? `applied ${applied.join(', ')}` : '已是最新 / up to date'}\n`,
    );
    return EXIT.ok;
  } finally {
    await database.close();
  }
}
