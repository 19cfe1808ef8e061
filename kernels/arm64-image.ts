// Reads an arm64 kernel image (Documentation/arch/arm64/booting.rst): the
// plain Image, which is what kexec_file_load takes, or what distributions
// ship it as, gzip-compressed or an EFI zboot image (drivers/firmware/efi/
// libstub/zboot-header.S). An Image has no version field in its header:
// the release is read from the "Linux version" banner inside it.
import { execaSync } from 'execa';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../judge/errors.ts';
import { requireTool } from '../host/tools.ts';

const IMAGE_MAGIC = 0x644d5241; // "ARM\x64", at offset 56
const GZIP = Buffer.from([0x1f, 0x8b, 0x08]);

export type Arm64Format = 'Image' | 'gzip' | 'zboot';

export function isArm64Image(buf: Buffer): boolean {
  return buf.length >= 64 && buf.readUInt32LE(56) === IMAGE_MAGIC;
}

function zbootPayload(buf: Buffer): { data: Buffer; compression: string } | null {
  if (buf.length < 64 || buf.toString('latin1', 0, 2) !== 'MZ' || buf.toString('latin1', 4, 8) !== 'zimg') return null;
  const offset = buf.readUInt32LE(8);
  const size = buf.readUInt32LE(12);
  const compression = buf.toString('latin1', 24, 32).replace(/\0.*$/s, '');
  if (!size || offset + size > buf.length) return null;
  return { data: buf.subarray(offset, offset + size), compression };
}

export function arm64Format(buf: Buffer): Arm64Format | null {
  if (isArm64Image(buf)) return 'Image';
  if (zbootPayload(buf)) return 'zboot';
  if (buf.subarray(0, 3).equals(GZIP)) return 'gzip';
  return null;
}

function decompress(data: Buffer, kind: string): Buffer | null {
  if (kind === 'gzip') {
    try {
      return gunzipSync(data);
    } catch {
      return null;
    }
  }
  const tools: Record<string, 'xz' | 'zstd' | 'lz4'> = { xzkern: 'xz', xz: 'xz', zstd22: 'zstd', zstd: 'zstd', lz4: 'lz4' };
  const tool = tools[kind];
  if (!tool) return null;
  const r = execaSync(requireTool(tool), ['-dc'], { input: data, encoding: 'buffer', reject: false, maxBuffer: 1 << 30 });
  return r.stdout.length ? Buffer.from(r.stdout) : null;
}

/** The plain Image inside what a distribution ships, or null when it is not an arm64 kernel or cannot be unpacked. */
export function unpackArm64(buf: Buffer): Buffer | null {
  const format = arm64Format(buf);
  if (format === 'Image') return buf;
  const inner = format === 'zboot' ? (() => {
    const z = zbootPayload(buf)!;
    return decompress(z.data, z.compression);
  })() : format === 'gzip' ? decompress(buf, 'gzip') : null;
  return inner && isArm64Image(inner) ? inner : null;
}

/** "7.3.4" and the whole banner, out of the Image's "Linux version 7.3.4 (...) #1 SMP ...". */
export function arm64Release(image: Buffer, what: string): { release: string; versionString: string } {
  // the banner, not a format string that begins the same way
  let at = image.indexOf('Linux version ');
  while (at >= 0 && !/[0-9]/.test(String.fromCharCode(image[at + 14] ?? 0))) at = image.indexOf('Linux version ', at + 1);
  if (at < 0) throw new InputError(`${what}: the arm64 Image carries no "Linux version" banner`);
  const end = image.indexOf(0x0a, at);
  const versionString = image.toString('latin1', at + 'Linux version '.length, end < 0 ? at + 256 : end).replace(/\0.*$/s, '');
  const release = versionString.split(' ')[0] ?? '';
  if (!release) throw new InputError(`${what}: the arm64 Image's banner has no release`);
  return { release, versionString };
}
