// Loads matrix.yaml: YAML with positions, checked against
// schemas/matrix.schema.json and then for meaning (ids that exist, kernel
// references that parse, files that are there). Every problem is reported
// as FILE:LINE:COL with the value found and what is allowed.
import type { ErrorObject } from 'ajv/dist/2020.js';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { InputError } from '../judge/errors.ts';
import { parseKernelRef } from './kernel-ref.ts';
import { availableSuites } from '../suites/registry.ts';
import type { Matrix } from '../schemas/types/matrix.ts';
import { matrixValidator as validate } from '../schemas/validator.ts';

const SCHEMA_PATH = fileURLToPath(new URL('../schemas/matrix.schema.json', import.meta.url));
/** The parts of a JSON Schema this file reads. */
interface Schema {
  $ref?: string;
  type?: string | string[];
  items?: Schema;
  properties?: Record<string, Schema>;
  enum?: string[];
  oneOf?: Schema[];
}
/** A schema file: the root of a document that $refs point into. */
interface SchemaFile extends Schema {
  $id: string;
  $defs: Record<string, Schema>;
}
const SCHEMA = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as SchemaFile;
// the verdict names are defined once, in the results schema
const RESULTS = JSON.parse(readFileSync(fileURLToPath(new URL('../schemas/results.schema.json', import.meta.url)), 'utf8')) as SchemaFile;

/** Problems shown of a matrix: the rest are counted, so that a huge broken matrix is reported in a screenful */
const SHOWN_PROBLEMS = 20;

export class MatrixError extends InputError {
  override name = 'MatrixError';
  constructor(readonly problems: string[]) {
    const more = problems.length - SHOWN_PROBLEMS;
    super([...problems.slice(0, SHOWN_PROBLEMS), ...(more > 0 ? [`... and ${more} more problems`] : [])].join('\n'));
  }
}

export interface LoadedMatrix extends Matrix {
  file: string;
  /** kernel config and patch paths made absolute */
  base: string;
  /** of the file's text: what makes two checkouts one matrix */
  sha256: string;
}

type Path = (string | number)[];

function deref(s: Schema | undefined): Schema | undefined {
  let cur = s;
  while (cur?.$ref) {
    const [doc, name] = cur.$ref.split('#/$defs/');
    cur = (doc === RESULTS.$id ? RESULTS : SCHEMA).$defs[name!];
  }
  return cur;
}

/** The schema that applies at a path of the document, if one clear one does. */
function schemaAt(path: Path): Schema | undefined {
  let s: Schema | undefined = SCHEMA;
  for (const key of path) {
    s = deref(s);
    if (!s) return undefined;
    if (typeof key === 'number') s = s.items;
    else if (s.properties?.[key]) s = s.properties[key];
    else return undefined;
  }
  return deref(s);
}

/**
 * The document as plain data; a scalar where the schema wants a string keeps
 * its source text, so `ref: 6.10` is "6.10", not the number 6.1.
 */
function toData(node: Node | null | undefined, doc: Document, path: Path): unknown {
  if (!node) return null;
  if (isAlias(node)) return toData(node.resolve(doc), doc, path);
  if (isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const item of node.items) {
      const key = String(isScalar(item.key) ? item.key.value : item.key);
      out[key] = toData(item.value as Node, doc, [...path, key]);
    }
    return out;
  }
  if (isSeq(node)) return node.items.map((n, i) => toData(n as Node, doc, [...path, i]));
  if (isScalar(node)) {
    const wantsString = schemaAt(path)?.type === 'string';
    if (wantsString && typeof node.value !== 'string' && node.source !== undefined) return String(node.source);
    return node.value;
  }
  return (node as { toJSON(): unknown }).toJSON();
}

class Locator {
  constructor(private readonly file: string, private readonly doc: Document, private readonly lines: LineCounter) {}

  /** FILE:LINE:COL of the node at path, or of its nearest ancestor. */
  at(path: Path, key = false): string {
    for (let p = path; ; p = p.slice(0, -1)) {
      const parent = p.length ? this.doc.getIn(p.slice(0, -1), true) : null;
      let node: Node | undefined;
      if (key && p === path && isMap(parent)) {
        node = parent.items.find((i) => isScalar(i.key) && String(i.key.value) === String(p.at(-1)))?.key as Node | undefined;
      }
      node ??= (p.length ? this.doc.getIn(p, true) : this.doc.contents) as Node | undefined;
      if (node?.range) {
        const { line, col } = this.lines.linePos(node.range[0]);
        return `${this.file}:${line}:${col}`;
      }
      if (!p.length) return `${this.file}:1:1`;
    }
  }
}

function pathText(path: Path): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || 'the matrix';
}

