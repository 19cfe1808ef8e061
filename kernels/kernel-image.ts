// What luqual reads from any kernel image it is given, whatever the
// architecture: which architecture it is for, its release, and the kernel
// inside it (for its handover formats and its IKCONFIG).
import { gunzipSync } from 'node:zlib';
import { InputError } from '../judge/errors.ts';
import { decompressedKernel, inspectBzImage } from './bzimage.ts';
import { arm64Format, arm64Release, unpackArm64 } from './arm64-image.ts';
import type { Arch } from './arch.ts';

export interface ImageInfo {
  arch: Arch;
  release: string;
  versionString: string;
}

function isBzImage(buf: Buffer): boolean {
  return buf.length >= 0x250 && buf.readUInt16LE(0x1fe) === 0xaa55 && buf.toString('latin1', 0x202, 0x206) === 'HdrS';
}

export function inspectImage(buf: Buffer, what: string): ImageInfo {
  if (isBzImage(buf)) return { arch: 'x86_64', ...inspectBzImage(buf, what) };
  if (arm64Format(buf)) {
    const image = unpackArm64(buf);
    if (!image) throw new InputError(`${what}: an arm64 kernel (${arm64Format(buf)}) that luqual cannot unpack`);
    return { arch: 'arm64', ...arm64Release(image, what) };
  }
  throw new InputError(`${what} is not a bzImage (x86) nor an arm64 Image (plain, gzip or EFI zboot)`);
}

/** The kernel inside the image (x86: vmlinux; arm64: the plain Image), or null when it cannot be unpacked. */
export function unpackedKernel(buf: Buffer): Buffer | null {
  return isBzImage(buf) ? decompressedKernel(buf) : unpackArm64(buf);
}

/** The .config embedded with CONFIG_IKCONFIG, or null when there is none. */
export function extractIkconfig(buf: Buffer): string | null {
  const vmlinux = unpackedKernel(buf);
  if (!vmlinux) return null;
  const begin = vmlinux.indexOf('IKCFG_ST');
  const end = vmlinux.indexOf('IKCFG_ED', begin);
  if (begin < 0 || end < 0) return null;
  return gunzipSync(vmlinux.subarray(begin + 8, end)).toString('utf8');
}
