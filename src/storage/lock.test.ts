import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, DataDirLockedError } from './lock';

describe('acquireLock', () => {
  it('refuses a second owner with a clear message', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'duban-lock-')), 'duban.lock');
    const release = acquireLock(path);
    expect(() => acquireLock(path)).toThrow(DataDirLockedError);
    expect(() => acquireLock(path)).toThrow(/in use by another duban process/);
    release();
    acquireLock(path)();
  });

  it('takes over a lock left by a dead process', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'duban-lock-')), 'duban.lock');
    writeFileSync(path, '999999999');
    const release = acquireLock(path);
    release();
  });
});
