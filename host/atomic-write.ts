// A file written whole or not at all: a run killed in the middle of a write
// leaves the previous version (or nothing), never half a file; a write that
// fails (a full disk) leaves no temporary file behind either.
import { renameSync, rmSync, writeFileSync } from 'node:fs';

export function atomicWrite(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
