// A file written whole or not at all: a run killed in the middle of a write
// leaves the previous version (or nothing), never half a file; a write that
// fails (a full disk) leaves no temporary file behind either. The temporary
// file's name cannot be guessed and it is created new (O_EXCL, O_NOFOLLOW):
// a link planted where it will be is never written through.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, openSync, renameSync, rmSync, writeSync } from 'node:fs';

export function atomicWrite(file: string, text: string | Buffer): void {
  const tmp = `${file}.tmp-${randomBytes(8).toString('hex')}`;
  try {
    const fd = openSync(tmp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o644);
    try {
      const buf = typeof text === 'string' ? Buffer.from(text) : text;
      for (let done = 0; done < buf.length; ) done += writeSync(fd, buf, done, buf.length - done);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
