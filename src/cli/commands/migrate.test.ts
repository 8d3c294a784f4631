// `duban migrate`: the shared command-line parser (exit 2 on a wrong line) and a real run on a PGlite folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as migrate } from './migrate';

let dir: string;
let stdout: string[];
let stderr: string[];
// The command honours DATABASE_URL; this test uses a PGlite folder (--data), also in the PostgreSQL pass.
const databaseUrl = process.env.DATABASE_URL;

beforeAll(() => {
  delete process.env.DATABASE_URL;
  dir = mkdtempSync(join(tmpdir(), 'duban-migrate-'));
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
    stdout.push(String(s));
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
    stderr.push(String(s));
    return true;
  });
});
beforeEach(() => {
  stdout = [];
  stderr = [];
});
afterAll(() => {
  if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe('duban migrate', () => {
  it.each([
    ['an unknown option', ['--bogus'], /^duban migrate: Unknown option '--bogus'/],
    ['--data without a folder', ['--data'], /^duban migrate: Option '--data <value>' argument missing/],
    ['a stray argument', ['data'], /^duban migrate: Unexpected argument 'data'/],
  ])('refuses %s with the help on stderr and exit code 2', async (_name, argv, message) => {
    expect(await migrate(argv)).toBe(2);
    const text = stderr.join('');
    expect(text).toMatch(message);
    expect(text).toContain('usage: duban migrate [--data DIR]');
    expect(stdout).toEqual([]);
  });

  it('prints the help on stdout for --help and exits 0', async () => {
    expect(await migrate(['--help'])).toBe(0);
    expect(stdout.join('')).toMatch(/^usage: duban migrate \[--data DIR\]\n/);
    expect(stderr).toEqual([]);
  });

  it('applies the migrations to a new folder, then finds it up to date', async () => {
    const data = join(dir, 'data');
    expect(await migrate(['--data', data])).toBe(0);
    expect(stdout.join('')).toMatch(/: applied 0001_/);
    stdout = [];
    expect(await migrate([`--data=${data}`])).toBe(0);
    expect(stdout.join('')).toMatch(/: 已是最新 \/ up to date\n$/);
    expect(stderr).toEqual([]);
  }, 60_000);
});
