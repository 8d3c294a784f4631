// The command line of every `duban` sub-command: parse with node:util parseArgs, answer -h/--help on stdout
// (exit 0), report a malformed line on stderr (exit 2). Exit codes of every command: 0 done, 1 the input or
// the run failed, 2 the command line was wrong.
import { type ParseArgsConfig, parseArgs } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

interface CommandLine<O extends Options, P extends boolean> {
  /** The sub-command's name, as in `duban <command>`. */
  command: string;
  help: string;
  /** The command's own options; -h/--help is added here. */
  options: O;
  allowPositionals: P;
  /** What follows `duban <command>: ` when parseArgs rejects the line; by default its message and the help. */
  parseError?: (message: string) => string;
}

/** The parsed line, or the exit code when help was asked for or the line was malformed (already printed). */
export function parseCommand<const O extends Options, const P extends boolean>(
  argv: string[],
  line: CommandLine<O, P>,
) {
  let parsed: ReturnType<typeof parse<O, P>>;
  try {
    parsed = parse(argv, line.options, line.allowPositionals);
  } catch (e) {
    const message = (e as Error).message;
    const why = line.parseError ? line.parseError(message) : `${message}\n${line.help}`;
    process.stderr.write(`duban ${line.command}: ${why}\n`);
    return EXIT.usage;
  }
  if ('help' in parsed.values && parsed.values.help === true) {
    process.stdout.write(`${line.help}\n`);
    return EXIT.ok;
  }
  return parsed;
}

function parse<const O extends Options, const P extends boolean>(
  args: string[],
  options: O,
  allowPositionals: P,
) {
  return parseArgs({ args, allowPositionals, strict: true, options: { ...options, ...HELP_OPTION } });
}

/** A command line that parsed but makes no sense: the reason (when given) and the help on stderr, exit 2. */
export function usageError(command: string, help: string, why?: string): number {
  process.stderr.write(why === undefined ? `${help}\n` : `duban ${command}: ${why}\n${help}\n`);
  return EXIT.usage;
}
