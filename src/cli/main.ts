// Entry point of the `duban` command: a fixed table of sub-commands, each loaded only when it is run so
// that start-up stays fast. A command module exports `run(argv): Promise<number>` (the exit code: 0 done,
// 1 the input or the run failed, 2 the command line was wrong) and prints one-line errors on stderr.
import { existsSync, readFileSync } from 'node:fs';
import { EXIT } from './args';

const COMMANDS = {
  extract: '从报告文件提取目标、实绩和结构 / extract targets, results and structure from a report file',
  serve: '启动网页服务 / start the web server',
  import: '导入报告或分解表 / import a report or a decomposition table',
  migrate: '升级数据库结构 / apply database migrations',
  user: '管理用户 / manage users',
  export: '导出台账和通报 / export ledgers and bulletins',
  bulletin: '生成督查通报 / draft a supervision bulletin',
} as const;

type CommandName = keyof typeof COMMANDS;

interface CommandModule {
  run(argv: string[]): Promise<number>;
}

const isCommand = (name: string): name is CommandName => Object.hasOwn(COMMANDS, name);

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg ? String(pkg.version) : 'unknown';
}

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, what]) => `  ${name.padEnd(width)}  ${what}`);
  return [
    '督办 duban: 政府工作报告落实跟踪 / tracks the commitments of a government work report',
    '',
    'usage: duban <command> [options]',
    '',
    'commands:',
    ...lines,
    '',
    'duban <command> --help  命令说明 / help on one command',
    'duban --version         版本 / version',
  ].join('\n');
}

/** The first line of an error's message: users see one line, never a stack trace. */
function oneLine(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0]!.trim() || 'unexpected error';
}

async function load(name: CommandName): Promise<CommandModule | undefined> {
  const file = new URL(`./commands/${name}.ts`, import.meta.url);
  if (!existsSync(file)) return undefined;
  const mod: Partial<CommandModule> = await import(file.href);
  return typeof mod.run === 'function' ? (mod as CommandModule) : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    process.stdout.write(`${help()}\n`);
    return first === undefined ? EXIT.usage : EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    process.stdout.write(`duban ${version()}\n`);
    return EXIT.ok;
  }
  if (!isCommand(first)) {
    process.stderr.write(`duban: 未知命令 / unknown command: ${first} (duban --help)\n`);
    return EXIT.usage;
  }
  const command = await load(first);
  if (!command) {
    process.stderr.write(`duban: command ${first} is not available yet\n`);
    return EXIT.failed;
  }
  return command.run(rest);
}

// A reader that stops early (`duban extract --json x | head`) closes the pipe: stop quietly, no stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') process.stderr.write(`duban: ${oneLine(e)}\n`);
    process.exit(e.code === 'EPIPE' ? (process.exitCode ?? EXIT.ok) : EXIT.failed);
  });
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`duban: ${oneLine(e)}\n`);
  process.exitCode = EXIT.failed;
}
