import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureCli } from '../../../test/helpers/cli';
import { run as migrate } from './migrate';

const io = captureCli('duban-migrate-');

describe('duban migrate', () => {
  it.each([
    ['an unknown option', ['--bogus'], /^duban migrate: Unknown option '--bogus'/],
    ['--data without a folder', ['--data'], /^duban migrate: Option '--data <value>' argument missing/],
    ['a stray argument', ['data'], /^duban migrate: Unexpected argument 'data'/],
  ])('refuses %s with the help on stderr and exit code 2', async (_name, argv, message) => {
    expect(await migrate(argv)).toBe(2);
    const text = io.stderr.join('');
    expect(text).toMatch(message);
    expect(text).toContain('usage: duban migrate [--data DIR]');
    expect(io.stdout).toEqual([]);
  });

  it('prints the help on stdout for --help and exits 0', async () => {
    expect(await migrate(['--help'])).toBe(0);
    expect(io.stdout.join('')).toMatch(/^usage: duban migrate \[--data DIR\]\n/);
    expect(io.stderr).toEqual([]);
  });

  it('applies the migrations to a new folder, then finds it up to date', async () => {
    const data = join(io.dir, 'data');
    expect(await migrate(['--data', data])).toBe(0);
    expect(io.stdout.join('')).toMatch(/: applied 0001_/);
    io.stdout.length = 0;
    expect(await migrate([`--data=${data}`])).toBe(0);
    expect(io.stdout.join('')).toMatch(/: 已是最新 \/ up to date\n$/);
    expect(io.stderr).toEqual([]);
  }, 60_000);
});
