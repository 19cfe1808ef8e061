// tree:PATH kernels: a kernel source tree of the user's, a git checkout or
// an unpacked source. luqual never writes to it: each build refreshes a
// hard-linked copy of it in the cache (links, not a snapshot: a file
// rewritten in place during a build is seen), beside the build directory
// kept from the last build, so make rebuilds only what changed since then.
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { InputError } from '../judge/errors.ts';
import { contentKey, markUsed, withLock } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { applyPatches, BUILD_DIR, configureAndBuild, type Patch } from './kbuild.ts';
import { ARCH_BUILD, buildKind, imageName, type Arch } from './arch.ts';
import { syncTree } from './tree-copy.ts';
import { seriesOf } from './debian-archive.ts';
import { BuildMeter } from './build-meter.ts';
import { describeKernel, type KernelOptions, type PreparedKernel, type TreeState } from './kernel.ts';
import { expandHome } from './user-image.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

type TreeRef = Extract<KernelRef, { kind: 'tree' }>;

/** The tree's upstream version, from its top Makefile; refuses what is not a kernel source tree. */
export function treeVersion(ref: TreeRef, base: string, arch: Arch = 'x86_64'): { dir: string; version: string } {
  const dir = resolve(base, expandHome(ref.path));
  const makefile = join(dir, 'Makefile');
  const text = existsSync(makefile) && statSync(makefile).isFile() ? readFileSync(makefile, 'utf8').slice(0, 4096) : '';
  const field = (name: string) => new RegExp(`^${name} = *(\\d*)$`, 'm').exec(text)?.[1];
  const [v, p, s] = [field('VERSION'), field('PATCHLEVEL'), field('SUBLEVEL')];
  if (!v || p === undefined || !existsSync(join(dir, `arch/${ARCH_BUILD[arch].kbuildArch}/Kconfig`)) || !existsSync(join(dir, 'scripts/kconfig/merge_config.sh'))) {
    throw new InputError(`${ref.text}: ${dir} is not a kernel source tree (it needs a top Makefile with VERSION and PATCHLEVEL, arch/${ARCH_BUILD[arch].kbuildArch} and scripts/kconfig)`);
  }
  return { dir: realpathSync(dir), version: `${v}.${p}${s ? `.${s}` : ''}` };
}

/**
 * git in the user's checkout, reading a copy of its index: describe --dirty
 * refreshes the index it reads, and the user's must not be written (the
 * hard links of the copy change every file's ctime, so it would be).
 */
async function git(dir: string, args: string[]): Promise<string> {
  const scratch = mkdtempSync(join(tmpdir(), 'luqual-index-'));
  try {
    // a worktree's index is not under its .git, which is a file
    const where = await execa('git', ['-C', dir, 'rev-parse', '--git-path', 'index'], { reject: false });
    const index = resolve(dir, where.stdout.trim());
    if (where.exitCode === 0 && existsSync(index)) copyFileSync(index, join(scratch, 'index'));
    // trustctime off: the copy's links change every file's ctime, which
    // would make git hash the whole tree again on every build
    const r = await execa('git', ['-C', dir, '-c', 'core.trustctime=false', ...args], { reject: false, env: { GIT_INDEX_FILE: join(scratch, 'index'), GIT_OPTIONAL_LOCKS: '0' } });
    if (r.exitCode !== 0) throw new InputError(`tree:${dir}: git ${args.join(' ')} failed: ${r.stderr.trim().split('\n')[0]}`);
    return r.stdout.trim();
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
  if (!existsSync(join(dir, '.git'))) return { path: dir, describe: null, commit: null, contentSha256: contentHash(dir) };
  requireTool('git');
  return { path: dir, describe: await git(dir, ['describe', '--always', '--dirty']), commit: await git(dir, ['rev-parse', 'HEAD']), contentSha256: null };
}

function describeState(s: TreeState): string {
  return s.commit ? `${s.describe} (commit ${s.commit})` : `sources sha256 ${s.contentSha256}`;
}

export async function prepareUserTree(ref: TreeRef, opts: KernelOptions, base = process.cwd()): Promise<PreparedKernel> {
  const arch = opts.arch ?? 'x86_64';
  const { dir, version } = treeVersion(ref, base, arch);
  const patches: Patch[] = (opts.patches ?? []).map((p) => {
    if (!existsSync(p)) throw new InputError(`${ref.text}: patch ${p} does not exist`);
    return { name: basename(p), path: p, text: readFileSync(p, 'utf8') };
  });
  const inPlace = ['.config', 'include/config', 'arch/x86/include/generated'].filter((f) => existsSync(join(dir, f)));
  if (inPlace.length) {
    throw new InputError(`${ref.text}: ${dir} has been built in place (it has ${inPlace.join(', ')}), and kbuild builds such a tree out of tree only once it is clean: run make mrproper there, or give luqual a git worktree of it`);
  }
  // one build directory per tree and recipe, kept from build to build
  const fragment = readFileSync(ARCH_BUILD[arch].fragment, 'utf8');
  const key = contentKey({ tree: dir, fragment, extraConfig: opts.extraConfig ?? '', patches: patches.map((p) => [p.name, contentKey(p.text)]), ...(arch !== 'x86_64' ? { arch } : {}) });
  const kept = join(opts.cache, 'kernels', 'trees', `tree-${key}`);
  mkdirSync(kept, { recursive: true });
  const k = await withLock(kept, async () => {
    const linux = join(kept, 'linux');
    const log = join(kept, 'build.log');
    // read under the lock, just before the copy: what is recorded is what is built
    const state = await treeState(dir);
    opts.onProgress?.(`${ref.text}: building ${describeState(state)}; log: ${log}`);
    rmSync(log, { force: true });
    const meter = new BuildMeter(ref.text, buildKind(existsSync(join(linux, BUILD_DIR)) ? 'tree' : 'cold', seriesOf(version), arch), opts.cache, opts.onProgress);
    meter.enter('unpack');
    await syncTree(dir, linux);
    await applyPatches(linux, patches, ref.text, log);
    const built = await configureAndBuild(linux, arch, opts.extraConfig ?? null, log, meter, opts.jobs);
    // each image in a folder named by its content: a kept qemu.sh, or a run
    // still booting, keeps the kernel it was given when the tree is built again
    const sha = createHash('sha256').update(readFileSync(built.image)).digest('hex').slice(0, 24);
    const out = join(kept, 'images', sha);
    mkdirSync(out, { recursive: true });
    copyFileSync(built.image, join(out, imageName(arch)));
    copyFileSync(built.config, join(out, 'config'));
    // a module-only edit leaves the image as it was: its modules are the newest
    rmSync(join(out, 'modules'), { recursive: true, force: true });
    if (built.modules) cpSync(built.modules, join(out, 'modules'), { recursive: true });
    return describeKernel(ref, opts, {
      kind: 'tree',
      image: join(out, imageName(arch)),
      config: join(out, 'config'),
      modules: built.modules ? join(out, 'modules') : null,
      obtained: `built from the tree ${dir} at ${describeState(state)} with luqual's Kconfig fragment${patches.length ? ` and ${patches.length} patch(es)` : ''}`,
      debianVersion: null,
      requested: fragment + (opts.extraConfig ?? ''),
      patches,
      tree: state,
    });
  });
  markUsed(kept);
  return k;
}