function pathOf(instancePath: string): Path {
  return instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function show(v: unknown): string {
  return JSON.stringify(v);
}

function allowedOf(s: Schema | undefined): string[] {
  if (!s) return [];
  if (s.enum) return s.enum;
  if (s.oneOf) return s.oneOf.flatMap((o) => allowedOf(deref(o)));
  return [];
}

function describe(e: ErrorObject, value: unknown): { path: Path; key: boolean; text: string } {
  const path = pathOf(e.instancePath);
  const here = pathText(path);
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys(schemaAt(path)?.properties ?? {});
      return { path: [...path, extra], key: true, text: `${here}: unknown key ${show(extra)} (allowed: ${allowed.join(', ')})` };
    }
    case 'required':
      return { path, key: false, text: `${here}: missing ${show((e.params as { missingProperty: string }).missingProperty)}` };
    case 'enum':
      return { path, key: false, text: `${here}: ${show(value)} is not allowed (allowed: ${allowedOf(schemaAt(path)).join(', ')})` };
    case 'type':
      return { path, key: false, text: `${here}: ${show(value)} is not ${e.params.type === 'array' ? 'a list' : e.params.type === 'object' ? 'a mapping' : `a ${e.params.type}`}` };
    case 'pattern':
      return { path, key: false, text: `${here}: ${show(value)} is not allowed here (letters, digits and . _ + - only, starting with a letter or digit)` };
    case 'minItems':
      return { path, key: false, text: `${here}: needs at least ${e.params.limit} item${e.params.limit === 1 ? '' : 's'}` };
    case 'minimum':
    case 'maximum':
      return { path, key: false, text: `${here}: ${show(value)} is ${e.keyword === 'minimum' ? 'below the minimum' : 'above the maximum'} ${e.params.limit}` };
    case 'oneOf': {
      const allowed = allowedOf(schemaAt(path));
      const list = `allowed: ${allowed.join(', ')}`;
      if (Array.isArray(value)) {
        const bad = value.findIndex((v) => !allowed.includes(v as string));
        if (bad >= 0) return { path: [...path, bad], key: false, text: `${pathText([...path, bad])}: ${show(value[bad])} is not allowed (${list})` };
        return { path, key: false, text: `${here}: needs at least one of: ${allowed.join(', ')}` };
      }
      return { path, key: false, text: `${here}: ${show(value)} is not allowed (${list}, or a list of them)` };
    }
    default:
      return { path, key: false, text: `${here}: ${e.message}` };
  }
}

function valueAt(data: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string | number, unknown>)[k] : undefined), data);
}

