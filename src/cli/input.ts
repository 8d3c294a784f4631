// A report file named on the command line: checked with `stat` (missing, a directory, not a regular file,
// over the 50 MB limit) before anything is read, so each case is one line for the person, not a Node error.
import { readFile, stat } from 'node:fs/promises';
import { MAX_REPORT_BYTES } from '../extract/index';

/** A file the command cannot read; `message` is one line in Chinese and English. */
export class InputError extends Error {}

/** The file's bytes; the size limit is checked on the file system before anything is read. */
export async function readInputFile(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`找不到文件 / no such file: ${path}`);
    if (code === 'EACCES') throw new InputError(`没有读取权限 / permission denied: ${path}`);
    throw e;
  }
  if (info.isDirectory())
    throw new InputError(`这是一个目录,请给出文件 / is a directory, not a file: ${path}`);
  if (!info.isFile()) throw new InputError(`不是普通文件 / not a regular file: ${path}`);
  if (info.size > MAX_REPORT_BYTES) {
    throw new InputError(`文件超过 50 MB 上限 / the file is larger than the 50 MB limit: ${path}`);
  }
  return new Uint8Array(await readFile(path));
}
