import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../', import.meta.url);
const duban = (...args: string[]) =>
  spawnSync(process.execPath, ['bin/duban.mjs', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });

describe('duban dispatcher', () => {
  it('prints the command list for --help and exits 0', () => {
    const r = duban('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: duban <command>');
    for (const name of ['extract', 'serve', 'import', 'migrate', 'user', 'export', 'bulletin']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('prints the package version for --version', () => {
    const r = duban('--version');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^duban \d+\.\d+\.\d+\n$/);
  });

  it('prints help on stdout and exits 2 without a command', () => {
    const r = duban();
    expect(r.status).toBe(2);
    expect(r.stdout).toContain('usage: duban <command>');
  });

  it('stops quietly when the reader closes the pipe early', () => {
    // Ten copies of the report give far more JSON than a pipe buffers, so the writer meets a closed pipe.
    const dir = mkdtempSync(join(tmpdir(), 'duban-pipe-'));
    const big = join(dir, 'big.txt');
    writeFileSync(big, readFileSync(new URL('examples/heshan-2024.txt', ROOT), 'utf8').repeat(10));
    const command = `"${process.execPath}" bin/duban.mjs extract --json "${big}" | head -c 5`;
    const r = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8', timeout: 20_000 });
    rmSync(dir, { recursive: true, force: true });
    expect(r.stdout).toBe('{\n  "');
    expect(r.stderr).toBe('');
  });

  it('refuses an unknown command with one line and exit code 2', () => {
    const r = duban('frobnicate');
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('duban: 未知命令 / unknown command: frobnicate (duban --help)\n');
  });
});