function schemaProblems(data: unknown, loc: Locator): string[] {
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A oneOf (a value or a list of values) reports every branch's failure
  // too: keep only its own error, described against the value found.
  const oneOfPlaces = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.instancePath);
  const kept = errors.filter((e) => e.keyword === 'oneOf' || !oneOfPlaces.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`)));
  const out = new Set<string>();
  for (const e of kept) {
    const d = describe(e, valueAt(data, pathOf(e.instancePath)));
    out.add(`${loc.at(d.path, d.key)}: ${d.text}`);
  }
  return [...out];
}

function meaningProblems(m: Matrix, loc: Locator, base: string): string[] {
  const out: string[] = [];
  const ids = new Set<string>();
  m.kernels.forEach((k, i) => {
    if (ids.has(k.id)) out.push(`${loc.at(['kernels', i, 'id'])}: kernels[${i}].id: ${show(k.id)} is used by another kernel already`);
    ids.add(k.id);
    try {
      parseKernelRef(k.ref);
    } catch (e) {
      out.push(`${loc.at(['kernels', i, 'ref'])}: kernels[${i}].ref: ${(e as Error).message}`);
    }
    const kind = /^debian-src:/.test(k.ref);
    const files: Array<[Path, string]> = [];
    if (k.config) files.push([['kernels', i, 'config'], k.config]);
    (k.patches ?? []).forEach((p, j) => files.push([['kernels', i, 'patches', j], p]));
    for (const [path, f] of files) {
      if (!kind) out.push(`${loc.at(path)}: ${pathText(path)}: only debian-src kernels are built, so ${show(f)} cannot apply to ${show(k.ref)}`);
      else if (!existsSync(resolve(base, f))) out.push(`${loc.at(path)}: ${pathText(path)}: no such file ${resolve(base, f)}`);
    }
  });
  const known = [...ids].join(', ');
  const checkId = (path: Path, id: string | undefined) => {
    if (id !== undefined && !ids.has(id)) out.push(`${loc.at(path)}: ${pathText(path)}: no kernel has the id ${show(id)} (kernels: ${known})`);
  };
  const archOf = new Map(m.kernels.map((k) => [k.id, k.arch ?? 'x86_64']));
  const oneArch = (path: Path, kernels: ReadonlyArray<string | undefined>) => {
    const known = [...new Set(kernels.filter((id): id is string => id !== undefined && ids.has(id)))];
    if (new Set(known.map((id) => archOf.get(id))).size > 1) out.push(`${loc.at(path)}: ${pathText(path)}: ${known.map((id) => `${id} is ${archOf.get(id)}`).join(', ')}: a live update stays on one architecture`);
  };
  for (const list of ['list', 'exclude'] as const) {
    (m.pairs?.[list] ?? []).forEach((p, i) => {
      checkId(['pairs', list, i, 'from'], p.from);
      checkId(['pairs', list, i, 'to'], p.to);
      if (list === 'list') oneArch(['pairs', list, i], [p.from, p.to]);
    });
  }
  const declared = new Set((m.paths ?? []).map((k) => k.join('\n')));
  (m.paths ?? []).forEach((k, i) => {
    k.forEach((id, j) => checkId(['paths', i, j], id));
    oneArch(['paths', i], k);
  });
  (m.expect ?? []).forEach((x, i) => {
    checkId(['expect', i, 'from'], x.from);
    checkId(['expect', i, 'to'], x.to);
    if (!x.path) return;
    x.path.forEach((id, j) => checkId(['expect', i, 'path', j], id));
    if (x.from !== undefined || x.to !== undefined || x.policy !== undefined) out.push(`${loc.at(['expect', i, 'path'])}: expect[${i}].path: a rule for a path takes no from, to or policy`);
    else if (!declared.has(x.path.join('\n'))) out.push(`${loc.at(['expect', i, 'path'])}: expect[${i}].path: ${show(x.path.join(' -> '))} is not among the paths: the matrix declares`);
  });
  const suites = availableSuites();
  (m.suites ?? []).forEach((s, i) => {
    if (!suites.includes(s)) out.push(`${loc.at(['suites', i])}: suites[${i}]: no suite ${show(s)} (have: ${suites.join(', ')})`);
  });
  return out;
}

/** The yaml library's limit on what one alias may expand to (its resource exhaustion check), far above what a matrix needs */
const MAX_ALIAS_COUNT = 100;

/**
 * Aliases before luqual reads the document: one inside the node it names
 * (a cycle) would make the reading recurse for ever, and a few hundred
 * bytes of aliases of aliases expand to billions of values (a YAML bomb),
 * which the library's own check refuses. Either is an error at the alias.
 */
function aliasProblem(doc: Document, file: string, lines: LineCounter): string | null {
  const where = (n: Node) => {
    const { line, col } = lines.linePos(n.range?.[0] ?? 0);
    return `${file}:${line}:${col}`;
  };
  let first: Node | null = null;
  let cycle: string | null = null;
  visit(doc, {
    Alias(_, alias, path) {
      first ??= alias;
      const target = alias.resolve(doc);
      if (!cycle && target && path.includes(target)) cycle = `${where(alias)}: the alias *${alias.source} is inside the node &${alias.source} it names: a cycle`;
    },
  });
  if (cycle || !first) return cycle;
  try {
    doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return null;
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    return `${where(first)}: its aliases expand too far: ${e.message}`;
  }
}

export function parseMatrix(text: string, file: string): LoadedMatrix {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const first = new Map<string, string>();
    for (const e of doc.errors) {
      const { line, col } = lines.linePos(e.pos[0]);
      const where = `${file}:${line}:${col}`;
      if (!first.has(where)) first.set(where, `${where}: YAML syntax: ${e.message.split('\n')[0]}`);
    }
    throw new MatrixError([...first.values()]);
  }
  const aliases = aliasProblem(doc, file, lines);
  if (aliases) throw new MatrixError([aliases]);
  const loc = new Locator(file, doc, lines);
  const data = toData(doc.contents, doc, []);
  const problems = schemaProblems(data, loc);
  if (problems.length) throw new MatrixError(problems);
  const m = data as Matrix;
  const base = dirname(resolve(file));
  const meaning = meaningProblems(m, loc, base);
  if (meaning.length) throw new MatrixError(meaning);
  return { ...m, file, base, sha256: createHash('sha256').update(text).digest('hex') };
}

/** Far above any real matrix (fifty kernels with every option take a few kilobytes); reading YAML costs seconds a megabyte */
const MAX_MATRIX_BYTES = 1 << 20;

export function loadMatrix(file: string): LoadedMatrix {
  if (!existsSync(file)) throw new InputError(`${file}: no such matrix file`);
  const st = statSync(file);
  if (!st.isFile()) throw new InputError(`${file} is not a regular file`);
  if (st.size > MAX_MATRIX_BYTES) throw new InputError(`${file} is ${st.size} bytes: luqual reads matrices of up to ${MAX_MATRIX_BYTES}`);
  return parseMatrix(readFileSync(file, 'utf8'), file);
}
