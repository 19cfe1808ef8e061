// A reader for flattened device trees (DTB, devicetree specification
// v0.4 chapter 5), the format KHO hands its state over in. No npm package
// parses DTBs. Blobs come from a guest and may be truncated or garbage:
// every offset is checked, every loop advances, and any problem is an
// FdtError that says what and where.

export class FdtError extends Error {
  override name = 'FdtError';
}

export interface FdtNode {
  name: string;
  /** property values as raw bytes */
  props: Map<string, Uint8Array>;
  children: FdtNode[];
}

const MAGIC = 0xd00dfeed;
const HEADER_SIZE = 40;
const FDT_BEGIN_NODE = 1;
const FDT_END_NODE = 2;
const FDT_PROP = 3;
const FDT_NOP = 4;
const FDT_END = 9;
const MAX_DEPTH = 64;

export function isFdt(buf: Uint8Array): boolean {
  return buf.length >= 4 && new DataView(buf.buffer, buf.byteOffset, buf.byteLength).getUint32(0) === MAGIC;
}

function cString(buf: Uint8Array, start: number, end: number, what: string): string {
  const nul = buf.indexOf(0, start);
  if (nul < 0 || nul >= end) throw new FdtError(`${what} at offset ${start} is not NUL-terminated within its block`);
  return Buffer.from(buf.subarray(start, nul)).toString('latin1');
}

const align4 = (n: number) => (n + 3) & ~3;

interface Blocks {
  structStart: number;
  structEnd: number;
  stringsStart: number;
  stringsEnd: number;
}

/** The header checked, and where its two blocks lie. */
function readHeader(buf: Uint8Array, v: DataView): Blocks {
  if (buf.length < HEADER_SIZE) throw new FdtError(`${buf.length} bytes is too short for an FDT header (${HEADER_SIZE})`);
  const magic = v.getUint32(0);
  if (magic !== MAGIC) throw new FdtError(`bad magic 0x${magic.toString(16).padStart(8, '0')} (expected 0xd00dfeed)`);
  const [total, offStruct, offStrings, version, lastComp, sizeStrings, sizeStruct] = [4, 8, 12, 20, 24, 32, 36].map((o) => v.getUint32(o)) as [number, number, number, number, number, number, number];
  if (total > buf.length) throw new FdtError(`header says ${total} bytes but the blob has ${buf.length} (truncated?)`);
  if (total < HEADER_SIZE) throw new FdtError(`header says ${total} bytes, less than the header itself`);
  if (version < 17 && lastComp > 16) throw new FdtError(`version ${version} (last compatible ${lastComp}) is not one this reader knows`);
  if (lastComp > 17) throw new FdtError(`last compatible version ${lastComp} is newer than 17`);
  const within = (off: number, size: number, what: string) => {
    if (off > total || size > total - off) throw new FdtError(`${what} (offset ${off}, size ${size}) lies outside the ${total}-byte blob`);
  };
  within(offStruct, sizeStruct, 'structure block');
  within(offStrings, sizeStrings, 'strings block');
  return { structStart: offStruct, structEnd: offStruct + sizeStruct, stringsStart: offStrings, stringsEnd: offStrings + sizeStrings };
}

/** Reads the structure block token by token into a tree. */
class TreeReader {
  private readonly stack: FdtNode[] = [];
  private root: FdtNode | null = null;

  constructor(private readonly buf: Uint8Array, private readonly v: DataView, private readonly b: Blocks) {}

  /** The node begun at p; returns where the next token starts. */
  private begin(p: number): number {
    const name = cString(this.buf, p, this.b.structEnd, 'node name');
    if (this.stack.length >= MAX_DEPTH) throw new FdtError(`nodes nested deeper than ${MAX_DEPTH}`);
    const node: FdtNode = { name, props: new Map(), children: [] };
    if (this.stack.length) this.stack.at(-1)!.children.push(node);
    else if (this.root) throw new FdtError(`a second root node at offset ${p}`);
    else this.root = node;
    this.stack.push(node);
    return align4(p + name.length + 1);
  }

  /** The property at p; returns where the next token starts. */
  private prop(p: number): number {
    const { structEnd, stringsStart, stringsEnd } = this.b;
    if (p + 8 > structEnd) throw new FdtError(`property header at offset ${p} runs past the structure block`);
    const len = this.v.getUint32(p);
    const nameOff = this.v.getUint32(p + 4);
    p += 8;
    if (len > structEnd - p) throw new FdtError(`property of ${len} bytes at offset ${p} runs past the structure block`);
    if (!this.stack.length) throw new FdtError(`property at offset ${p} outside any node`);
    if (nameOff >= stringsEnd - stringsStart) throw new FdtError(`property name offset ${nameOff} lies outside the strings block`);
    const name = cString(this.buf, stringsStart + nameOff, stringsEnd, 'property name');
    this.stack.at(-1)!.props.set(name, this.buf.slice(p, p + len));
    return align4(p + len);
  }

  read(): FdtNode {
    let p = this.b.structStart;
    for (;;) {
      if (p + 4 > this.b.structEnd) throw new FdtError(`structure block ends at ${this.b.structEnd} without FDT_END`);
      const token = this.v.getUint32(p);
      p += 4;
      if (token === FDT_BEGIN_NODE) p = this.begin(p);
      else if (token === FDT_PROP) p = this.prop(p);
      else if (token === FDT_END_NODE) {
        if (!this.stack.pop()) throw new FdtError(`FDT_END_NODE at offset ${p - 4} closes no node`);
      } else if (token === FDT_END) {
        if (this.stack.length) throw new FdtError(`FDT_END with ${this.stack.length} node(s) still open`);
        if (!this.root) throw new FdtError('the tree has no root node');
        return this.root;
      } else if (token !== FDT_NOP) throw new FdtError(`unknown token 0x${token.toString(16)} at offset ${p - 4}`);
    }
  }
}

export function parseFdt(buf: Uint8Array): FdtNode {
  const v = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return new TreeReader(buf, v, readHeader(buf, v)).read();
}

/** A property as the list of NUL-separated strings it holds ("compatible"). */
export function propStrings(node: FdtNode, name: string): string[] | null {
  const raw = node.props.get(name);
  if (!raw) return null;
  const text = Buffer.from(raw).toString('latin1');
  return text.split('\0').filter((s, i, all) => s.length || i < all.length - 1);
}

/** Every node with its path, depth first. */
export function* walk(node: FdtNode, path = '/'): Generator<[string, FdtNode]> {
  yield [path, node];
  for (const c of node.children) yield* walk(c, `${path === '/' ? '' : path}/${c.name}`);
}
