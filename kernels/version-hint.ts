// A kernel's version before it is built or downloaded, for planning pairs:
// Debian references name it (a series: 7.3.x); a path's boot header says it,
// a tree's Makefile.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspectImage } from './kernel-image.ts';
import { treeVersion } from './user-tree.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

export function versionHint(ref: KernelRef, base: string): string {
  if (ref.kind === 'tree') return treeVersion(ref, base).version;
  // a series is newer than every version of it named (judge/releases.ts)
  if (ref.kind === 'series') return ref.series === null ? 'latest' : `${ref.series}.x`;
  if (ref.kind !== 'path') return ref.upstream;
  const image = resolve(base, ref.image);
  return inspectImage(readFileSync(image), image).release;
}
