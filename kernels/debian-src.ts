// debian-src:VERSION kernels: Debian's kernel source of that version (the
// binary linux-source-X.Y package where the archive has it, else the
// `linux` source package), built from tinyconfig plus luqual's fragment,
// for x86_64 or arm64.
import { execa } from 'execa';
import { copyFileSync, cpSync, readdirSync, readFileSync, renameSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HostError, InputError } from '../judge/errors.ts';
import { cachedDir, contentKey, withLock } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { applyPatches, BUILD_DIR, configureAndBuild, run, settleAfterMove, type Patch } from './kbuild.ts';
import { ARCH_BUILD, buildKind, imageName, type Arch } from './arch.ts';
import { saveForUndo, undo } from './source-undo.ts';
import { BuildMeter } from './build-meter.ts';
import { DebianArchive, seriesOf, sortDebianVersions, upstreamOf } from './debian-archive.ts';
import { describeKernel, type KernelOptions, type PreparedKernel } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

/** Bump when the build steps change in a way that changes the result. */
const RECIPE = 1;

export type SourceOrigin = { how: 'binary'; pkg: string; version: string } | { how: 'source'; version: string };

/** Which Debian package and version a reference means. */
export async function resolveSource(archive: DebianArchive, ref: Extract<KernelRef, { kind: 'debian-src' }>): Promise<SourceOrigin> {
  const series = ref.upstream.split('.').slice(0, 2).join('.');
  const pkg = `linux-source-${series}`;
  const matches = (v: string) => (ref.debianVersion ? v === ref.debianVersion : upstreamOf(v) === ref.upstream);
  const binary = (await archive.binaryVersions(pkg)).filter(matches);
  if (binary.length) return { how: 'binary', pkg, version: sortDebianVersions(binary)[0]! };
  const source = (await archive.sourceVersions()).filter(matches);
  if (source.length) return { how: 'source', version: source[0]! };
  throw new InputError(`${ref.text}: Debian's archive has no kernel source of that version. ${await availabilityLine(archive)}`);
}

/** One line naming the versions that can be had. */
export async function availabilityLine(archive: DebianArchive): Promise<string> {
  const listed = await archive.sourceVersions();
  const series = [...new Set(listed.map((v) => v.split('.').slice(0, 2).join('.')))];
  const binary: string[] = [];
  for (const s of series) binary.push(...(await archive.binaryVersions(`linux-source-${s}`)));
  return (
    `Served as linux-source packages: ${sortDebianVersions(binary).reverse().map(upstreamOf).join(', ') || 'none'}. ` +
    `Listed as linux source packages (some answer 404): ${listed.slice().reverse().join(', ')}.`
  );
}

interface Unpacked {
  src: string;
  /** Debian's patches were not served: built from the upstream tarball alone */
  unpatched: string[] | null;
}

