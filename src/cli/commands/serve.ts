// `duban serve [--port N] [--data DIR] [--host H]`: migrations, first-start seed, then the HTTP server.
import { buildApp } from '../../server/app';
import { seedFirstStart } from '../../server/seed';
import { configOrReport, describeDatabase, openConfigured } from '../../server/start';
import { parseCommand } from '../args';

const HELP = `usage: duban serve [--port N] [--data DIR] [--host H]
  启动网页服务(默认 http://127.0.0.1:3000,数据在 ./data)/ start the server (default http://127.0.0.1:3000, data in ./data)
  DATABASE_URL=postgres://… 使用 PostgreSQL / use a PostgreSQL server`;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'serve',
    help: HELP,
    allowPositionals: false,
    options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' } },
  });
  if (typeof args === 'number') return args;
  const { values } = args;
  const config = configOrReport({
    ...(values.port !== undefined ? { port: values.port } : {}),
    ...(values.data !== undefined ? { dataDir: values.data } : {}),
    ...(values.host !== undefined ? { host: values.host } : {}),
  });
  if (!config) return 1;
  const database = await openConfigured(config);
  let seeded: Awaited<ReturnType<typeof seedFirstStart>>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  try {
    seeded = await seedFirstStart(database.db, { example: config.seed ? undefined : null });
    app = await buildApp({ database, config, logger: { level: config.logLevel } });
    await app.listen({ port: config.port, host: config.host });
  } catch (e) {
    await database.close();
    throw e;
  }
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host}:${port}`;
  const lines = [`duban 已启动 / listening on ${url}`, `数据库 / database: ${describeDatabase(config)}`];
  if (seeded.importedPlanId)
    lines.push(`已导入示例报告 / imported the example report (plan ${seeded.importedPlanId})`);
  if (seeded.admin) {
    lines.push(
      '',
      '首次启动已创建管理员账号,密码只显示这一次 / first start: admin account created; the password is shown ONCE:',
      `  用户名 / user: ${seeded.admin.username}`,
      `  密码 / password: ${seeded.admin.password}`,
      '',
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return new Promise<number>(() => {});
}
