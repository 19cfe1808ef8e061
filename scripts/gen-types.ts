// Generates, from the JSON Schemas (the one source of truth for the shape of
// results, matrices and suite manifests):
//   schemas/types/*.ts        their TypeScript types (json-schema-to-typescript)
//   schemas/validators/*.js   their validators, as ajv "standalone" ES modules,
//                             each with a .d.ts
// The validators are generated here, at build time, and checked in, so that
// luqual neither compiles a schema (about 0.3 s a start) nor runs code it finds
// outside the repository. `--check` fails when a generated file is stale
// (run by scripts/test.sh). schemas/validators/ holds nothing else.
import { Ajv2020, type Options } from 'ajv/dist/2020.js';
// a CommonJS module: its default import is module.exports, which also has itself as .default
import standalone from 'ajv/dist/standalone/index.js';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const AJV_VERSION = (createRequire(import.meta.url)('ajv/package.json') as { version: string }).version;

/** A generated file: its path under schemas/ and its text. */
export interface Generated {
  file: string;
  text: string;
}

interface ValidatorSpec {
  /** other schemas (files under schemas/) it refers to by $id */
  refs?: readonly string[];
  options?: Omit<Options, 'code'>;
  /** formats as regular expressions, which ajv writes into the code as literals */
  formats?: Readonly<Record<string, RegExp>>;
}

/** How each schema's validator is compiled; a schema not named here gets the defaults. */
const VALIDATORS: Readonly<Record<string, ValidatorSpec>> = {
  'results.schema.json': { formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/ } },
  // the verdict names are defined once, in the results schema
  'matrix.schema.json': { refs: ['results.schema.json'], options: { validateFormats: false } },
  'suite.schema.json': {},
};
const DEFAULT_OPTIONS: Options = { allErrors: true, strict: true };

const schemaFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.schema.json'))
    .sort();
/** A schema file as JSON: its $id and title are read here, the rest by ajv and json-schema-to-typescript. */
interface SchemaFile {
  $id: string;
  title: string;
  [keyword: string]: unknown;
}
const readSchema = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as SchemaFile;

/**
 * ajv's standalone ES module code still require()s ajv's runtime helpers
 * (`require("ajv/dist/runtime/ucs2length").default`), which an ES module
 * cannot: import them instead, by the full path Node's ES module resolution
 * needs (ajv has no "exports" map). The default import of these CommonJS
 * modules is their module.exports, so the `.default` after it still holds.
 */
function esmImports(code: string, file: string): string {
  const helpers = new Map<string, string>();
  const body = code.replace(/require\("ajv\/dist\/runtime\/(\w+)"\)/g, (_all, name: string) => {
    const id = `ajvRuntime_${name}`;
    helpers.set(name, id);
    return id;
  });
  if (/\brequire\s*\(/.test(body)) throw new Error(`${file}: ajv's code requires a module other than its runtime helpers`);
  const imports = [...helpers].map(([name, id]) => `import ${id} from 'ajv/dist/runtime/${name}.js';\n`).join('');
  return imports + body.replace(/^"use strict";\n?/, '');
}

function validatorModule(dir: string, file: string): string {
  const spec = VALIDATORS[file] ?? {};
  const ajv = new Ajv2020({ ...DEFAULT_OPTIONS, ...spec.options, code: { source: true, esm: true, lines: true } });
  for (const ref of spec.refs ?? []) ajv.addSchema(readSchema(dir, ref));
  for (const [name, re] of Object.entries(spec.formats ?? {})) ajv.addFormat(name, re);
  const validate = ajv.compile(readSchema(dir, file));
  const uses = spec.refs?.length ? ` (with ${spec.refs.map((r) => `schemas/${r}`).join(', ')})` : '';
  return (
    `// Generated from schemas/${file}${uses} by \`npm run gen:types\`\n` +
    `// (scripts/gen-types.ts, ajv ${AJV_VERSION} standalone code). Do not edit.\n` +
    esmImports(standalone.default(ajv, validate), file)
  );
}

function declarations(file: string): string {
  return [
    `// Generated for schemas/${file} by \`npm run gen:types\` (scripts/gen-types.ts). Do not edit.`,
    `import type { ErrorObject } from 'ajv/dist/2020.js';`,
    ``,
    `/** Whether data follows the schema; when it does not, validate.errors says where and why. */`,
    `declare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };`,
    `export default validate;`,
    `export { validate };`,
    ``,
  ].join('\n');
}

/** schemas/validators/: a validator module and its declarations for every schema. */
export function validatorModules(dir: string): Generated[] {
  return schemaFiles(dir).flatMap((file) => {
    const name = file.replace('.schema.json', '');
    return [
      { file: `validators/${name}.js`, text: validatorModule(dir, file) },
      { file: `validators/${name}.d.ts`, text: declarations(file) },
    ];
  });
}

/** schemas/types/: the TypeScript types of every schema. */
export async function typeModules(dir: string): Promise<Generated[]> {
  const { compile } = await import('json-schema-to-typescript');
  const files = schemaFiles(dir);
  // schemas refer to each other by $id ("luqual:results#/$defs/Verdict")
  const byId = new Map(
    files.map((f) => {
      const s = readSchema(dir, f);
      return [s.$id, s] as const;
    }),
  );
  const luqualRefs = {
    order: 1,
    canRead: /^luqual:/,
    read: (file: { url: string }) => {
      const s = byId.get(file.url.replace(/#.*$/, ''));
      if (!s) throw new Error(`no schema with $id ${file.url}`);
      return s;
    },
  };
  const out: Generated[] = [];
  for (const file of files) {
    const schema = readSchema(dir, file);
    const ts = await compile(schema, schema.title, {
      $refOptions: { resolve: { luqual: luqualRefs } },
      bannerComment: `// Generated from schemas/${file} by \`npm run gen:types\`. Do not edit.`,
      additionalProperties: false,
      unreachableDefinitions: true,
      style: { singleQuote: true, printWidth: 120 },
    });
    out.push({ file: `types/${file.replace('.schema.json', '.ts')}`, text: ts });
  }
  return out;
}

/** The files under dir that differ from what is generated, or that schemas/validators/ should not hold. */
export function staleFiles(dir: string, generated: readonly Generated[]): string[] {
  const stale = generated.filter((g) => !existsSync(join(dir, g.file)) || readFileSync(join(dir, g.file), 'utf8') !== g.text).map((g) => join(dir, g.file));
  return [...stale, ...extraValidatorFiles(dir, generated)];
}

function extraValidatorFiles(dir: string, generated: readonly Generated[]): string[] {
  const folder = join(dir, 'validators');
  if (!existsSync(folder)) return [];
  const known = new Set(generated.map((g) => join(dir, g.file)));
  return readdirSync(folder)
    .map((f) => join(folder, f))
    .filter((f) => !known.has(f));
}

async function main(check: boolean): Promise<number> {
  const dir = fileURLToPath(new URL('../schemas/', import.meta.url));
  const generated = [...(await typeModules(dir)), ...validatorModules(dir)];
  if (check) {
    const stale = staleFiles(dir, generated);
    for (const f of stale) console.error(`${f} is stale: run npm run gen:types`);
    return stale.length ? 1 : 0;
  }
  for (const g of generated) {
    mkdirSync(join(dir, g.file, '..'), { recursive: true });
    writeFileSync(join(dir, g.file), g.text);
  }
  for (const f of extraValidatorFiles(dir, generated)) rmSync(f, { recursive: true });
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.includes('--check'));
}
