// debian-src:VERSION kernels: Debian's kernel source of that version (the
// binary linux-source-X.Y package where the archive has it, else the
// `linux` source package), built from tinyconfig plus luqual's fragment.
import { execa } from 'execa';
import { copyFileSync, createWriteStream, readdirSync, readFileSync, writeFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { HostError, InputError } from '../judge/errors.ts';
import { cachedDir, contentKey } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { DebianArchive, sortDebianVersions, upstreamOf } from './debian-archive.ts';
import { describeKernel, type KernelOptions, type PreparedKernel } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

export const FRAGMENT_PATH = fileURLToPath(new URL('./luqual.config', import.meta.url));
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

async function run(cmd: string, args: string[], log: string, cwd?: string): Promise<void> {
  const out = createWriteStream(log, { flags: 'a' });
  await once(out, 'open');
  out.write(`$ ${cmd} ${args.join(' ')}\n`);
  const child = execa(cmd, args, { cwd, reject: false, stdout: out, stderr: out, env: { KBUILD_BUILD_USER: 'luqual', KBUILD_BUILD_HOST: 'luqual' } });
  const r = await child;
  out.end();
  await once(out, 'close');
  if (r.exitCode !== 0) {
    const tail = readFileSync(log, 'utf8').trim().split('\n').slice(-25);
    // the first line says what failed and why, for a pair's reason; the tail follows
    const what = cmd === 'make' ? `make ${args.at(-1)}` : `${basename(cmd)} ${args.slice(0, 4).join(' ')}`;
    const cause = tail.find((l) => /\berror\b/i.test(l) && !/^make(\[\d+\])?: /.test(l));
    throw new HostError(`${what} failed (exit ${r.exitCode})${cause ? `: ${cause.trim()}` : ''}; log: ${log}\n${tail.join('\n')}`);
  }
}

interface Unpacked {
  src: string;
  /** Debian's patches were not served: built from the upstream tarball alone */
  unpatched: string[] | null;
}

async function unpackSource(archive: DebianArchive, origin: SourceOrigin, work: string, log: string, insecure: boolean): Promise<Unpacked> {
  if (origin.how === 'binary') {
    const deb = await archive.download(origin.pkg, origin.version);
    const tarball = `./usr/src/${origin.pkg}.tar.xz`;
    await run('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -x -C "$2" "$3" && tar -xJf "$2/$3" -C "$2" && rm -f "$2/$3"`, 'sh', deb, work, tarball], log);
    return { src: join(work, origin.pkg), unpatched: null };
  }
  const files = await archive.downloadSource(origin.version, insecure);
  if (files.dsc) {
    await run('dpkg-source', ['--no-check', '-x', files.dsc, join(work, 'linux')], log);
    return { src: join(work, 'linux'), unpatched: null };
  }
  await run('tar', ['-xf', files.orig!, '-C', work], log);
  const top = readdirSync(work).find((d) => d.startsWith('linux-'));
  if (!top) throw new HostError(`${files.orig} holds no linux-* directory`);
  return { src: join(work, top), unpatched: files.missing };
}

let gcc: Promise<string> | null = null;

/** Part of every build's cache key; asked once per process. */
function gccVersion(): Promise<string> {
  requireTool('gcc');
  gcc ??= execa('gcc', ['--version']).then((r) => r.stdout.split('\n')[0]!);
  return gcc;
}

export async function prepareDebianSrc(ref: Extract<KernelRef, { kind: 'debian-src' }>, opts: KernelOptions): Promise<PreparedKernel> {
  const archive = new DebianArchive(opts.cache);
  opts.onProgress?.(`${ref.text}: looking up Debian's archive`);
  const origin = await resolveSource(archive, ref);
  const fragment = readFileSync(FRAGMENT_PATH, 'utf8');
  const patches = (opts.patches ?? []).map((p) => {
    if (!existsSync(p)) throw new InputError(`${ref.text}: patch ${p} does not exist`);
    return { name: basename(p), path: p, text: readFileSync(p, 'utf8') };
  });
  const key = buildKey(origin, fragment, patches, opts, await gccVersion());
  const dir = join(opts.cache, 'kernels', `${origin.version}-${key}`);
  try {
    await buildInto(dir, ref, origin, archive, patches, opts);
  } catch (e) {
    // one clear line, and what can be had instead
    if (e instanceof InputError && /404/.test(e.message)) throw new InputError(`${ref.text}: ${e.message}. ${await availabilityLine(archive)}`);
    throw e;
  }
  return describeBuilt(dir, ref, origin, fragment, patches, opts);
}

interface Patch {
  name: string;
  path: string;
  text: string;
}

/** The cache key of a built kernel: everything that goes into the image. */
export function buildKey(origin: SourceOrigin, fragment: string, patches: Pick<Patch, 'name' | 'text'>[], opts: Pick<KernelOptions, 'extraConfig' | 'insecureUnverifiedSource'>, gcc: string): string {
  return contentKey({
    recipe: RECIPE,
    origin,
    fragment,
    extraConfig: opts.extraConfig ?? '',
    patches: patches.map((p) => [p.name, contentKey(p.text)]),
    gcc,
    // a tarball no signed hash vouched for makes a different kernel entry
    ...(opts.insecureUnverifiedSource ? { unverifiedSource: true } : {}),
  });
}

/** Unpacks, patches, configures and builds into the cache entry dir. */
async function buildInto(dir: string, ref: Extract<KernelRef, { kind: 'debian-src' }>, origin: SourceOrigin, archive: DebianArchive, patches: Patch[], opts: KernelOptions): Promise<void> {
  if (existsSync(join(dir, 'bzImage'))) return;
  opts.onProgress?.(`${ref.text}: fetching and building Debian linux ${origin.version} (a few minutes)`);
  await cachedDir(dir, async (tmp) => {
    for (const t of ['flex', 'bison', 'bc', 'make', 'xz', 'lz4', 'patch'] as const) requireTool(t);
    // outside tmp: a failed build's log must outlive the failed entry
    const log = `${dir}.build.log`;
    rmSync(log, { force: true });
    const work = `${dir}.work-${process.pid}`;
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
    try {
      const { src, unpatched } = await unpackSource(archive, origin, work, log, opts.insecureUnverifiedSource ?? false);
      for (const p of patches) {
        try {
          await run('patch', ['-p1', '--batch', '--forward', '-d', src, '-i', p.path], log);
        } catch (e) {
          throw new InputError(`${ref.text}: patch ${p.name} does not apply: ${(e as Error).message}`);
        }
      }
      const build = join(work, 'build');
      const fragments = [FRAGMENT_PATH];
      if (opts.extraConfig) {
        writeFileSync(join(work, 'user.config'), opts.extraConfig);
        fragments.push(join(work, 'user.config'));
      }
      const make = ['-C', src, `O=${build}`, 'ARCH=x86'];
      await run('make', [...make, 'tinyconfig'], log);
      await run(join(src, 'scripts/kconfig/merge_config.sh'), ['-m', '-O', build, join(build, '.config'), ...fragments], log);
      await run('make', [...make, 'olddefconfig'], log);
      await run('make', [...make, `-j${opts.jobs ?? cpus().length}`, 'bzImage'], log);
      copyFileSync(join(build, 'arch/x86/boot/bzImage'), join(tmp, 'bzImage'));
      copyFileSync(join(build, '.config'), join(tmp, 'config'));
      copyFileSync(log, join(tmp, 'build.log'));
      writeFileSync(join(tmp, 'origin.json'), JSON.stringify({ ref: ref.text, origin, unpatched, builtAt: new Date().toISOString() }, null, 2));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
}

function describeBuilt(dir: string, ref: Extract<KernelRef, { kind: 'debian-src' }>, origin: SourceOrigin, fragment: string, patches: Patch[], opts: KernelOptions): PreparedKernel {
  const { unpatched } = JSON.parse(readFileSync(join(dir, 'origin.json'), 'utf8')) as { unpatched: string[] | null };
  const from =
    origin.how === 'binary'
      ? `${origin.pkg} ${origin.version}`
      : unpatched
        ? `linux ${origin.version} upstream tarball, without Debian's patches (the archive answered 404 for ${unpatched.join(', ')})`
        : `linux ${origin.version} source package`;
  return describeKernel(ref, opts, {
    kind: 'debian-src',
    image: join(dir, 'bzImage'),
    config: join(dir, 'config'),
    obtained: `built from Debian's ${from} with luqual's Kconfig fragment${patches.length ? ` and ${patches.length} patch(es)` : ''}`,
    debianVersion: origin.version,
    requested: fragment + (opts.extraConfig ?? ''),
    patches,
  });
}
