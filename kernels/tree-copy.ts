// A copy of a kernel source tree that costs next to nothing: hard links to
// its files (80,000 for a 7.3) where both sides share a filesystem, brought
// up to date before each build by rsync, which relinks only what changed
// since (a file an editor or a checkout wrote anew) and removes what is
// gone. A file rewritten in place is seen through its link. The user's
// .git and luqual's build directory stay out of it.
import { execa } from 'execa';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { HostError } from '../judge/errors.ts';
import { requireTool } from '../host/tools.ts';
import { BUILD_DIR } from './kbuild.ts';

export async function syncTree(from: string, to: string): Promise<void> {
  const rsync = requireTool('rsync');
  mkdirSync(to, { recursive: true });
  const args = ['-a', '--delete', '--exclude=/.git', `--exclude=/${BUILD_DIR}`];
  const sync = (extra: string[]) => execa(rsync, [...args, ...extra, `${from}/`, `${to}/`], { reject: false });
  const linked = statSync(from).dev === statSync(dirname(to)).dev;
  let r = await sync(linked ? [`--link-dest=${from}`] : []);
  // fs.protected_hardlinks refuses links to another user's files, and a
  // mount inside the tree cannot be linked across: copy instead
  if (r.exitCode !== 0 && linked) r = await sync([]);
  if (r.exitCode !== 0) throw new HostError(`copying ${from} into the cache failed (rsync exit ${r.exitCode}): ${r.stderr.trim().split('\n').slice(-3).join(' / ')}`);
}
