// --keep: which QEMU runs keep their media (judge/keep.ts), and what the
// run's media do on disk (runners/media.ts): one kernel store per run,
// named by its content, gone once no qemu.sh boots it.
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { failedInRun, keepsMedia } from '../judge/keep.ts';
import { keepSetting } from '../cli/options.ts';
import { pairKey } from '../judge/pair-key.ts';
import { RunMedia } from '../runners/media.ts';
import type { Pair, Path, Results } from '../schemas/types/results.ts';
import { MINIMAL_PAIR } from './helpers.ts';

const pair = (from: string, to: string, extra: Partial<Pair> = {}): Pair => ({ ...(MINIMAL_PAIR as Pair), source: { id: from, release: '1' }, target: { id: to, release: '1' }, ...extra });
const expected = (verdict: Pair['verdict'], met: boolean) => ({ expectation: { verdicts: [verdict] as [Pair['verdict']], met, rule: 'r' } });
const path = (id: string, met: boolean) => ({ id, expectation: { verdicts: ['compatible'], met, rule: 'r' } }) as unknown as Path;

test('keepsMedia: all keeps every run, failures those where something failed, none nothing', (t) => {
  t.deepEqual([true, false].map((failed) => keepsMedia('all', failed)), [true, true]);
  t.deepEqual([true, false].map((failed) => keepsMedia('failures', failed)), [true, false]);
  t.deepEqual([true, false].map((failed) => keepsMedia('none', failed)), [false, false]);
});

test('--keep is all, failures or none, failures when not given', (t) => {
  t.is(keepSetting({}), 'failures');
  t.is(keepSetting({ keep: 'none' }), 'none');
  t.throws(() => keepSetting({ keep: 'some' }), { message: '--keep "some": expected all, failures, none' });
});

test('what failed in a run is what makes it exit 1, not every pair that is not compatible', (t) => {
  const r: Pick<Results, 'pairs' | 'paths' | 'comparison'> = {
    pairs: [
      // refused as the matrix expects: the answer asked for
      pair('a', 'stock', { verdict: 'incompatible-clean', ...expected('incompatible-clean', true) }),
      pair('a', 'a', { verdict: 'compatible' }),
      pair('a', 'b', { verdict: 'data-loss', ...expected('compatible', false) }),
      pair('b', 'a', { verdict: 'incompatible-clean', prediction: { verdict: 'compatible', because: 'x', unexpected: true } }),
      pair('b', 'b', { verdict: 'error' }),
      pair('c', 'c', { verdict: 'unsupported' }),
    ],
    paths: [
      path('path-1', false),
      path('path-2', true),
    ],
    comparison: { baseline: 'old/results.json', changes: [{ source: 'c', target: 'c', before: 'compatible', after: 'unsupported', change: 'regression' }] },
  };
  t.deepEqual([...failedInRun(r)].sort(), [pairKey('a', 'b'), pairKey('b', 'a'), pairKey('b', 'b'), pairKey('c', 'c'), 'path-1'].sort());
});

/** A results directory with two kernel images, and a media object for a run into it. */
function setup() {
  const out = mkdtempSync(join(tmpdir(), 'luqual-media-'));
  const images = ['a', 'b'].map((n, i) => {
    const f = join(out, `bzImage-${n}`);
    writeFileSync(f, Buffer.alloc(5000 + i, n));
    return f;
  });
  return { out, images, media: () => new RunMedia(out, images.map((image) => ({ image }))) };
}

/** What a QEMU run writes into its folder, as runners/run-pair.ts writes it: its initramfs, and a qemu.sh naming the store. */
function boot(media: RunMedia, dir: string): void {
  media.booted(dir);
  const store = media.kernelStore();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'initrd.cpio'), 'x');
  writeFileSync(join(dir, 'qemu.sh'), `exec qemu -initrd initrd.cpio -object memory-backend-file,mem-path=../../media/${store.path.split('/').at(-1)}\n`);
}

const stores = (out: string) => (existsSync(join(out, 'media')) ? readdirSync(join(out, 'media')) : []);

test('one kernel store per run, each kernel once, written the first time a QEMU run needs it', (t) => {
  const { out, images, media } = setup();
  const m = media();
  t.deepEqual(stores(out), []);
  const store = m.kernelStore();
  t.is(m.kernelStore(), store);
  t.deepEqual(stores(out), [store.path.split('/').at(-1)]);
  t.regex(store.path, /\/media\/kernels-[0-9a-f]{16}\.store$/);
  const data = readFileSync(store.path);
  for (const f of images) {
    const { offset, size } = store.slot(f);
    t.deepEqual(data.subarray(offset, offset + size), readFileSync(f));
  }
  t.is(statSync(store.path).size, store.bytes);
  t.throws(() => store.slot('/other/bzImage'), { message: /not in the run's kernel store/ });
});

test('prune: a QEMU run keeps its initramfs and qemu.sh when keep says so; the store stays while a kept qemu.sh boots it', (t) => {
  const { out, media } = setup();
  const m = media();
  const [failed, passed] = [join(out, 'chains', 'chain-1'), join(out, 'pairs', 'a__b')];
  boot(m, failed);
  boot(m, passed);
  m.ran(failed, ['bad']);
  m.ran(passed, ['good']);
  m.prune((ran) => ran.includes('bad'));
  t.deepEqual(readdirSync(failed).sort(), ['initrd.cpio', 'qemu.sh']);
  t.deepEqual(readdirSync(passed), []);
  t.is(stores(out).length, 1);
  m.prune(() => false);
  t.deepEqual(readdirSync(failed), []);
  t.false(existsSync(join(out, 'media')), 'no store left, and no empty folder');
});

test('prune: a store an earlier run\'s kept qemu.sh boots stays; one nothing boots any more goes, whoever wrote it', (t) => {
  const { out, images, media } = setup();
  const earlier = media();
  boot(earlier, join(out, 'pairs', 'a__b'));
  earlier.prune(() => true);
  // the same kernels: the same store, written again by the later run
  const later = media();
  boot(later, join(out, 'pairs', 'b__a'));
  t.is(later.kernelStore().path, earlier.kernelStore().path);
  later.prune(() => false);
  t.deepEqual(readdirSync(join(out, 'pairs', 'a__b')).sort(), ['initrd.cpio', 'qemu.sh']);
  t.is(stores(out).length, 1);
  // other kernels (a later `luqual pair` into the same folder, over the same pair's folder): another store
  const other = new RunMedia(out, [{ image: images[0]! }]);
  boot(other, join(out, 'pairs', 'a__b'));
  t.is(stores(out).length, 2);
  other.prune(() => false);
  t.false(existsSync(join(out, 'media')), 'the first store lost the last qemu.sh that booted it');
});
