// luqual cache and cache prune on a cache made here: what is listed, under
// which kind, how large, in which order prune takes it, and what it never
// takes (a locked entry, a running build's work tree, anything unknown).
import test from 'ava';
import { execa } from 'execa';
import { existsSync, linkSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withLock } from '../host/cache.ts';
import { measure, prune, removeDeadWorkTrees, scan } from '../host/cache-inventory.ts';
import { DAY, DEAD_PID, fakeCache, put } from './fake-cache.ts';

const names = (entries: { name: string }[]) => entries.map((e) => e.name).sort();

test('every entry is listed under its kind, with its ref, size and last use; a bare lock is none', (t) => {
  const root = fakeCache();
  const entries = measure(root, scan(root));
  const byName = new Map(entries.map((e) => [e.name, e]));
  t.deepEqual(
    entries.map((e) => `${e.kind} ${e.name} ${e.bytes}`).sort(),
    [
      'agent agent/k2 60',
      'download apt/debs/linux-source-7.3_7.3.4-1 300',
      "index apt/lists 70",
      'index apt/updated 1',
      'kernel kernels/7.2.12-1-ccc 4000',
      // the entry's build log is part of it
      'kernel kernels/7.3.4-1-aaa 1100',
      'kernel kernels/7.3.4-1-ddd 10',
      'kernel kernels/stock-7.3.4-1-bbb 2000',
      'memo abi 3',
      'memo apt/memo 7',
      'other mystery 9',
      'source apt/src/linux_7.1.13-1 200',
      'state hop-times.json 2',
      'tree kernels/trees/k1 8000',
      `work kernels/7.3.4-1-fff.tmp-${DEAD_PID}-1700000000000 5`,
      `work kernels/7.3.4-1-fff.work-${DEAD_PID} 50000`,
      `work kernels/7.3.4-1-ggg.work-${process.pid} 20000`,
    ].sort(),
  );
  t.is(byName.get('kernels/7.3.4-1-aaa')!.ref, 'debian-src:7.3.4');
  t.is(byName.get('kernels/stock-7.3.4-1-bbb')!.ref, 'debian:7.3.4');
  t.is(byName.get('kernels/7.3.4-1-ddd')!.ref, null);
  t.true(Math.abs(Date.now() - 30 * DAY - byName.get('kernels/7.3.4-1-aaa')!.lastUse) < 60_000);
  t.false(byName.get(`kernels/7.3.4-1-fff.work-${DEAD_PID}`)!.inUse);
  t.true(byName.get(`kernels/7.3.4-1-ggg.work-${process.pid}`)!.inUse);
});

test('a file hard-linked into two entries counts once, as du counts it', (t) => {
  const root = fakeCache();
  mkdirSync(join(root, 'kernels/trees/k1.work-1-copy'));
  linkSync(join(root, 'kernels/trees/k1/build/vmlinux'), join(root, 'kernels/trees/k1.work-1-copy/vmlinux'));
  const sized = measure(root, scan(root)).filter((e) => e.name.startsWith('kernels/trees/'));
  t.is(sized.reduce((sum, e) => sum + e.bytes, 0), 8000);
});

test('--keep-days removes what was last used before, oldest first, and only kinds luqual remakes', async (t) => {
  const root = fakeCache();
  const r = await prune(root, { keepDays: 7 });
  t.deepEqual(r.removed.map((e) => e.name), [
    // the work trees of builds that are gone first, then least recently used first
    `kernels/7.3.4-1-fff.tmp-${DEAD_PID}-1700000000000`,
    `kernels/7.3.4-1-fff.work-${DEAD_PID}`,
    'agent/k2',
    'kernels/7.3.4-1-aaa',
    'kernels/7.3.4-1-ddd',
    'apt/debs/linux-source-7.3_7.3.4-1',
    'apt/src/linux_7.1.13-1',
  ]);
  for (const e of r.removed) for (const p of e.paths.filter((x) => !x.endsWith('.lockbase'))) t.false(existsSync(join(root, p)), p);
  t.deepEqual(names(scan(root)), names([
    { name: 'abi' }, { name: 'apt/lists' }, { name: 'apt/memo' }, { name: 'apt/updated' }, { name: 'hop-times.json' }, { name: 'mystery' },
    { name: 'kernels/7.2.12-1-ccc' }, { name: 'kernels/stock-7.3.4-1-bbb' }, { name: 'kernels/trees/k1' }, { name: `kernels/7.3.4-1-ggg.work-${process.pid}` },
  ]));
  t.is(r.after, r.before - r.removed.reduce((sum, e) => sum + e.bytes, 0));
  // nothing of luqual's temporary names is left behind
  t.deepEqual(scan(root).filter((e) => e.kind === 'work').map((e) => e.pid), [process.pid]);
});

