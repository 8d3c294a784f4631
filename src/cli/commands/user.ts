// `duban user add --name N --role R [--department D] --password P [--username U] [--data DIR]`.
import { hashPassword } from '../../server/auth/password';
import { configOrReport, openConfigured } from '../../server/start';
import { userCreateSchema } from '../../shared/api/users';
import { createUser, findUserByUsername, listDepartments } from '../../storage/repos';
import { write } from '../../storage/write';
import { parseCommand, usageError } from '../args';

const HELP = `usage: duban user add --name N --role admin|reporter|leader [--department 部门名] --password P [--username U] [--data DIR]
  --username defaults to --name; a reporter needs --department (name or alias).`;

export async function run(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    command: 'user',
    help: HELP,
    allowPositionals: true,
    options: {
      name: { type: 'string' },
      username: { type: 'string' },
      role: { type: 'string' },
      department: { type: 'string' },
      password: { type: 'string' },
      data: { type: 'string' },
    },
  });
  if (typeof args === 'number') return args;
  const { values, positionals } = args;
  if (positionals[0] !== 'add') return usageError('user', HELP);
  const config = configOrReport(typeof values.data === 'string' ? { dataDir: values.data } : {});
  if (!config) return 1;
  const database = await openConfigured(config);
  try {
    let departmentId: number | null = null;
    if (typeof values.department === 'string') {
      const d = (await listDepartments(database.db)).find(
        (x) => x.name === values.department || x.aliases.includes(values.department as string),
      );
      if (!d) {
        process.stderr.write(`duban user: 找不到部门 / no such department: ${values.department}\n`);
        return 1;
      }
      departmentId = d.id;
    }
    const parsed = userCreateSchema.safeParse({
      username: values.username ?? values.name,
      name: values.name,
      role: values.role,
      departmentId,
      password: values.password,
    });
    if (!parsed.success) {
      for (const i of parsed.error.issues)
        process.stderr.write(`duban user: --${i.path.join('.')}: ${i.message}\n`);
      return 2;
    }
    const u = parsed.data;
    if (await findUserByUsername(database.db, u.username)) {
      process.stderr.write(`duban user: 用户名已存在 / user name taken: ${u.username}\n`);
      return 1;
    }
    const passwordHash = await hashPassword(u.password);
    const row = await write(database.db, { userId: null }, (tx, audit) =>
      createUser(tx, audit, {
        username: u.username,
        name: u.name,
        role: u.role,
        departmentId: u.departmentId,
        passwordHash,
      }),
    );
    process.stdout.write(`已创建用户 / created user ${row.id}: ${row.username} (${row.role})\n`);
    return 0;
  } finally {
    await database.close();
  }
}
