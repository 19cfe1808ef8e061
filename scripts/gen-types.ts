// Generates schemas/types/*.ts from the JSON Schemas: the schemas are the one
// source of truth for the shape of results and matrices. `--check` fails
// when the generated files are stale (run by the tests).
import { compile } from 'json-schema-to-typescript';
import { readFileSync, readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = new URL('../schemas/', import.meta.url).pathname;
const out = join(dir, 'types');
const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(out, { recursive: true });
const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json'));
// schemas refer to each other by $id ("luqual:results#/$defs/Verdict")
const byId = new Map(files.map((f) => {
  const s = JSON.parse(readFileSync(join(dir, f), 'utf8'));
  return [s.$id as string, s] as const;
}));
const luqualRefs = {
  order: 1,
  canRead: /^luqual:/,
  read: (file: { url: string }) => {
    const s = byId.get(file.url.replace(/#.*$/, ''));
    if (!s) throw new Error(`no schema with $id ${file.url}`);
    return s;
  },
};
for (const file of files) {
  const schema = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const ts = await compile(schema, schema.title, {
    $refOptions: { resolve: { luqual: luqualRefs } } as never,
    bannerComment: `// Generated from schemas/${file} by \`npm run gen:types\`. Do not edit.`,
    additionalProperties: false,
    unreachableDefinitions: true,
    style: { singleQuote: true, printWidth: 120 },
  });
  const target = join(out, file.replace('.schema.json', '.ts'));
  if (check) {
    if (!existsSync(target) || readFileSync(target, 'utf8') !== ts) {
      console.error(`${target} is stale: run npm run gen:types`);
      stale++;
    }
  } else {
    writeFileSync(target, ts);
  }
}
process.exit(stale ? 1 : 0);
