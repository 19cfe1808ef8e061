// debian:VERSION kernels: Debian's own amd64 (or arm64) image of that
// version, as shipped (none of them has KHO: they are the real-world
// target). An arm64 vmlinuz is kept as the plain Image inside it, the only
// form arm64's kexec_file_load takes.
// Since 6.19 the image is split: linux-binary-* has vmlinuz, linux-base-*
// the config; before, linux-image-* had both.
import { execa } from 'execa';
import { existsSync, readdirSync, readFileSync, copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { imageName } from './arch.ts';
import { unpackArm64 } from './arm64-image.ts';
import { join } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { cachedDir, contentKey } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { DebianArchive, sortDebianVersions, upstreamOf } from './debian-archive.ts';
import { describeKernel, type KernelOptions, type PreparedKernel } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

interface StockPackages {
  image: string;
  base: string | null;
  version: string;
}

export function escapeRe(s: string): string {
  return s.replace(/[.+]/g, (c) => `\\${c}`);
}

/** The image packages of the upstream versions `up` (a regular expression) matches, for the archive's architecture, in the generic flavour, signed: not cloud, rt, debug or unsigned. */
export async function stockImageNames(archive: DebianArchive, up: string): Promise<string[]> {
  const a = archive.debArch;
  const names = await archive.packageNames(`^linux-(binary|image)-${up}[+-][^ ]*${a}$`);
  return names.filter((n) => !new RegExp(`-(cloud|rt)-${a}$|-dbg$|-unsigned$`).test(n));
}

async function findPackages(archive: DebianArchive, ref: Extract<KernelRef, { kind: 'debian' }>): Promise<StockPackages> {
  const generic = await stockImageNames(archive, escapeRe(ref.upstream));
  const candidates: StockPackages[] = [];
  for (const name of generic.sort((a, b) => (a.startsWith('linux-binary') ? -1 : 0) - (b.startsWith('linux-binary') ? -1 : 0))) {
    const versions = (await archive.binaryVersions(name)).filter((v) => (ref.debianVersion ? v === ref.debianVersion : upstreamOf(v) === ref.upstream));
    if (!versions.length) continue;
    const version = sortDebianVersions(versions)[0]!;
    const base = name.startsWith('linux-binary-') ? name.replace('linux-binary-', 'linux-base-') : null;
    candidates.push({ image: name, base, version });
  }
  if (!candidates.length) {
    throw new InputError(`${ref.text}: Debian's archive has no ${archive.debArch} kernel image of that version (looked for linux-binary-${ref.upstream}* and linux-image-${ref.upstream}*)`);
  }
  return candidates[0]!;
}

async function extract(deb: string, into: string): Promise<void> {
  requireTool('dpkg-deb');
  await execa('dpkg-deb', ['-x', deb, into]);
}

/** /boot/NAME-ABI (older packages) or /usr/lib/modules/ABI/NAME (split packages). */
function findIn(root: string, name: 'vmlinuz' | 'config'): string | null {
  const boot = join(root, 'boot');
  const old = existsSync(boot) ? readdirSync(boot).find((n) => n.startsWith(`${name}-`)) : undefined;
  if (old) return join(boot, old);
  const modules = join(root, 'usr/lib/modules');
  for (const abi of existsSync(modules) ? readdirSync(modules) : []) {
    if (existsSync(join(modules, abi, name))) return join(modules, abi, name);
  }
  return null;
}

export async function prepareDebianStock(ref: Extract<KernelRef, { kind: 'debian' }>, opts: KernelOptions): Promise<PreparedKernel> {
  const arch = opts.arch ?? 'x86_64';
  const archive = new DebianArchive(opts.cache, process.env, arch === 'arm64' ? 'arm64' : 'amd64');
  opts.onProgress?.(`${ref.text}: looking up Debian's archive`);
  const pkgs = await findPackages(archive, ref);
  const dir = join(opts.cache, 'kernels', `stock-${pkgs.version}-${contentKey(arch === 'x86_64' ? pkgs : { ...pkgs, arch })}`);
  if (!existsSync(dir)) opts.onProgress?.(`${ref.text}: downloading ${pkgs.image} ${pkgs.version}`);
  await cachedDir(dir, async (tmp) => {
    const root = join(tmp, 'root');
    mkdirSync(root);
    await extract(await archive.download(pkgs.image, pkgs.version), root);
    if (pkgs.base) await extract(await archive.download(pkgs.base, pkgs.version), root);
    const vmlinuz = findIn(root, 'vmlinuz');
    const config = findIn(root, 'config');
    if (!vmlinuz) throw new InputError(`${ref.text}: ${pkgs.image} ${pkgs.version} holds no vmlinuz (looked in /boot and /usr/lib/modules)`);
    if (arch === 'arm64') {
      const image = unpackArm64(readFileSync(vmlinuz));
      if (!image) throw new InputError(`${ref.text}: ${pkgs.image} ${pkgs.version}'s vmlinuz holds no arm64 Image luqual can unpack`);
      writeFileSync(join(tmp, imageName(arch)), image);
    } else copyFileSync(vmlinuz, join(tmp, imageName(arch)));
    if (config) copyFileSync(config, join(tmp, 'config'));
    writeFileSync(join(tmp, 'origin.json'), JSON.stringify({ ref: ref.text, ...(arch === 'x86_64' ? {} : { arch }), packages: pkgs }, null, 2));
    await execa('rm', ['-rf', root]);
  });
  return describeKernel(ref, opts, {
    kind: 'debian',
    image: join(dir, imageName(arch)),
    config: existsSync(join(dir, 'config')) ? join(dir, 'config') : null,
    obtained: `Debian's stock image ${pkgs.image} ${pkgs.version}${arch === 'arm64' ? ' (the plain Image inside its vmlinuz)' : ''}`,
    debianVersion: pkgs.version,
  });
}
