// A JSON Schema's validator, compiled by ajv once and kept in the cache as
// the JavaScript ajv generates for it (its "standalone" code), keyed by the
// schemas, the options and ajv's version. Compiling the matrix and results
// schemas was 0.28 s of every luqual start, which took about 1 s before its
// first QEMU (measured 2026-12-01); loading the kept code takes milliseconds.
import { _, Ajv2020, type Code, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
// a CommonJS module: its default import is module.exports, which also has itself as .default
import standalone from 'ajv/dist/standalone/index.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { cacheRoot, contentKey } from '../host/cache.ts';
import { atomicWrite } from '../host/atomic-write.ts';

// the kept code requires ajv's runtime helpers, found from here
const require = createRequire(import.meta.url);
const AJV_VERSION: string = require('ajv/package.json').version;

export interface ValidatorSpec {
  /** names the file in the cache */
  name: string;
  schema: object;
  /** other schemas it refers to by $id */
  refs?: readonly object[];
  options?: Omit<Options, 'code'>;
  formats?: Readonly<Record<string, RegExp>>;
}

/** The formats as code the kept validator carries in itself. */
function formatsCode(formats: Readonly<Record<string, RegExp>>): Code {
  const entries = Object.entries(formats).map(([name, re]) => _`${name}: new RegExp(${re.source}, ${re.flags})`);
  return _`{${entries.reduce((all, e, i) => (i ? _`${all}, ${e}` : e), _``)}}`;
}

function compile(spec: ValidatorSpec): { validate: ValidateFunction; code: string } {
  const formats = spec.formats ?? {};
  const ajv = new Ajv2020({ ...spec.options, code: { source: true, formats: formatsCode(formats) } });
  for (const ref of spec.refs ?? []) ajv.addSchema(ref);
  for (const [name, re] of Object.entries(formats)) ajv.addFormat(name, re);
  const validate = ajv.compile(spec.schema);
  return { validate, code: standalone.default(ajv, validate) };
}

function load(file: string): ValidateFunction {
  const module: { exports: { default?: ValidateFunction } } = { exports: {} };
  new Function('require', 'module', 'exports', readFileSync(file, 'utf8'))(require, module, module.exports);
  if (typeof module.exports.default !== 'function') throw new Error(`${file}: no validator in it`);
  return module.exports.default;
}

export function validator(spec: ValidatorSpec, cache: string = cacheRoot()): ValidateFunction {
  const formats = Object.entries(spec.formats ?? {}).map(([name, re]) => [name, re.source, re.flags]);
  const key = contentKey([AJV_VERSION, spec.schema, spec.refs ?? [], spec.options ?? {}, formats]);
  const file = join(cache, 'validators', `${spec.name}-${key}.cjs`);
  if (existsSync(file)) {
    try {
      return load(file);
    } catch {
      // a damaged entry is compiled and written again
    }
  }
  const { validate, code } = compile(spec);
  try {
    mkdirSync(dirname(file), { recursive: true });
    atomicWrite(file, code);
  } catch {
    // a cache that cannot be written costs the compile next time, nothing more
  }
  return validate;
}
