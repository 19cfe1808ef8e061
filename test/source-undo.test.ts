import test from 'ava';
import { execa } from 'execa';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { patchedFiles, saveForUndo, undo } from '../kernels/source-undo.ts';
import { syncTree } from '../kernels/tree-copy.ts';
import { BUILD_DIR } from '../kernels/kbuild.ts';

// what `diff -ruN a b` writes for one changed file and one new one
const PATCH = `diff -ruN a/mm/memfd.c b/mm/memfd.c
--- a/mm/memfd.c	2026-12-04 09:00:00
+++ b/mm/memfd.c	2026-12-04 09:00:01
@@ -1 +1 @@
-#define MEMFD_COMPAT "memfd-v2"
+#define MEMFD_COMPAT "memfd-v3"
diff -ruN a/mm/new.c b/mm/new.c
--- a/mm/new.c	1970-01-01 00:00:00
+++ b/mm/new.c	2026-12-04 09:00:01
@@ -0,0 +1 @@
+int new;
`;

function tree(): string {
  const src = join(mkdtempSync(join(tmpdir(), 'undo-')), 'linux');
  mkdirSync(join(src, 'mm'), { recursive: true });
  writeFileSync(join(src, 'mm/memfd.c'), '#define MEMFD_COMPAT "memfd-v2"\n');
  return src;
}

test('the files a patch names, and a name that leaves the tree refused', (t) => {
  t.deepEqual(patchedFiles(PATCH), ['mm/memfd.c', 'mm/new.c']);
  t.throws(() => patchedFiles('--- a/../../etc/passwd\n+++ b/../../etc/passwd\n'), { message: /not a path inside the tree/ });
});

test('a patched tree is put back as it was, the restored file newer than what was built from the patch', async (t) => {
  const src = tree();
  const saved = join(src, '..', 'undo');
  const before = statSync(join(src, 'mm/memfd.c')).mtimeMs;
  writeFileSync(join(src, '..', 'p.patch'), PATCH);
  saveForUndo(src, saved, [PATCH]);
  await execa('patch', ['-p1', '--batch', '--forward', '-d', src, '-i', join(src, '..', 'p.patch')]);
  t.regex(readFileSync(join(src, 'mm/memfd.c'), 'utf8'), /memfd-v3/);
  // what the build made of the patched file
  writeFileSync(join(src, 'mm/memfd.o'), 'object');
  await new Promise((r) => setTimeout(r, 20));
  undo(src, saved);
  t.is(readFileSync(join(src, 'mm/memfd.c'), 'utf8'), '#define MEMFD_COMPAT "memfd-v2"\n');
  t.false(existsSync(join(src, 'mm/new.c')));
  const restored = statSync(join(src, 'mm/memfd.c')).mtimeMs;
  t.true(restored > statSync(join(src, 'mm/memfd.o')).mtimeMs && restored > before, 'make sees the source newer than its object');
  t.false(existsSync(saved));
});

test('a build killed after patching is undone by the next; one killed before the record changed nothing', (t) => {
  const src = tree();
  const saved = join(src, '..', 'undo');
  saveForUndo(src, saved, [PATCH]);
  // killed midway: one file patched, the new one half there
  writeFileSync(join(src, 'mm/memfd.c'), 'half');
  writeFileSync(join(src, 'mm/new.c'), 'half');
  undo(src, saved);
  t.is(readFileSync(join(src, 'mm/memfd.c'), 'utf8'), '#define MEMFD_COMPAT "memfd-v2"\n');
  t.false(existsSync(join(src, 'mm/new.c')));
  mkdirSync(saved);
  writeFileSync(join(saved, 'stray'), '');
  undo(src, saved);
  t.false(existsSync(saved));
  t.is(readFileSync(join(src, 'mm/memfd.c'), 'utf8'), '#define MEMFD_COMPAT "memfd-v2"\n');
});

test('a tree copy is hard links, brought up to date: changed files relinked, removed ones gone, the build directory and .git left alone', async (t) => {
  const user = tree();
  mkdirSync(join(user, '.git'));
  const copy = join(user, '..', 'copy');
  await syncTree(user, copy);
  t.is(statSync(join(copy, 'mm/memfd.c')).ino, statSync(join(user, 'mm/memfd.c')).ino);
  t.false(existsSync(join(copy, '.git')));
  mkdirSync(join(copy, BUILD_DIR));
  writeFileSync(join(copy, BUILD_DIR, 'vmlinux'), 'built');
  // an editor writes a new file; another is removed; one is added
  writeFileSync(join(user, 'mm/memfd.c.new'), 'edited');
  await execa('mv', [join(user, 'mm/memfd.c.new'), join(user, 'mm/memfd.c')]);
  writeFileSync(join(user, 'mm/added.c'), 'added');
  await syncTree(user, copy);
  t.is(readFileSync(join(copy, 'mm/memfd.c'), 'utf8'), 'edited');
  t.is(statSync(join(copy, 'mm/memfd.c')).ino, statSync(join(user, 'mm/memfd.c')).ino);
  t.is(readFileSync(join(copy, 'mm/added.c'), 'utf8'), 'added');
  await execa('rm', [join(user, 'mm/added.c')]);
  await syncTree(user, copy);
  t.false(existsSync(join(copy, 'mm/added.c')));
  t.is(readFileSync(join(copy, BUILD_DIR, 'vmlinux'), 'utf8'), 'built');
});
