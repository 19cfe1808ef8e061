// Copies of kernel source trees that cost next to nothing: hard links to the
// sources (80,000 files, 1.8 GB for a 7.3) where both sides share a
// filesystem, and a real copy of the build directory, whose objects the
// compiler and linker rewrite in place.
import { execa } from 'execa';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HostError } from '../judge/errors.ts';
import { BUILD_DIR } from './kbuild.ts';

/** Not part of what is built: the user's history and luqual's own build directory. */
const LEFT_OUT = new Set(['.git', BUILD_DIR]);

async function cp(args: string[]): Promise<void> {
  const r = await execa('cp', args, { reject: false });
  if (r.exitCode !== 0) throw new HostError(`cp ${args.join(' ')} failed: ${r.stderr.trim()}`);
}

/**
 * Makes `to` a copy of the sources of `from`, hard-linked when both are on
 * one filesystem, then, with `build`, a copy of that build directory as
 * to's own. `to` must not exist.
 */
export async function linkTree(from: string, to: string, build: string | null): Promise<void> {
  mkdirSync(to);
  const sources = readdirSync(from).filter((e) => !LEFT_OUT.has(e)).map((e) => join(from, e));
  const copy = () => (sources.length ? cp(['-a', '--reflink=auto', '-t', to, ...sources]) : Promise.resolve());
  if (statSync(from).dev !== statSync(dirname(to)).dev) await copy();
  else if (sources.length) {
    await cp(['-al', '-t', to, ...sources]).catch(async () => {
      // fs.protected_hardlinks refuses links to another user's files, and a
      // mount inside the tree cannot be linked across: copy instead
      await rm(to, { recursive: true, force: true });
      mkdirSync(to);
      await copy();
    });
  }
  if (build) await cp(['-a', '--reflink=auto', build, join(to, BUILD_DIR)]);
}