/** Unpacks Debian's source of that origin into work, verified against the signed index. */
export async function unpackSource(archive: DebianArchive, origin: SourceOrigin, work: string, log: string, insecure: boolean, meter?: BuildMeter): Promise<Unpacked> {
  requireTool('xz');
  meter?.enter('download');
  if (origin.how === 'binary') {
    const deb = await archive.download(origin.pkg, origin.version);
    meter?.enter('unpack');
    const tarball = `./usr/src/${origin.pkg}.tar.xz`;
    await run('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" "$3" && tar -xJf "$2/$3" -C "$2" && rm -rf "$2/usr"`, 'sh', deb, work, tarball], log);
    return { src: join(work, origin.pkg), unpatched: null };
  }
  const files = await archive.downloadSource(origin.version, insecure);
  meter?.enter('unpack');
  if (files.dsc) {
    await run('dpkg-source', ['--no-check', '-x', files.dsc, join(work, 'linux')], log);
    return { src: join(work, 'linux'), unpatched: null };
  }
  await run('tar', ['-xf', files.orig!, '-C', work], log);
  const top = readdirSync(work).find((d) => d.startsWith('linux-'));
  if (!top) throw new HostError(`${files.orig} holds no linux-* directory`);
  return { src: join(work, top), unpatched: files.missing };
}

const gccs = new Map<Arch, Promise<string>>();

/** Part of every build's cache key; asked once per process and architecture. */
function gccVersion(arch: Arch): Promise<string> {
  const gcc = requireTool(ARCH_BUILD[arch].gcc);
  if (!gccs.has(arch)) gccs.set(arch, execa(gcc, ['--version']).then((r) => r.stdout.split('\n')[0]!));
  return gccs.get(arch)!;
}

export async function prepareDebianSrc(ref: Extract<KernelRef, { kind: 'debian-src' }>, opts: KernelOptions): Promise<PreparedKernel> {
  const archive = new DebianArchive(opts.cache);
  opts.onProgress?.(`${ref.text}: looking up Debian's archive`);
  const origin = await resolveSource(archive, ref);
  const arch = opts.arch ?? 'x86_64';
  const fragment = readFileSync(ARCH_BUILD[arch].fragment, 'utf8');
  const patches = (opts.patches ?? []).map((p) => {
    if (!existsSync(p)) throw new InputError(`${ref.text}: patch ${p} does not exist`);
    return { name: basename(p), path: p, text: readFileSync(p, 'utf8') };
  });
  const gcc = await gccVersion(arch);
  const entry = (key: string) => join(opts.cache, 'kernels', `${origin.version}-${key}`);
  const dir = entry(buildKey(origin, fragment, patches, opts, gcc));
  // the same source without patches or extra config: the base a variant is built from
  const baseKey = buildKey(origin, fragment, [], { insecureUnverifiedSource: opts.insecureUnverifiedSource, arch }, gcc);
  const source: Source = { ref, origin, archive, opts, arch, tree: join(opts.cache, 'kernels', 'trees', `${origin.version}-${baseKey}`) };
  try {
    // cachedDir marks a cached entry used, for luqual cache prune
    if (dir === entry(baseKey)) await cachedDir(dir, async (tmp) => keep(await baseTree(source), tmp, arch));
    else await cachedDir(dir, (tmp) => incrementalVariant(source, patches, dir, tmp));
  } catch (e) {
    // one clear line, and what can be had instead
    if (e instanceof InputError && /404/.test(e.message)) throw new InputError(`${ref.text}: ${e.message}. ${await availabilityLine(archive)}`);
    throw e;
  }
  return describeBuilt(dir, ref, origin, fragment, patches, { ...opts, arch });
}

/** The cache key of a built kernel: everything that goes into the image. */
export function buildKey(origin: SourceOrigin, fragment: string, patches: Pick<Patch, 'name' | 'text'>[], opts: Pick<KernelOptions, 'extraConfig' | 'insecureUnverifiedSource' | 'arch'>, gcc: string): string {
  return contentKey({
    recipe: RECIPE,
    origin,
    fragment,
    extraConfig: opts.extraConfig ?? '',
    patches: patches.map((p) => [p.name, contentKey(p.text)]),
    gcc,
    // a tarball no signed hash vouched for makes a different kernel entry
    ...(opts.insecureUnverifiedSource ? { unverifiedSource: true } : {}),
    // x86_64's keys are what they were before there was a choice
    ...(opts.arch && opts.arch !== 'x86_64' ? { arch: opts.arch } : {}),
  });
}

interface Source {
  ref: Extract<KernelRef, { kind: 'debian-src' }>;
  origin: SourceOrigin;
  archive: DebianArchive;
  opts: KernelOptions;
  arch: Arch;
  /** where the built base tree of this source is kept */
  tree: string;
}

/** What a kernel entry holds, from a finished build. */
interface Output {
  image: string;
  config: string;
  modules: string | null;
  log: string;
  origin: object;
}

function keep(out: Output, tmp: string, arch: Arch): void {
  copyFileSync(out.image, join(tmp, imageName(arch)));
  copyFileSync(out.config, join(tmp, 'config'));
  copyFileSync(out.log, join(tmp, 'build.log'));
  if (out.modules) cpSync(out.modules, join(tmp, 'modules'), { recursive: true });
  writeFileSync(join(tmp, 'origin.json'), JSON.stringify({ ...out.origin, builtAt: new Date().toISOString() }, null, 2));
}

/**
 * The unpatched source unpacked and built, kept with its build directory
 * (about 2 GB for a 7.3) so that patched variants build incrementally in
 * it. Its own image and config are kept beside it: the build directory
 * holds the last variant's.
 */
async function baseTree(s: Source): Promise<Output> {
  const out = (dir: string): Output => ({
    image: join(dir, imageName(s.arch)),
    config: join(dir, 'config'),
    modules: null,
    log: join(dir, 'build.log'),
    origin: JSON.parse(readFileSync(join(dir, 'origin.json'), 'utf8')) as object,
  });
  const log = `${s.tree}.build.log`;
  const fresh = !existsSync(s.tree);
  if (fresh) s.opts.onProgress?.(`${s.ref.text}: fetching and building Debian linux ${s.origin.version} (a few minutes); log: ${log}`);
  await cachedDir(s.tree, async (tmp) => {
    rmSync(log, { force: true });
    const meter = new BuildMeter(s.ref.text, buildKind('cold', seriesOf(s.origin.version), s.arch), s.opts.cache, s.opts.onProgress);
    const { src, unpatched } = await unpackSource(s.archive, s.origin, tmp, log, s.opts.insecureUnverifiedSource ?? false, meter);
    const linux = join(tmp, 'linux');
    if (src !== linux) renameSync(src, linux);
    // built in place: kbuild names the sources relative to the build
    // directory, so the tree still builds once renamed into the cache
    // (objtool aside, see kbuild.ts)
    const built = await configureAndBuild(linux, s.arch, null, log, meter, s.opts.jobs);
    copyFileSync(built.image, join(tmp, imageName(s.arch)));
    copyFileSync(built.config, join(tmp, 'config'));
    copyFileSync(log, join(tmp, 'build.log'));
    writeFileSync(join(tmp, 'origin.json'), JSON.stringify({ ref: s.ref.text, ...(s.arch === 'x86_64' ? {} : { arch: s.arch }), origin: s.origin, unpatched }, null, 2));
  });
  // built as a work tree and renamed into place: settled here, so that the
  // first variant does not wait for it
  if (fresh) await withLock(s.tree, () => settleAfterMove(join(s.tree, 'linux'), s.arch, log, s.opts.jobs));
  return out(s.tree);
}

/**
 * A variant built in the base tree itself: its patches applied, make
 * rebuilding what they and its config change, and the patches taken out
 * again (the next build recompiles what they touched). No copy of the
 * tree's 2 GB, and objtool, which kbuild builds with absolute paths, is
 * not rebuilt. Variants of one source take turns, under the tree's lock.
 */
async function incrementalVariant(s: Source, patches: Patch[], dir: string, tmp: string): Promise<void> {
  const base = await baseTree(s);
  const log = `${dir}.build.log`;
  rmSync(log, { force: true });
  await withLock(s.tree, async () => {
    if (!existsSync(join(s.tree, 'origin.json'))) throw new HostError(`${s.ref.text}: the build of ${s.origin.version} that this variant starts from was removed from the cache while it waited (luqual cache prune?); run again`);
    s.opts.onProgress?.(`${s.ref.text}: building ${patches.map((p) => p.name).join(', ') || 'its config'} on the built ${s.origin.version}; log: ${log}`);
    const meter = new BuildMeter(s.ref.text, buildKind('incremental', seriesOf(s.origin.version), s.arch), s.opts.cache, s.opts.onProgress);
    const src = join(s.tree, 'linux');
    const saved = join(s.tree, 'undo');
    // what a variant killed midway left in the tree
    undo(src, saved);
    keepBaseOutputs(s.tree, s.arch);
    saveForUndo(src, saved, patches.map((p) => p.text));
    try {
      await applyPatches(src, patches, s.ref.text, log);
      keep({ ...(await configureAndBuild(src, s.arch, s.opts.extraConfig ?? null, log, meter, s.opts.jobs)), log, origin: { ...base.origin, incremental: true } }, tmp, s.arch);
    } finally {
      undo(src, saved);
    }
  });
}

/** A base tree kept before its image was kept beside it holds its own build still: keep it before a variant builds over it. */
function keepBaseOutputs(tree: string, arch: Arch): void {
  if (existsSync(join(tree, imageName(arch)))) return;
  const build = join(tree, 'linux', BUILD_DIR);
  copyFileSync(join(build, '.config'), join(tree, 'config'));
  copyFileSync(join(build, ARCH_BUILD[arch].image), join(tree, imageName(arch)));
}

function describeBuilt(dir: string, ref: Extract<KernelRef, { kind: 'debian-src' }>, origin: SourceOrigin, fragment: string, patches: Patch[], opts: KernelOptions): PreparedKernel {
  const { unpatched, incremental } = JSON.parse(readFileSync(join(dir, 'origin.json'), 'utf8')) as { unpatched: string[] | null; incremental?: boolean };
  const from =
    origin.how === 'binary'
      ? `${origin.pkg} ${origin.version}`
      : unpatched
        ? `linux ${origin.version} upstream tarball, without Debian's patches (the archive answered 404 for ${unpatched.join(', ')})`
        : `linux ${origin.version} source package`;
  return describeKernel(ref, opts, {
    kind: 'debian-src',
    image: join(dir, imageName(opts.arch ?? 'x86_64')),
    config: join(dir, 'config'),
    modules: existsSync(join(dir, 'modules')) ? join(dir, 'modules') : null,
    obtained: `built from Debian's ${from} with luqual's ${opts.arch === 'arm64' ? 'arm64 ' : ''}Kconfig fragment${patches.length ? ` and ${patches.length} patch(es)` : ''}${incremental ? ', incrementally on the build of the same source' : ''}`,
    debianVersion: origin.version,
    requested: fragment + (opts.extraConfig ?? ''),
    patches,
  });
}
