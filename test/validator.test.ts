import test from 'ava';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { matrixValidator, resultsValidator, suiteValidator, type Validator } from '../schemas/validator.ts';
import { staleFiles, validatorModules } from '../scripts/gen-types.ts';
import { MINIMAL_PAIR as pair, MINIMAL_RESULTS as results } from './helpers.ts';

const SCHEMAS = fileURLToPath(new URL('../schemas/', import.meta.url));

const matrix = { kernels: [{ id: 'a', ref: 'debian:7.3.4' }], expect: [{ verdict: ['compatible', 'data-loss'] }] };

/** What a validator said: whether it passed and, sorted, "PATH KEYWORD" for each error. */
function judge<T>(v: Validator<T>, data: unknown): { ok: boolean; errors: string[] } {
  const ok = v(data);
  return { ok, errors: ok ? [] : (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}`).sort() };
}

test('the generated results validator accepts a results file and says where a broken one breaks', (t) => {
  t.deepEqual(judge(resultsValidator, results), { ok: true, errors: [] });
  t.deepEqual(judge(resultsValidator, { ...results, startedAt: '2026-11-22T03:00:00+01:00', finishedAt: '2026-11-22T02:10:00Z' }).errors, []);
  const { reason: _reason, ...noReason } = pair;
  const broken = { ...results, startedAt: 'yesterday', extra: 1, pairs: [{ ...pair, verdict: 'works' }, noReason] };
  t.deepEqual(judge(resultsValidator, broken), {
    ok: false,
    errors: ['/ additionalProperties', '/pairs/0/verdict enum', '/pairs/1 required', '/startedAt format'],
  });
  t.true(resultsValidator.errors?.some((e) => e.instancePath === '/startedAt' && e.message === 'must match format "date-time"'));
});

test('the generated matrix validator takes its verdict names from the results schema', (t) => {
  t.deepEqual(judge(matrixValidator, matrix), { ok: true, errors: [] });
  const bad = judge(matrixValidator, { ...matrix, expect: [{ verdict: 'works' }] });
  t.false(bad.ok);
  t.true(bad.errors.includes('/expect/0/verdict enum'), bad.errors.join(', '));
  const allowed: unknown = matrixValidator.errors?.find((e) => e.keyword === 'enum')?.params.allowedValues;
  t.true(Array.isArray(allowed) && allowed.includes('compatible') && allowed.includes('incompatible-hang'));
});

test('the generated suite validator checks manifests', (t) => {
  t.true(suiteValidator({ name: 'memfd', description: 'preserves memfds', requirements: { kconfig: ['CONFIG_MEMFD_CREATE'] } }));
  t.deepEqual(judge(suiteValidator, { name: 'MemFD', requirements: { kconfig: ['MEMFD'] } }), {
    ok: false,
    errors: ['/ required', '/name pattern', '/requirements/kconfig/0 pattern'],
  });
});

test('the generated modules are plain ES modules: Node loads them without tsx, and they run no code of their own making', (t) => {
  const script = `
    const judged = [];
    for (const name of ['results', 'matrix', 'suite']) {
      const { default: validate } = await import(new URL(name + '.js', ${JSON.stringify(new URL('../schemas/validators/', import.meta.url).href)}).href);
      judged.push(validate({}), validate.errors.length > 0);
    }
    console.log(JSON.stringify(judged));`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '' } });
  t.deepEqual(JSON.parse(out), [false, true, false, true, false, true]);
  for (const f of readdirSync(join(SCHEMAS, 'validators')).filter((f) => f.endsWith('.js'))) {
    t.notRegex(readFileSync(join(SCHEMAS, 'validators', f), 'utf8'), /\brequire\s*\(|\bnew\s+Function\b|\beval\s*\(/, f);
  }
});

/** A copy of the schemas and the generated validators, to change. */
function copy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-schemas-'));
  for (const f of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) cpSync(join(SCHEMAS, f), join(dir, f));
  cpSync(join(SCHEMAS, 'validators'), join(dir, 'validators'), { recursive: true });
  return dir;
}

const stale = (dir: string) =>
  staleFiles(dir, validatorModules(dir))
    .map((f) => f.slice(dir.length).replace(/^\//, ''))
    .sort();

test('the checked-in validators are what gen:types makes, each says so, and gen:types --check sees a stale one', (t) => {
  const dir = copy();
  t.deepEqual(stale(dir), [], 'run npm run gen:types');
  for (const g of validatorModules(dir)) t.regex(g.text, /^\/\/ Generated (from|for) schemas\/\w+\.schema\.json.* by `npm run gen:types`/, g.file);

  // a verdict more in the results schema: the matrix, which refers to it, is stale too
  const file = join(dir, 'results.schema.json');
  const original = readFileSync(file, 'utf8');
  const schema = JSON.parse(original) as { $defs: { Verdict: { enum: string[] } } };
  schema.$defs.Verdict.enum.push('maybe');
  writeFileSync(file, JSON.stringify(schema));
  t.deepEqual(stale(dir), ['validators/matrix.js', 'validators/results.js']);
  writeFileSync(file, original);

  // an edited validator, an emptied declaration, a file that nothing generates
  writeFileSync(join(dir, 'validators', 'suite.js'), readFileSync(join(dir, 'validators', 'suite.js'), 'utf8').replace('must have required property', 'needs'));
  writeFileSync(join(dir, 'validators', 'results.d.ts'), '');
  mkdirSync(join(dir, 'validators', 'old'));
  t.deepEqual(stale(dir), ['validators/old', 'validators/results.d.ts', 'validators/suite.js']);
});
