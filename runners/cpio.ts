// cpio "newc" (070701) archives, the format the kernel unpacks as initramfs.
// Written by hand because cpio-stream only writes the old odc format; every
// field is fixed (mtime 0, uid 0) so equal inputs give equal bytes and the
// archive can be cached by content.

export type CpioEntry =
  | { kind: 'dir'; path: string; mode?: number }
  | { kind: 'file'; path: string; data: Uint8Array; mode?: number }
  | { kind: 'chardev'; path: string; major: number; minor: number; mode?: number };

const S_IFDIR = 0o040000;
const S_IFREG = 0o100000;
const S_IFCHR = 0o020000;
const TRAILER = 'TRAILER!!!';

function hex8(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new RangeError(`cpio field out of range: ${n}`);
  }
  return n.toString(16).padStart(8, '0');
}

function pad4(n: number): number {
  return (4 - (n % 4)) % 4;
}

function header(ino: number, mode: number, nlink: number, size: number, rdev: [number, number], nameSize: number): string {
  const fields = [ino, mode, 0, 0, nlink, 0, size, 0, 0, rdev[0], rdev[1], nameSize, 0];
  return '070701' + fields.map(hex8).join('');
}

function modeOf(e: CpioEntry): number {
  switch (e.kind) {
    case 'dir': return S_IFDIR | (e.mode ?? 0o755);
    case 'file': return S_IFREG | (e.mode ?? 0o644);
    case 'chardev': return S_IFCHR | (e.mode ?? 0o600);
  }
}

function normalise(path: string): string {
  const p = path.replace(/^\/+/, '');
  if (p === '' || p.split('/').some((part) => part === '..' || part === '')) {
    throw new Error(`cpio: bad path ${JSON.stringify(path)}`);
  }
  return p;
}

function record(ino: number, e: CpioEntry | null): Uint8Array[] {
  const name = e ? normalise(e.path) : TRAILER;
  const data = e?.kind === 'file' ? e.data : new Uint8Array(0);
  const mode = e ? modeOf(e) : 0;
  const nlink = e?.kind === 'dir' ? 2 : e ? 1 : 0;
  const rdev: [number, number] = e?.kind === 'chardev' ? [e.major, e.minor] : [0, 0];
  const head = Buffer.from(header(ino, mode, nlink, data.length, rdev, name.length + 1) + name + '\0', 'latin1');
  return [
    head,
    new Uint8Array(pad4(head.length)),
    data,
    new Uint8Array(pad4(data.length)),
  ];
}

/** One archive; parent directories must be listed before their children. */
export function writeCpio(entries: readonly CpioEntry[]): Buffer {
  const seen = new Set<string>();
  const parts: Uint8Array[] = [];
  entries.forEach((e, i) => {
    const path = normalise(e.path);
    if (seen.has(path)) throw new Error(`cpio: duplicate path ${path}`);
    const parent = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : null;
    if (parent !== null && !seen.has(parent)) {
      throw new Error(`cpio: ${path} listed before its directory ${parent}`);
    }
    seen.add(path);
    parts.push(...record(i + 1, e));
  });
  parts.push(...record(0, null));
  return Buffer.concat(parts);
}
