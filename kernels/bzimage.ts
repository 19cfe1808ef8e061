// Reads what the x86 boot protocol header of a bzImage says about it
// (Documentation/arch/x86/boot.rst): that it is one, its release string, and
// whether kexec_file_load can place it, and the kernel inside it.
import { execaSync } from 'execa';
import { gunzipSync } from 'node:zlib';
import { InputError } from '../judge/errors.ts';
import { requireTool } from '../host/tools.ts';

export interface BzImageInfo {
  /** "7.3.4" out of "7.3.4 (root@vm) #1 SMP ..." */
  release: string;
  versionString: string;
  protocol: string;
  /** XLF_CAN_BE_LOADED_ABOVE_4G: kexec_file_load refuses images without it */
  loadableAbove4G: boolean;
}

const XLF_CAN_BE_LOADED_ABOVE_4G = 1 << 1;

export function inspectBzImage(buf: Buffer, what: string): BzImageInfo {
  if (buf.length < 0x250 || buf.readUInt16LE(0x1fe) !== 0xaa55 || buf.toString('latin1', 0x202, 0x206) !== 'HdrS') {
    throw new InputError(`${what} is not a bzImage (no x86 boot sector signature and "HdrS" header)`);
  }
  const version = buf.readUInt16LE(0x206);
  const protocol = `${version >> 8}.${(version & 0xff).toString().padStart(2, '0')}`;
  const ptr = buf.readUInt16LE(0x20e);
  let versionString = '';
  if (ptr && 0x200 + ptr < buf.length) {
    const start = 0x200 + ptr;
    const end = buf.indexOf(0, start);
    versionString = buf.toString('latin1', start, end < 0 ? Math.min(buf.length, start + 256) : end);
  }
  const release = versionString.split(' ')[0] ?? '';
  if (!release) throw new InputError(`${what}: the bzImage header carries no kernel version string`);
  const xloadflags = version >= 0x20c ? buf.readUInt16LE(0x236) : 0;
  return { release, versionString, protocol, loadableAbove4G: (xloadflags & XLF_CAN_BE_LOADED_ABOVE_4G) !== 0 };
}

const MAGICS: Array<[Buffer, string[]]> = [
  [Buffer.from([0x1f, 0x8b, 0x08]), ['gzip']],
  [Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]), ['xz']],
  [Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), ['zstd']],
  // the legacy lz4 frame the kernel's `lz4 -l` writes
  [Buffer.from([0x02, 0x21, 0x4c, 0x18]), ['lz4']],
];

function decompressPayload(payload: Buffer): Buffer | null {
  for (const [magic, kind] of MAGICS) {
    if (!payload.subarray(0, magic.length).equals(magic)) continue;
    // the build appends the uncompressed size, which zlib takes for a broken next member
    if (kind[0] === 'gzip') return gunzipSync(payload.subarray(0, payload.length - 4));
    const tool = requireTool(kind[0] as 'xz' | 'zstd' | 'lz4');
    // trailing bytes after the stream (the appended size) make the tools
    // complain; what they decoded is still complete
    const r = execaSync(tool, ['-dc'], { input: payload, encoding: 'buffer', reject: false, maxBuffer: 1 << 30 });
    return r.stdout.length ? Buffer.from(r.stdout) : null;
  }
  return null;
}

/** The kernel inside a bzImage (vmlinux), or null when it cannot be unpacked. */
export function decompressedKernel(buf: Buffer): Buffer | null {
  const setupSects = buf[0x1f1] || 4;
  const payloadOffset = buf.readUInt32LE(0x248);
  const payloadLength = buf.readUInt32LE(0x24c);
  const start = (setupSects + 1) * 512 + payloadOffset;
  if (!payloadLength || start + payloadLength > buf.length) return null;
  return decompressPayload(buf.subarray(start, start + payloadLength));
}
