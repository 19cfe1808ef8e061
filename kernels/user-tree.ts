// tree:PATH kernels: a kernel source tree of the user's, a git checkout or
// an unpacked source. luqual never writes to it: each build refreshes a
// hard-linked snapshot of it in the cache, beside the build directory kept
// from the last build, so make rebuilds only what changed since then.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { InputError } from '../judge/errors.ts';
import { contentKey, markUsed, withLock } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { applyPatches, BUILD_DIR, configureAndBuild, FRAGMENT_PATH, type Patch } from './kbuild.ts';
import { linkTree } from './tree-copy.ts';
import { BuildMeter } from './build-meter.ts';
import { describeKernel, type KernelOptions, type PreparedKernel, type TreeState } from './kernel.ts';
import { expandHome } from './user-image.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

type TreeRef = Extract<KernelRef, { kind: 'tree' }>;

/** The tree's upstream version, from its top Makefile; refuses what is not a kernel source tree. */
export function treeVersion(ref: TreeRef, base: string): { dir: string; version: string } {
  const dir = resolve(base, expandHome(ref.path));
  const makefile = join(dir, 'Makefile');
  const text = existsSync(makefile) && statSync(makefile).isFile() ? readFileSync(makefile, 'utf8').slice(0, 4096) : '';
  const field = (name: string) => new RegExp(`^${name} = *(\\d*)$`, 'm').exec(text)?.[1];
  const [v, p, s] = [field('VERSION'), field('PATCHLEVEL'), field('SUBLEVEL')];
  if (!v || p === undefined || !existsSync(join(dir, 'arch/x86/Kconfig')) || !existsSync(join(dir, 'scripts/kconfig/merge_config.sh'))) {
    throw new InputError(`${ref.text}: ${dir} is not a kernel source tree (it needs a top Makefile with VERSION and PATCHLEVEL, arch/x86 and scripts/kconfig)`);
  }
  return { dir: realpathSync(dir), version: `${v}.${p}${s ? `.${s}` : ''}` };
}

/**
 * git in the user's checkout, reading a copy of its index: describe --dirty
 * refreshes the index it reads, and the user's must not be written (the
 * hard links of a snapshot change every file's ctime, so it would be).
 */
async function git(dir: string, args: string[]): Promise<string | null> {
  const scratch = mkdtempSync(join(tmpdir(), 'luqual-index-'));
  try {
    // a worktree's index is not under its .git, which is a file
    const where = await execa('git', ['-C', dir, 'rev-parse', '--git-path', 'index'], { reject: false });
    const index = resolve(dir, where.stdout.trim());
    if (where.exitCode === 0 && existsSync(index)) copyFileSync(index, join(scratch, 'index'));
    const r = await execa('git', ['-C', dir, ...args], { reject: false, env: { GIT_INDEX_FILE: join(scratch, 'index'), GIT_OPTIONAL_LOCKS: '0' } });
    return r.exitCode === 0 ? r.stdout.trim() : null;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function contentHash(dir: string): string {
  const h = createHash('sha256');
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .filter((f) => !f.startsWith(`${BUILD_DIR}/`))
    .sort();
  for (const f of files) h.update(`${f}\0`).update(readFileSync(join(dir, f))).update('\0');
  return h.digest('hex');
}

export async function treeState(dir: string): Promise<TreeState> {
  if (existsSync(join(dir, '.git'))) requireTool('git');
  const commit = existsSync(join(dir, '.git')) ? await git(dir, ['rev-parse', 'HEAD']) : null;
  if (!commit) return { path: dir, describe: null, commit: null, contentSha256: contentHash(dir) };
  return { path: dir, describe: await git(dir, ['describe', '--always', '--dirty']), commit, contentSha256: null };
}

function describeState(s: TreeState): string {
  return s.commit ? `${s.describe} (commit ${s.commit})` : `sources sha256 ${s.contentSha256}`;
}

export async function prepareUserTree(ref: TreeRef, opts: KernelOptions, base = process.cwd()): Promise<PreparedKernel> {
  const { dir, version } = treeVersion(ref, base);
  const patches: Patch[] = (opts.patches ?? []).map((p) => {
    if (!existsSync(p)) throw new InputError(`${ref.text}: patch ${p} does not exist`);
    return { name: basename(p), path: p, text: readFileSync(p, 'utf8') };
  });
  const state = await treeState(dir);
  // one build directory per tree and recipe, kept from build to build
  const key = contentKey({ tree: dir, fragment: readFileSync(FRAGMENT_PATH, 'utf8'), extraConfig: opts.extraConfig ?? '', patches: patches.map((p) => [p.name, contentKey(p.text)]) });
  const kept = join(opts.cache, 'kernels', 'trees', `tree-${key}`);
  opts.onProgress?.(`${ref.text}: building ${describeState(state)}; log: ${kept}/build.log`);
  mkdirSync(kept, { recursive: true });
  await withLock(kept, async () => {
    const linux = join(kept, 'linux');
    const build = join(kept, BUILD_DIR);
    const log = join(kept, 'build.log');
    rmSync(log, { force: true });
    // builds of one tree take alike: the first cold, the next incremental
    const meter = new BuildMeter(ref.text, existsSync(join(linux, BUILD_DIR)) ? `tree ${key}` : `cold ${version.split('.').slice(0, 2).join('.')}`, opts.cache, opts.onProgress);
    meter.enter('unpack');
    if (existsSync(join(linux, BUILD_DIR))) renameSync(join(linux, BUILD_DIR), build);
    rmSync(linux, { recursive: true, force: true });
    await linkTree(dir, linux, null);
    if (existsSync(build)) renameSync(build, join(linux, BUILD_DIR));
    await applyPatches(linux, patches, ref.text, log);
    const built = await configureAndBuild(linux, opts.extraConfig ?? null, log, meter, opts.jobs);
    copyFileSync(built.image, join(kept, 'bzImage'));
    copyFileSync(built.config, join(kept, 'config'));
  });
  markUsed(kept);
  return describeKernel(ref, opts, {
    kind: 'tree',
    image: join(kept, 'bzImage'),
    config: join(kept, 'config'),
    obtained: `built from the tree ${dir} at ${describeState(state)} with luqual's Kconfig fragment${patches.length ? ` and ${patches.length} patch(es)` : ''}`,
    debianVersion: null,
    requested: readFileSync(FRAGMENT_PATH, 'utf8') + (opts.extraConfig ?? ''),
    patches,
    tree: state,
  });
}
