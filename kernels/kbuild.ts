// Building a kernel source tree the way luqual builds every kernel:
// tinyconfig, luqual's fragment (and the user's), olddefconfig, bzImage.
// The build directory is a direct subdirectory of the source, so kbuild
// names every source relative to it (srctree "..") and the tree with its
// build can be moved or copied and still build incrementally; only objtool,
// which kbuild builds with absolute paths, is rebuilt after a move (about
// 30 small objects).
import { execa } from 'execa';
import { createWriteStream, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { HostError, InputError } from '../judge/errors.ts';
import { requireTool } from '../host/tools.ts';
import type { BuildMeter } from './build-meter.ts';

export const FRAGMENT_PATH = fileURLToPath(new URL('./luqual.config', import.meta.url));
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
      throw new InputError(`${what}: patch ${p.name} does not apply: ${(e as Error).message}`);
    }
  }
}

export interface Built {
  image: string;
  config: string;
}

/**
 * Configures and builds src into src/luqual-build. Run again on the same
 * tree, make rebuilds only what changed: a regenerated .config that comes
 * out the same touches no object.
 */
export async function configureAndBuild(src: string, extraConfig: string | null, log: string, meter: BuildMeter, jobs = cpus().length): Promise<Built> {
  for (const t of ['flex', 'bison', 'bc', 'make', 'lz4'] as const) requireTool(t);
  const build = join(src, BUILD_DIR);
  const fragments = [FRAGMENT_PATH];
  if (extraConfig !== null) {
    writeFileSync(join(src, '..', 'user.config'), extraConfig);
    fragments.push(join(src, '..', 'user.config'));
  }
  const make = ['-C', src, `O=${build}`, 'ARCH=x86'];
  meter.enter('config');
  await run('make', [...make, 'tinyconfig'], log);
  await run(join(src, 'scripts/kconfig/merge_config.sh'), ['-m', '-O', build, join(build, '.config'), ...fragments], log);
  await run('make', [...make, 'olddefconfig'], log);
  meter.enter('compile');
  await run('make', [...make, `-j${jobs}`, 'bzImage'], log, meter);
  meter.finish();
  return { image: join(build, 'arch/x86/boot/bzImage'), config: join(build, '.config') };
}
