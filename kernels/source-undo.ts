// Patches applied to a kept source tree for one build and taken out again
// after it. What each patch will touch is saved before the first is
// applied, with a record of it, so that a build killed midway (or a patch
// that half-applies) is undone by the next luqual that takes the tree.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { HostError } from '../judge/errors.ts';

/** The files a patch (applied with -p1) names, old and new. */
export function patchedFiles(text: string): string[] {
  const files = new Set<string>();
  for (const m of text.matchAll(/^(?:---|\+\+\+) ([^\t\n]+)/gm)) {
    const name = m[1]!.trim();
    if (name === '/dev/null') continue;
    const path = normalize(name.slice(name.indexOf('/') + 1));
    if (name.indexOf('/') < 0 || path.startsWith('..') || path.startsWith('/')) throw new HostError(`a patch names ${JSON.stringify(name)}, which is not a path inside the tree`);
    files.add(path);
  }
  return [...files].sort();
}

interface Record {
  /** each touched file, and whether it existed before */
  files: Array<{ path: string; existed: boolean }>;
}

const RECORD = 'undo.json';

/** Saves what the patches will touch into undo (beside src), then records it: from here on, undo() restores src. */
export function saveForUndo(src: string, undo: string, patchTexts: readonly string[]): void {
  rmSync(undo, { recursive: true, force: true });
  mkdirSync(undo, { recursive: true });
  const paths = [...new Set(patchTexts.flatMap(patchedFiles))];
  const record: Record = { files: paths.map((path) => ({ path, existed: existsSync(join(src, path)) })) };
  for (const f of record.files.filter((x) => x.existed)) {
    mkdirSync(dirname(join(undo, 'files', f.path)), { recursive: true });
    copyFileSync(join(src, f.path), join(undo, 'files', f.path));
  }
  writeFileSync(join(undo, `${RECORD}.tmp`), JSON.stringify(record));
  renameSync(join(undo, `${RECORD}.tmp`), join(undo, RECORD));
}

/**
 * Puts back what saveForUndo saved, if anything, each as a new file (so
 * with the mtime of now, later than any object built from the patched one:
 * make rebuilds it), and removes the patches' leftovers (.orig, .rej).
 */
export function undo(src: string, undo: string): void {
  if (!existsSync(join(undo, RECORD))) {
    // saved nothing that took effect: the tree was never patched
    rmSync(undo, { recursive: true, force: true });
    return;
  }
  const record = JSON.parse(readFileSync(join(undo, RECORD), 'utf8')) as Record;
  for (const f of record.files) {
    const at = join(src, f.path);
    for (const leftover of [`${at}.orig`, `${at}.rej`]) rmSync(leftover, { force: true });
    rmSync(at, { force: true });
    if (!f.existed) continue;
    copyFileSync(join(undo, 'files', f.path), at);
  }
  rmSync(undo, { recursive: true, force: true });
}
