// Test set-up for the CLI commands: a temporary folder for PGlite data folders, stdout and stderr captured
// afresh for each test, and DATABASE_URL unset while the file runs (the commands honour it; these tests use
// PGlite folders through --data, also in the PostgreSQL pass).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, vi } from 'vitest';

export interface CliIo {
  /** The temporary folder (set before the first test). */
  dir: string;
  /** What the command wrote in the current test, chunk by chunk. */
  readonly stdout: string[];
  readonly stderr: string[];
}

/** Registers the hooks in the calling test file and returns what they fill in. */
export function captureCli(prefix: string): CliIo {
  const io: CliIo = { dir: '', stdout: [], stderr: [] };
  const databaseUrl = process.env.DATABASE_URL;
  beforeAll(() => {
    delete process.env.DATABASE_URL;
    io.dir = mkdtempSync(join(tmpdir(), prefix));
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => {
      io.stdout.push(String(s));
      return true;
    });
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => {
      io.stderr.push(String(s));
      return true;
    });
  });
  beforeEach(() => {
    io.stdout.length = 0;
    io.stderr.length = 0;
  });
  afterAll(() => {
    if (databaseUrl !== undefined) process.env.DATABASE_URL = databaseUrl;
    vi.restoreAllMocks();
    rmSync(io.dir, { recursive: true, force: true });
  });
  return io;
}
