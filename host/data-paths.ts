// Every path that comes from data (a results file's log paths, a results
// directory's files, ids made into file names) goes through here. A results
// directory is untrusted input (a shard from another runner, an attachment
// to a bug report): a path in it resolves inside its folder or is refused,
// no symbolic link is followed when reading it or writing the report, only
// regular files are read, and what is read is capped.
import { closeSync, constants, fstatSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeSync } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { InputError } from '../judge/errors.ts';

/** The most of one log luqual reads; LUQUAL_MAX_LOG_BYTES sets another. */
export function maxLogBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.LUQUAL_MAX_LOG_BYTES);
  return Number.isSafeInteger(v) && v > 0 ? v : 64 << 20;
}

/** The largest file a results directory may hold for merge to copy; LUQUAL_MAX_FILE_BYTES sets another. */
export function maxFileBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.LUQUAL_MAX_FILE_BYTES);
  return Number.isSafeInteger(v) && v > 0 ? v : 256 << 20;
}

/** How many logs' caps one report reads in all, so that a thousand references to one huge (or sparse) file cost one log */
export const LOG_BUDGET = 32;

/** What a log cut at the cap ends with, so that nobody takes it for the whole log. */
export function cutMarker(size: number, cap: number): string {
  return `\n[luqual: log cut at ${cap} of its ${size} bytes: a report reads at most LUQUAL_MAX_LOG_BYTES of a log, and ${LOG_BUDGET} logs' worth in all]\n`;
}

function isSymlink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
}

/**
 * `rel`, a path read from data, as a path inside `root`: refused when it is
 * absolute, climbs out, or passes through a folder below `root` that is a
 * symbolic link (`root` itself is the user's choice and may be one). The
 * last component is the caller's: a read opens it with O_NOFOLLOW, a write
 * replaces a link there.
 */
export function inside(root: string, rel: string, what: string): string {
  const refuse = (why: string) => new InputError(`${what} ${JSON.stringify(rel)}: ${why}; luqual reads and writes such paths only inside ${root}`);
  if (rel.includes('\0')) throw refuse('holds a NUL byte');
  if (isAbsolute(rel)) throw refuse('an absolute path');
  const full = resolve(root, rel);
  const r = relative(root, full);
  if (!r || r === '..' || r.startsWith(`..${sep}`) || isAbsolute(r)) throw refuse('leaves its folder');
  let at = root;
  for (const part of r.split(sep).slice(0, -1)) {
    at = join(at, part);
    if (isSymlink(at)) throw refuse(`${relative(root, at)} is a symbolic link`);
  }
  return full;
}

export interface CappedText {
  bytes: Buffer;
  /** the file's size, when it was more than was read */
  cutFrom: number | null;
}

/**
 * The regular file `rel` names inside `root`, open for reading, never
 * through a symbolic link; null when there is no such file. A FIFO or a
 * device is refused, not read (O_NONBLOCK: opening a FIFO must not wait).
 */
function openRegular(root: string, rel: string, what: string): { fd: number; size: number } | null {
  const path = inside(root, rel, what);
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ENAMETOOLONG') throw new InputError(`${what} ${JSON.stringify(rel.slice(0, 80))}...: a name longer than a file name can be`);
    if (code === 'ELOOP') throw new InputError(`${what} ${JSON.stringify(rel)} is a symbolic link; luqual does not follow links in a results directory`);
    throw e;
  }
  const st = fstatSync(fd);
  if (st.isFile()) return { fd, size: st.size };
  closeSync(fd);
  throw new InputError(`${what} ${JSON.stringify(rel)} is not a regular file`);
}

/** Reads from fd into buf from `at` until it is full or the file ends; the bytes read. */
function readFully(fd: number, buf: Buffer, at: number): number {
  let got = 0;
  while (got < buf.length) {
    const n = readSync(fd, buf, got, buf.length - got, at + got);
    if (!n) break;
    got += n;
  }
  return got;
}

function writeFully(fd: number, buf: Buffer): void {
  let done = 0;
  while (done < buf.length) done += writeSync(fd, buf, done, buf.length - done);
}

/** At most `cap` bytes of the regular file `rel` names inside `root`; null when there is none. */
export function readInside(root: string, rel: string, what: string, cap: number): CappedText | null {
  const f = openRegular(root, rel, what);
  if (!f) return null;
  try {
    const bytes = Buffer.alloc(Math.min(f.size, cap));
    return { bytes: bytes.subarray(0, readFully(f.fd, bytes, 0)), cutFrom: f.size > cap ? f.size : null };
  } finally {
    closeSync(f.fd);
  }
}

/** The text of a capped read, with the marker where it was cut. */
export function cappedText(c: CappedText, cap: number, encoding: BufferEncoding = 'latin1'): string {
  return c.bytes.toString(encoding) + (c.cutFrom === null ? '' : cutMarker(c.cutFrom, cap));
}

/**
 * Writes `rel` inside `root`, replacing whatever is there: a symbolic link
 * left in its place is removed, not written through.
 */
export function writeInside(root: string, rel: string, what: string, data: Buffer | string): string {
  const { fd, path } = createInside(root, rel, what);
  try {
    writeFully(fd, typeof data === 'string' ? Buffer.from(data, 'latin1') : data);
  } finally {
    closeSync(fd);
  }
  return path;
}

function createInside(root: string, rel: string, what: string): { fd: number; path: string } {
  const path = inside(root, rel, what);
  mkdirSync(resolve(path, '..'), { recursive: true });
  if (isSymlink(path)) rmSync(path);
  return { path, fd: openSync(path, constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW, 0o644) };
}

/** Copies a regular file from inside one folder to inside another, a chunk at a time; one over the cap is refused. */
function copyInside(srcRoot: string, rel: string, dstRoot: string, what: string, cap: number): void {
  const src = openRegular(srcRoot, rel, what);
  if (!src) return;
  try {
    if (src.size > cap) throw new InputError(`${what} ${JSON.stringify(rel)} is ${src.size} bytes, more than the ${cap} luqual copies (LUQUAL_MAX_FILE_BYTES)`);
    const dst = createInside(dstRoot, rel, what);
    try {
      const chunk = Buffer.alloc(1 << 20);
      for (let at = 0, n; (n = readFully(src.fd, chunk, at)); at += n) writeFully(dst.fd, chunk.subarray(0, n));
    } finally {
      closeSync(dst.fd);
    }
  } finally {
    closeSync(src.fd);
  }
}

/**
 * Copies the folder `rel` of `srcRoot` into `dstRoot` under the same name:
 * folders and regular files only, never through a link on either side.
 * Anything else (a link, a FIFO, a device) is refused: luqual writes none.
 */
export function copyTreeInside(srcRoot: string, rel: string, dstRoot: string, what: string, cap = maxFileBytes()): void {
  const from = inside(srcRoot, rel, what);
  if (isSymlink(from)) throw new InputError(`${what} ${JSON.stringify(rel)} is a symbolic link; luqual writes only files and folders in a results directory`);
  for (const e of readdirSync(from, { withFileTypes: true })) {
    const child = join(rel, e.name);
    if (e.isDirectory()) copyTreeInside(srcRoot, child, dstRoot, what, cap);
    else if (e.isFile()) copyInside(srcRoot, child, dstRoot, what, cap);
    else throw new InputError(`${what} ${JSON.stringify(child)} is ${e.isSymbolicLink() ? 'a symbolic link' : 'not a regular file'}; luqual writes only files and folders in a results directory`);
  }
}
