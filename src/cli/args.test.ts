import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCommand, usageError } from './args';

let stdout: string;
let stderr: string;
beforeEach(() => {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout += String(s);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr += String(s);
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

const line = { command: 'demo', help: 'usage: duban demo', options: { out: { type: 'string' } } } as const;

describe('parseCommand', () => {
  it.each([
    ['--help', ['--help']],
    ['-h', ['-h', '--out', 'a.txt']],
  ])('prints the help on stdout and returns 0 for %s', (_name, argv) => {
    expect(parseCommand(argv, { ...line, allowPositionals: false })).toBe(0);
    expect(stdout).toBe('usage: duban demo\n');
    expect(stderr).toBe('');
  });

  it.each([
    ['an unknown option', ['--bogus']],
    ['a positional where none is allowed', ['文件.txt']],
    ['an option without its value', ['--out']],
    ['a malformed line even beside --help', ['--help', '--bogus']],
  ])('reports %s with the help on stderr and returns 2', (_name, argv) => {
    expect(parseCommand(argv, { ...line, allowPositionals: false })).toBe(2);
    expect(stderr).toMatch(/^duban demo: .+\nusage: duban demo\n$/);
    expect(stdout).toBe('');
  });

  it('lets a command word the parse error itself', () => {
    const parseError = (m: string) => `${m.split('.')[0]} (duban demo --help)`;
    expect(parseCommand(['--bogus'], { ...line, allowPositionals: false, parseError })).toBe(2);
    expect(stderr).toBe("duban demo: Unknown option '--bogus' (duban demo --help)\n");
  });

  it('returns the values and positionals of a good line', () => {
    const args = parseCommand(['导出', '--out', 'a.txt'], { ...line, allowPositionals: true });
    expect(args).toMatchObject({ values: { out: 'a.txt' }, positionals: ['导出'] });
    expect(stdout + stderr).toBe('');
  });
});

describe('usageError', () => {
  it.each([
    [
      'with a reason',
      '缺少 --out / missing --out',
      'duban demo: 缺少 --out / missing --out\nusage: duban demo\n',
    ],
    ['without a reason', undefined, 'usage: duban demo\n'],
  ])('prints the help %s on stderr and returns 2', (_name, why, printed) => {
    expect(usageError('demo', 'usage: duban demo', why)).toBe(2);
    expect(stderr).toBe(printed);
  });
});
