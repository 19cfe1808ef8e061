// tree: kernels, as a kernel developer uses them: a git history made from
// Debian's 7.3.4 source, built out of the tree, live-updated, rebuilt
// incrementally after an edit, and bisected to the commit that bumps
// memfd's compatible string (examples/abi-ladder/bump-memfd.patch).
import test from 'ava';
import { execa } from 'execa';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { cacheRoot } from '../../host/cache.ts';
import { DebianArchive } from '../../kernels/debian-archive.ts';
import { resolveSource, unpackSource } from '../../kernels/debian-src.ts';
import { prepareEntry } from '../../kernels/entry.ts';
import { prepareKernel } from '../../kernels/prepare.ts';
import type { PreparedKernel } from '../../kernels/kernel.ts';
import { loadMatrix } from '../../matrix/load.ts';
import { parseKernelRef } from '../../matrix/kernel-ref.ts';
import { LUQUAL, luqual, ROOT } from '../helpers.ts';
import type { Results } from '../../schemas/types/results.ts';

const work = mkdtempSync(join(tmpdir(), 'luqual-tree-'));
// no automatic gc: packing 80,000 files takes minutes on 2 cores
const git = (tree: string, ...args: string[]) => execa('git', ['-C', tree, '-c', 'user.name=luqual', '-c', 'user.email=luqual@localhost', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args]);
const LUO_CORE = 'kernel/liveupdate/luo_core.c';

interface History {
  tree: string;
  /** base, a comment, the memfd bump, another comment */
  commits: [string, string, string, string];
}

/** Debian's 7.3.4 source as a four-commit history; the third bumps memfd-v2 to memfd-v3. */
async function history(): Promise<History> {
  const archive = new DebianArchive(cacheRoot());
  const origin = await resolveSource(archive, parseKernelRef('debian-src:7.3.4') as Extract<ReturnType<typeof parseKernelRef>, { kind: 'debian-src' }>);
  const { src: tree } = await unpackSource(archive, origin, work, join(work, 'unpack.log'), false);
  const commit = async (message: string) => {
    // -f: Debian's source ignores everything at its top level (its packaging's .gitignore)
    await git(tree, 'add', '-A', '-f');
    await git(tree, 'commit', '-qm', message);
    return (await git(tree, 'rev-parse', 'HEAD')).stdout;
  };
  await git(tree, 'init', '-q');
  const base = await commit('Debian 7.3.4');
  appendFileSync(join(tree, LUO_CORE), '/* a harmless change */\n');
  const harmless = await commit('a comment');
  await git(tree, 'apply', join(ROOT, 'examples/abi-ladder/bump-memfd.patch'));
  const bump = await commit('memfd: bump the handover format');
  appendFileSync(join(tree, LUO_CORE), '/* another harmless change */\n');
  const last = await commit('another comment');
  return { tree, commits: [base, harmless, bump, last] };
}

/** The tree built as every command builds it, and how long that took. */
async function build(tree: string): Promise<{ kernel: PreparedKernel; seconds: number }> {
  const t0 = Date.now();
  const kernel = await prepareKernel(parseKernelRef(`tree:${tree}`), { cache: cacheRoot() });
  return { kernel, seconds: (Date.now() - t0) / 1000 };
}

test.serial('a tree is built out of tree, live-updates, rebuilds incrementally, and bisects to the bumping commit', async (t) => {
  // a cold build, a pair, a rebuild and a bisect of two or three steps
  t.timeout(60 * 60_000);
  const kept: string[] = [];
  // the tree and its build in the cache are this test's alone: 2 GB a run otherwise
  t.teardown(() => {
    for (const p of [work, ...kept]) rmSync(p, { recursive: true, force: true });
  });
  const { tree, commits } = await history();
  const [base, , bump, last] = commits;

  // cold: the bumped tree, built once from nothing, against the ABI
  // ladder's 7.3-memfd-v3, the same source and patch built on the build of
  // 7.3.4 (as scripts/test.sh builds it on a machine whose cache has no
  // 7.3-memfd-v3 yet; npm run bench checks each variant was incremental)
  await git(tree, 'checkout', '-q', bump);
  const cold = await build(tree);
  const treeBuild = dirname(dirname(dirname(cold.kernel.image)));
  kept.push(treeBuild, `${treeBuild}.lockbase`);
  const ladder = loadMatrix(join(ROOT, 'examples/abi-ladder/matrix.yaml'));
  const variant = await prepareEntry(ladder.kernels.find((k) => k.id === '7.3-memfd-v3')!, ladder.base, cacheRoot(), () => {});
  t.is(cold.kernel.release, variant.release, 'the same release, built cold and incrementally');
  t.deepEqual(cold.kernel.abi, variant.abi, 'the same handover formats, built cold and incrementally');
  t.true(JSON.stringify(variant.abi).includes('memfd-v3'));

  // the base commit: a pair into Debian's 7.3.4, naming what was built
  await git(tree, 'checkout', '-q', base);
  const out = join(work, 'pair');
  const pair = await luqual(['pair', `tree:${tree}`, 'debian-src:7.3.4', '--out', out, '--expect', 'compatible']);
  t.is(pair.exitCode, 0, pair.all);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const described = (await git(tree, 'describe', '--always')).stdout;
  t.like(results.kernels[0], { kind: 'tree', release: '7.3.4', provenance: { tree: { path: tree, commit: base, describe: described, contentSha256: null } } });

  // one C file touched: make rebuilds that object and relinks
  appendFileSync(join(tree, LUO_CORE), '/* an edit in progress */\n');
  const edited = await build(tree);
  const objects = (log: string) => readFileSync(log, 'utf8').split('\n').filter((l) => /^ {2}CC {6}/.test(l));
  const compiled = objects(join(treeBuild, 'build.log'));
  t.log(`tree:${tree}: cold build ${cold.seconds.toFixed(0)} s, after touching ${LUO_CORE} ${edited.seconds.toFixed(1)} s, ${compiled.length} objects compiled`);
  t.true(compiled.some((l) => l.endsWith('kernel/liveupdate/luo_core.o')), 'the touched file is compiled again');
  // the file and the few objects of the final link, not the ~2,000 of a cold build
  t.true(compiled.length < 100, `an incremental build compiles few objects:\n${compiled.join('\n')}`);
  t.is(edited.kernel.provenance.tree?.describe, `${described}-dirty`);
  t.regex(edited.kernel.obtained, /-dirty \(commit /);
  await git(tree, 'checkout', '-q', '--', LUO_CORE);

  // git bisect run: luqual's exit code is the verdict of each step
  await git(tree, 'bisect', 'start', last, base);
  const bisect = await execa('git', ['-C', tree, 'bisect', 'run', LUQUAL, 'pair', `tree:${tree}`, 'debian-src:7.3.4', '--out', join(work, 'bisect'), '--expect', 'compatible'], { reject: false, all: true });
  t.is(bisect.exitCode, 0, bisect.all);
  t.regex(bisect.stdout, new RegExp(`${bump} is the first bad commit`));
  await git(tree, 'bisect', 'reset');
});
