// tree: kernels before any build: what is a kernel source tree, and what
// state of it a build records. The builds themselves boot in
// test/integration/tree.test.ts.
import test from 'ava';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { treeState, treeVersion } from '../kernels/user-tree.ts';

/** The files of a kernel tree that luqual looks at before building it. */
function fakeTree(makefile = 'VERSION = 7\nPATCHLEVEL = 3\nSUBLEVEL = 4\nEXTRAVERSION =\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'tree-'));
  mkdirSync(join(dir, 'arch/x86'), { recursive: true });
  mkdirSync(join(dir, 'scripts/kconfig'), { recursive: true });
  writeFileSync(join(dir, 'Makefile'), makefile);
  writeFileSync(join(dir, 'arch/x86/Kconfig'), '');
  writeFileSync(join(dir, 'scripts/kconfig/merge_config.sh'), '');
  return dir;
}

const ref = (path: string) => ({ kind: 'tree' as const, path, text: `tree:${path}` });

test('a tree\'s version comes from its Makefile', (t) => {
  t.is(treeVersion(ref(fakeTree()), '/').version, '7.3.4');
  t.is(treeVersion(ref(fakeTree('VERSION = 7\nPATCHLEVEL = 4\nSUBLEVEL = 0\n')), '/').version, '7.4.0');
});

test('what is not a kernel source tree is refused, naming the folder', (t) => {
  const empty = mkdtempSync(join(tmpdir(), 'not-a-tree-'));
  t.throws(() => treeVersion(ref(empty), '/'), { instanceOf: InputError, message: new RegExp(`${empty} is not a kernel source tree`) });
  t.throws(() => treeVersion(ref(fakeTree('all:\n\techo hi\n')), '/'), { instanceOf: InputError });
  t.throws(() => treeVersion(ref('/no/such/dir'), '/'), { instanceOf: InputError });
});

test('a tree without git is named by its content, which changes with any file', async (t) => {
  const dir = fakeTree();
  const before = await treeState(dir);
  t.is(before.commit, null);
  t.regex(before.contentSha256!, /^[0-9a-f]{64}$/);
  t.is((await treeState(dir)).contentSha256, before.contentSha256);
  writeFileSync(join(dir, 'arch/x86/Kconfig'), 'config X\n');
  t.not((await treeState(dir)).contentSha256, before.contentSha256);
});

test('a git checkout is named by its commit and describe, dirty when changed, and its index is not written', async (t) => {
  const dir = fakeTree();
  const git = (...a: string[]) => execa('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@t', ...a]);
  await git('init', '-q');
  await git('add', '-A');
  await git('commit', '-qm', 'base');
  const head = (await git('rev-parse', 'HEAD')).stdout;
  const clean = await treeState(dir);
  t.like(clean, { commit: head, describe: head.slice(0, 7), contentSha256: null });
  writeFileSync(join(dir, 'Makefile'), 'VERSION = 7\nPATCHLEVEL = 3\nSUBLEVEL = 5\n');
  // nanoseconds and the inode: git rewrites the index by renaming a new one over it
  const stamp = () => {
    const s = statSync(join(dir, '.git/index'), { bigint: true });
    return `${s.ino} ${s.mtimeNs} ${s.ctimeNs}`;
  };
  const index = stamp();
  t.is((await treeState(dir)).describe, `${head.slice(0, 7)}-dirty`);
  t.is(stamp(), index);
});
