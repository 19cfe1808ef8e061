// --keep on real runs: a matrix whose one failing pair is a broken
// expectation, run with --keep none and with the default (failures), and a
// failing `luqual pair`. What a run keeps is one kernel store and the media
// of the QEMU run the failure ran in, and what it keeps boots again.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import type { Results } from '../../schemas/types/results.ts';
import { luqual } from '../helpers.ts';
import { AGENT_VERSION } from '../../judge/agent-version.ts';

// a -> b is compatible: expecting data-loss makes it the run's one failure
const MATRIX = `kernels:
  - id: a
    ref: debian-src:7.2.12
  - id: b
    ref: debian-src:7.3.4
pairs:
  policy: all
suites: [memfd]
expect:
  - from: a
    to: b
    verdict: data-loss
`;

/** The matrix, by a path relative to where luqual runs: its reproducers must not depend on that folder. */
function matrixFile(): string {
  const file = join(mkdtempSync(join(tmpdir(), 'matrix-')), 'matrix.yaml');
  writeFileSync(file, MATRIX);
  return relative(process.cwd(), file);
}

const files = (dir: string) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => !f.startsWith('report'));
const media = (dir: string) => files(dir).filter((f) => /(^|\/)(initrd\.cpio|qemu\.sh|[^/]*\.store)$/.test(f)).sort();
const kib = async (dir: string) => Number((await execa('du', ['-sk', dir])).stdout.split('\t')[0]);

/** What a shell makes of a command: its words. */
async function words(command: string): Promise<string[]> {
  const r = await execa('sh', ['-c', `printf '%s\\0' ${command}`]);
  return r.stdout.split('\0').slice(0, -1);
}

/** The files a qemu.sh boots from, resolved as it resolves them (from its own folder). */
function bootedBy(script: string): string[] {
  const text = readFileSync(script, 'utf8');
  const kernel = /-kernel '?([^' ]+)/.exec(text)![1]!;
  const initrd = /-initrd (\S+)/.exec(text)![1]!;
  const store = /mem-path=([^,]+),/.exec(text)![1]!;
  return [kernel, initrd, store].map((f) => resolve(dirname(script), f));
}

/** Runs a kept qemu.sh from another folder; the walk it replays must boot each of its kernels again. */
async function replays(script: string, kernels: number): Promise<boolean> {
  await execa('sh', [script], { cwd: tmpdir(), timeout: 5 * 60_000 });
  const ktap = readFileSync(join(dirname(script), 'ttyS1.log'), 'utf8');
  return Array.from({ length: kernels }, (_, i) => new RegExp(`agent=${AGENT_VERSION} stage=\\d boot=${i + 1} `)).every((re) => re.test(ktap));
}

test.serial('--keep none keeps no media; failures keeps one kernel store and the failing pair\'s walk, which boots again', async (t) => {
  const m = matrixFile();
  const none = mkdtempSync(join(tmpdir(), 'luqual-keep-'));
  const r0 = await luqual(['run', m, '--out', none, '--keep', 'none']);
  t.is(r0.exitCode, 1, r0.all);
  t.deepEqual(media(none), []);
  t.false(existsSync(join(none, 'media')));

  const kept = mkdtempSync(join(tmpdir(), 'luqual-keep-'));
  const r1 = await luqual(['run', m, '--out', kept]);
  t.is(r1.exitCode, 1, r1.all);
  const res = JSON.parse(readFileSync(join(kept, 'results.json'), 'utf8')) as Results;
  const failing = res.pairs.find((p) => p.expectation && !p.expectation.met)!;
  t.is(`${failing.source.id} -> ${failing.target.id}`, 'a -> b');
  t.truthy(failing.chain, 'the failing pair ran in a walk');
  const walk = join('chains', failing.chain!.id);
  // the media exist once: one store, and one initramfs and qemu.sh, the failing pair's walk's
  const store = media(kept).filter((f) => f.endsWith('.store'));
  t.is(store.length, 1);
  t.deepEqual(media(kept), [join(walk, 'initrd.cpio'), join(walk, 'qemu.sh'), store[0]!].sort());
  t.true(store[0]!.startsWith('media/'));

  // sizes: the run without media is logs and results; with, the store and one initramfs more
  const [small, large] = [await kib(none), await kib(kept)];
  const added = await kib(join(kept, 'media')) + Math.ceil(readFileSync(join(kept, walk, 'initrd.cpio')).length / 1024);
  t.true(small < 1024, `--keep none: ${small} KiB`);
  t.true(added > 5 * 1024, `two kernels are in the store: ${added} KiB`);
  t.true(Math.abs(large - small - added) < 256, `--keep failures: ${large} KiB, --keep none ${small} KiB, media ${added} KiB`);

  // what the failing pair's reproducers reference is there, seen from the results folder: the matrix, and what its walk's qemu.sh boots
  const argv = await words(failing.reproducer);
  t.true(existsSync(resolve(kept, argv[argv.indexOf('--matrix') + 1]!)), failing.reproducer);
  const script = join(kept, walk, 'qemu.sh');
  for (const f of bootedBy(script)) t.true(existsSync(f), f);
  t.true(await replays(script, res.chains!.find((c) => c.id === failing.chain!.id)!.kernels.length), 'the kept walk boots again, every kernel of it');
});

test.serial('luqual pair keeps the media of a pair whose verdict is not the one asked for, and they boot again', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-keep-'));
  const r = await luqual(['pair', '--matrix', matrixFile(), 'a', 'b', '--suite', 'memfd', '--expect', 'data-loss', '--out', out]);
  t.is(r.exitCode, 1, r.all);
  const p = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!;
  const argv = await words(p.reproducer);
  t.true(existsSync(resolve(out, argv.find((w) => w.startsWith('--matrix='))!.slice('--matrix='.length))), p.reproducer);
  const dir = dirname(p.logs.console);
  t.deepEqual(media(out).map((f) => (f.startsWith('media/') ? 'store' : f)).sort(), [join(dir, 'initrd.cpio'), join(dir, 'qemu.sh'), 'store'].sort());
  const script = join(out, dir, 'qemu.sh');
  for (const f of bootedBy(script)) t.true(existsSync(f), f);
  t.true(basename(bootedBy(script)[2]!).startsWith('kernels-'));
  t.true(await replays(script, 2));
});
