/**
 * Reads a text file a user pointed at, refusing what would hang or exhaust memory: only regular files (not
 * a FIFO, a device, a socket, a folder), at most `maxBytes`, valid UTF-8. Never throws for bad input.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { isUtf8 } from 'node:buffer';

/** The largest scenario or config file read (bytes): far above any real one, far below trouble. */
export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

/** The text, or why it cannot be read (a sentence; `at` when a position in the file is known). */
export type TextFile = { text: string } | { error: string; at?: { line: number; col: number } };

/** What a non-regular path is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a FIFO';
  if (stats.isCharacterDevice()) return 'a character device';
  if (stats.isBlockDevice()) return 'a block device';
  if (stats.isSocket()) return 'a socket';
  return 'not a file';
}

/** Why a path cannot be opened, from the system's error code. */
export function describeReadError(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (e.code === 'ENOENT') return 'no such file or directory';
  if (e.code === 'ELOOP') return 'a symlink loop (too many levels of symbolic links); point the link at a real file';
  if (e.code === 'EACCES' || e.code === 'EPERM') return 'permission denied';
  if (e.code === 'ENOTDIR') return 'a part of the path is not a folder';
  return e.message;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Offset of the first byte that breaks UTF-8 (bad lead, bad continuation, overlong, surrogate, > U+10FFFF). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (extra < 0) return i;
    // The second byte's range for leads that allow overlongs, surrogates or code points past U+10FFFF.
    const [low, high] = b === 0xe0 ? [0xa0, 0xbf] : b === 0xed ? [0x80, 0x9f] : b === 0xf0 ? [0x90, 0xbf] : b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (k === 1 ? c < low || c > high : (c & 0xc0) !== 0x80)) return i;
    }
    i += extra + 1;
  }
  return -1;
}

/** Line and column (1-based, in characters) of a byte offset whose preceding bytes are valid UTF-8. */
function positionOf(bytes: Buffer, offset: number): { line: number; col: number } {
  const before = bytes.subarray(0, offset).toString('utf8');
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: before.length - lineStart + 1 };
}

/**
 * Reads `path` as UTF-8 text after checking it is a regular file of at most `maxBytes`.
 * @example const read = readTextFile('scenarios/a.yaml'); if ('error' in read) console.error(read.error);
 */
export function readTextFile(path: string, limits: { maxBytes?: number; what?: string; give?: string } = {}): TextFile {
  const maxBytes = limits.maxBytes ?? MAX_TEXT_BYTES;
  const what = limits.what ?? 'scenario files';
  const give = limits.give ?? 'give a .yaml file or a folder of them';
  const tooBig = (size: number) => ({ error: `the file is ${megabytes(size)}; ${what} are limited to ${megabytes(maxBytes).replace('.0 ', ' ')} (split it into several files)` });
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return { error: describeReadError(error) };
  }
  if (!stats.isFile()) return { error: `not a regular file (${kindOf(stats)}); ${give}` };
  if (stats.size > maxBytes) return tooBig(stats.size);
  let fd: number;
  try {
    // O_NONBLOCK: if the path was swapped for a FIFO since the check, opening it does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { error: describeReadError(error) };
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return { error: `not a regular file (${kindOf(opened)}); ${give}` };
    // Read to the end, not to the size stat gave: the file may grow meanwhile (or be a /proc file of size 0).
    const chunks: Buffer[] = [];
    let length = 0;
    for (let n = -1; n !== 0; ) {
      const chunk = Buffer.alloc(64 * 1024);
      n = readSync(fd, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > maxBytes) return tooBig(length);
    }
    const bytes = Buffer.concat(chunks, length);
    if (!isUtf8(bytes)) {
      const offset = firstInvalidUtf8(bytes);
      return { error: `invalid UTF-8 (byte 0x${bytes[offset]?.toString(16).padStart(2, '0')}); save the file as UTF-8`, at: positionOf(bytes, offset) };
    }
    return { text: bytes.toString('utf8') };
  } catch (error) {
    return { error: describeReadError(error) };
  } finally {
    closeSync(fd);
  }
}
