// A file written whole or not at all: a run killed in the middle of a write
// leaves the previous version (or nothing), never half a file.
import { renameSync, writeFileSync } from 'node:fs';

export function atomicWrite(file: string, text: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}
