// One process owns a PGlite data dir: PGlite has no lock between processes and two writers lose rows
// (STACK.md pitfall 2). A lock file holding the owner's pid; a stale lock (dead pid) is taken over.
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { AppError } from '../shared/api/errors';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export class DataDirLockedError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(
      `The data folder is in use by another duban process (pid ${pid}). Stop it first, or choose another folder with --data DIR. Lock file: ${path}`,
    );
    this.name = 'DataDirLockedError';
  }
}

/** Takes the lock or throws DataDirLockedError; returns the release function. */
export function acquireLock(path: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        rmSync(path, { force: true });
      };
      process.on('exit', release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid !== process.pid && alive(pid)) throw new DataDirLockedError(path, pid);
      if (pid === process.pid) throw new DataDirLockedError(path, pid);
      rmSync(path, { force: true });
    }
  }
  throw new AppError('INTERNAL', `Could not take the lock ${path}`);
}