test('--max-size removes the least recently used until the cache fits', async (t) => {
  const root = fakeCache();
  // 85,767 bytes in all, 50,005 of them dead builds' work trees and 20,000 a running build's
  const r = await prune(root, { maxBytes: 34_600 });
  t.is(r.before, 85_767);
  t.deepEqual(r.removed.map((e) => e.name).slice(2), ['agent/k2', 'kernels/7.3.4-1-aaa', 'kernels/7.3.4-1-ddd']);
  t.is(r.after, 85_767 - 50_005 - 60 - 1100 - 10);
  t.true(existsSync(join(root, 'apt/debs/linux-source-7.3_7.3.4-1')));
});

test('an entry a running luqual holds the lock of is kept, and said to be', async (t) => {
  const root = fakeCache();
  const r = await withLock(join(root, 'kernels/7.3.4-1-aaa'), () => prune(root, { keepDays: 7 }));
  t.deepEqual(r.kept.map((e) => e.name), ['kernels/7.3.4-1-aaa']);
  t.true(existsSync(join(root, 'kernels/7.3.4-1-aaa/bzImage')));
  t.false(existsSync(join(root, 'apt/src/linux_7.1.13-1')));
});

test("a dead process's work tree is removed; a running build's is kept, as is one whose entry is locked", async (t) => {
  const root = fakeCache();
  // a PID that lives but is not luqual's: its number was reused
  const sleeper = execa('sleep', ['60'], { reject: false });
  put(root, `kernels/7.3.4-1-hhh.work-${sleeper.pid}/x`, 1);
  // a build on another machine sharing the cache: its PID means nothing here, its lock does
  put(root, `kernels/trees/k4.work-${DEAD_PID}/x`, 1);
  try {
    const removed = await withLock(join(root, 'kernels/trees/k4'), () => removeDeadWorkTrees(root, scan(root)));
    t.deepEqual(names(removed), [`kernels/7.3.4-1-fff.tmp-${DEAD_PID}-1700000000000`, `kernels/7.3.4-1-fff.work-${DEAD_PID}`, `kernels/7.3.4-1-hhh.work-${sleeper.pid}`]);
    t.true(existsSync(join(root, `kernels/7.3.4-1-ggg.work-${process.pid}`)));
    t.true(existsSync(join(root, `kernels/trees/k4.work-${DEAD_PID}`)));
  } finally {
    sleeper.kill();
    await sleeper;
  }
});

test('prune without a limit removes the work trees of builds that are gone, and nothing else', async (t) => {
  const root = fakeCache();
  const before = names(scan(root));
  const r = await prune(root, {});
  t.deepEqual(names(r.removed), [`kernels/7.3.4-1-fff.tmp-${DEAD_PID}-1700000000000`, `kernels/7.3.4-1-fff.work-${DEAD_PID}`]);
  t.deepEqual(names(scan(root)), before.filter((n) => !n.includes(`-${DEAD_PID}`)));
});

test('arm64 entries: a kernel names its architecture beside its ref, and the arm64 indexes and downloads are known kinds', (t) => {
  const root = fakeCache();
  put(root, 'kernels/7.3.4-1-arm/Image', 10);
  writeFileSync(join(root, 'kernels/7.3.4-1-arm/origin.json'), JSON.stringify({ ref: 'debian-src:7.3.4', arch: 'arm64' }));
  put(root, 'apt-arm64/debs/linux-binary-7.3.4_7.3.4-1/linux-binary.deb', 30);
  put(root, 'apt-arm64/lists/deb.debian.org_Packages', 7);
  const byName = new Map(scan(root).map((e) => [e.name, e]));
  t.like(byName.get('kernels/7.3.4-1-arm'), { kind: 'kernel', ref: 'debian-src:7.3.4 (arm64)' });
  t.like(byName.get('apt-arm64/debs/linux-binary-7.3.4_7.3.4-1'), { kind: 'download' });
  t.like(byName.get('apt-arm64/lists'), { kind: 'index' });
});
