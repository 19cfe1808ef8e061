// Building a kernel source tree the way luqual builds every kernel:
// tinyconfig, luqual's fragment for the architecture (and the user's),
// olddefconfig, the image (bzImage, or arm64's Image, cross-built), and
// the modules where the config asks for any (=m).
// The build directory is a direct subdirectory of the source, so kbuild
// names every source relative to it (srctree "..") and the tree with its
// build can be moved or copied and still build incrementally; only objtool,
// which kbuild builds with absolute paths, is rebuilt after a move (about
// 30 small objects, settleAfterMove).
import { execa } from 'execa';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { HostError, PatchError } from '../judge/errors.ts';
import { requireTool } from '../host/tools.ts';
import { contentKey } from '../host/cache.ts';
import type { BuildMeter } from './build-meter.ts';
import { parseKconfig } from './kconfig.ts';
import { ARCH_BUILD, type Arch } from './arch.ts';

export const BUILD_DIR = 'luqual-build';

/**
 * Runs one build step, its output appended to log (and, line by line, to
 * the meter); a failure says what failed and shows the log's tail.
 */
export async function run(cmd: string, args: string[], log: string, meter?: BuildMeter): Promise<void> {
  const out = createWriteStream(log, { flags: 'a' });
  await once(out, 'open');
  out.write(`$ ${cmd} ${args.join(' ')}\n`);
  // not the user's environment: LLVM=1, CC, KCFLAGS or LOCALVERSION there
  // would change the image under a cache key that does not name them
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/', LANG: 'C', KBUILD_BUILD_USER: 'luqual', KBUILD_BUILD_HOST: 'luqual' };
  const child = execa(cmd, args, { reject: false, stdout: meter ? 'pipe' : out, stderr: out, extendEnv: false, env });
  if (meter) {
    for await (const line of child) {
      out.write(`${line}\n`);
      meter.line(line);
    }
  }
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

export interface Patch {
  name: string;
  path: string;
  text: string;
}

/**
 * Applies patches to src. GNU patch writes each file it changes anew and
 * renames it into place, so a file hard-linked from another tree is
 * replaced here and never written through.
 */
export async function applyPatches(src: string, patches: Patch[], what: string, log: string): Promise<void> {
  if (patches.length) requireTool('patch');
  for (const p of patches) {
    try {
      await run('patch', ['-p1', '--batch', '--forward', '-d', src, '-i', p.path], log);
    } catch (e) {
      throw new PatchError(`${what}: patch ${p.name} does not apply: ${(e as Error).message}`);
    }
  }
}

/**
 * make again in a tree that was built elsewhere and moved: objtool is
 * rebuilt for the new path now, not in the first build after the move.
 */
export async function settleAfterMove(src: string, arch: Arch, log: string, jobs = cpus().length): Promise<void> {
  await run('make', [...makeArgs(src, arch), `-j${jobs}`, ARCH_BUILD[arch].target], log);
}

/** make in src, building into its build directory, for arch. */
function makeArgs(src: string, arch: Arch): string[] {
  const a = ARCH_BUILD[arch];
  return ['-C', src, `O=${join(src, BUILD_DIR)}`, `ARCH=${a.kbuildArch}`, ...(a.crossCompile ? [`CROSS_COMPILE=${a.crossCompile}`] : [])];
}

export interface Built {
  image: string;
  config: string;
  /** lib/modules/RELEASE as modules_install and depmod wrote it; null for a kernel without modules */
  modules: string | null;
}

/** Where a build directory's modules are installed. */
const MODULES_ROOT = 'luqual-modules';

/** The lib/modules/RELEASE folder installed into build, if any. */
export function installedModules(build: string): string | null {
  const dir = join(build, MODULES_ROOT, 'lib/modules');
  try {
    const [release] = readdirSync(dir);
    return release ? join(dir, release) : null;
  } catch {
    return null;
  }
}

function wantsModules(config: string): boolean {
  const c = parseKconfig(readFileSync(config, 'utf8'));
  return c.get('CONFIG_MODULES') === 'y' && [...c.values()].includes('m');
}

/** Where a build directory records what its .config was made from. */
const CONFIG_INPUTS = 'luqual-config.key';

/**
 * What the config steps read: the fragments, and every Kconfig file by
 * size and mtime (a patch or an edit that touches one changes what
 * tinyconfig and olddefconfig make of the fragments).
 */
async function configInputs(src: string, fragments: readonly string[]): Promise<string> {
  const kconfig = await execa('find', ['.', '-path', `./${BUILD_DIR}`, '-prune', '-o', '-name', 'Kconfig*', '-printf', '%P %s %T@\n'], { cwd: src });
  return contentKey({ fragments: fragments.map((f) => readFileSync(f, 'utf8')), kconfig: kconfig.stdout.split('\n').sort() });
}

/**
 * tinyconfig, the fragments merged, olddefconfig: about 10 s of three
 * Kconfig parses, skipped when nothing they read changed since the .config
 * in build was made.
 */
async function configure(src: string, arch: Arch, fragments: readonly string[], log: string): Promise<void> {
  const build = join(src, BUILD_DIR);
  const inputs = await configInputs(src, fragments);
  const stamp = join(build, CONFIG_INPUTS);
  if (existsSync(join(build, '.config')) && existsSync(stamp) && readFileSync(stamp, 'utf8') === inputs) return;
  rmSync(stamp, { force: true });
  const make = makeArgs(src, arch);
  await run('make', [...make, 'tinyconfig'], log);
  await run(join(src, 'scripts/kconfig/merge_config.sh'), ['-m', '-O', build, join(build, '.config'), ...fragments], log);
  await run('make', [...make, 'olddefconfig'], log);
  writeFileSync(stamp, inputs);
}

/**
 * Configures and builds src into src/luqual-build. Run again on the same
 * tree, make rebuilds only what changed.
 */
export async function configureAndBuild(src: string, arch: Arch, extraConfig: string | null, log: string, meter: BuildMeter, jobs = cpus().length): Promise<Built> {
  const a = ARCH_BUILD[arch];
  for (const t of ['flex', 'bison', 'bc', 'make', a.gcc, ...a.tools] as const) requireTool(t);
  const build = join(src, BUILD_DIR);
  const fragments = [a.fragment];
  if (extraConfig !== null) {
    writeFileSync(join(src, '..', 'user.config'), extraConfig);
    fragments.push(join(src, '..', 'user.config'));
  }
  const make = makeArgs(src, arch);
  meter.enter('config');
  await configure(src, arch, fragments, log);
  const config = join(build, '.config');
  const modules = wantsModules(config);
  meter.enter('compile');
  await run('make', [...make, `-j${jobs}`, a.target, ...(modules ? ['modules'] : [])], log, meter);
  // installed anew, so that no module of an earlier config is left
  rmSync(join(build, MODULES_ROOT), { recursive: true, force: true });
  if (modules) {
    const depmod = requireTool('depmod');
    await run('make', [...make, `INSTALL_MOD_PATH=${join(build, MODULES_ROOT)}`, 'INSTALL_MOD_STRIP=1', `DEPMOD=${depmod}`, 'modules_install'], log);
    // links back into the build directory, for building out-of-tree modules: not kept
    const installed = installedModules(build);
    for (const link of ['build', 'source']) if (installed) rmSync(join(installed, link), { force: true });
  }
  meter.finish();
  return { image: join(build, a.image), config, modules: installedModules(build) };
}
