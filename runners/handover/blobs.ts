// What the KHO state the agent sent says: each blob decoded and described
// by its content (an FDT, LUO's raw header, or text), not by the kernel
// version it came from.
import type { RawBlob } from '../../judge/observation.ts';
import { FdtError, isFdt, parseFdt, propStrings, walk } from './fdt.ts';
import type { Blob } from '../../schemas/types/results.ts';

function decode(raw: RawBlob): Buffer | string {
  if (raw.problem) return raw.problem;
  const bytes = Buffer.from(raw.parts.join(''), 'base64');
  if (bytes.length !== raw.size) return `received ${bytes.length} of ${raw.size} bytes`;
  return bytes;
}

/** A C string at the start of a buffer that looks like a compatible string. */
function leadingCompatible(b: Buffer): string | null {
  const nul = b.indexOf(0);
  if (nul <= 0 || nul > 64) return null;
  const s = b.toString('latin1', 0, nul);
  return /^[a-z][a-z0-9_.-]*-v\d+$/.test(s) ? s : null;
}

export function describeBlob(raw: RawBlob): Blob {
  const path = raw.name.replace(/^(in|out)\//, '');
  const bytes = decode(raw);
  if (typeof bytes === 'string') return { path, size: raw.size, format: 'unreadable', error: bytes };
  if (isFdt(bytes)) {
    try {
      const root = parseFdt(bytes);
      const nodes = [...walk(root)]
        .filter(([p]) => p !== '/')
        .map(([p, n]) => ({ path: p, compatible: propStrings(n, 'compatible')?.join(', ') ?? '' }))
        .filter((n) => n.compatible);
      const compatible = propStrings(root, 'compatible')?.join(', ');
      return { path, size: raw.size, format: 'fdt', ...(compatible ? { compatible } : {}), nodes };
    } catch (e) {
      if (e instanceof FdtError) return { path, size: raw.size, format: 'unreadable', error: `FDT: ${e.message}` };
      throw e;
    }
  }
  // LUO from 7.2 on: a packed header, compatible string first (padded to
  // 8 bytes), then the live update number
  const compatible = leadingCompatible(bytes);
  if (compatible) {
    const at = (compatible.length + 1 + 7) & ~7;
    const blob: Blob = { path, size: raw.size, format: 'luo-header', compatible };
    if (bytes.length >= at + 8) blob.liveupdateNumber = Number(bytes.readBigUInt64LE(at));
    return blob;
  }
  const text = bytes.toString('latin1');
  if (/^[\x20-\x7e\t\n]*$/.test(text)) return { path, size: raw.size, format: 'text', text: text.trim() };
  return { path, size: raw.size, format: 'binary' };
}

/** The blobs a stage sent from one of its directories ("in" or "out"). */
export function blobsOf(raws: RawBlob[], dir: 'in' | 'out'): Blob[] {
  return raws.filter((r) => r.name.startsWith(`${dir}/`)).map(describeBlob);
}
