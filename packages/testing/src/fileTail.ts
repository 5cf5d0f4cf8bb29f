import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * The last `bytes` of a file as text, or undefined when there is no such file: only the end is
 * read, since a server's log under load grows to hundreds of megabytes.
 */
export function fileTail(path: string, bytes: number): string | undefined {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const size = fstatSync(fd).size;
    const buffer = Buffer.alloc(Math.min(size, bytes));
    readSync(fd, buffer, 0, buffer.length, size - buffer.length);
    return buffer.toString();
  } finally {
    closeSync(fd);
  }
}
