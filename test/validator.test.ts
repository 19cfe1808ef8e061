import test from 'ava';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { validator, type ValidatorSpec } from '../schemas/validator.ts';

const spec: ValidatorSpec = {
  name: 'test',
  schema: {
    $id: 'https://luqual.test/thing',
    type: 'object',
    required: ['at', 'n'],
    properties: { at: { type: 'string', format: 'date-time' }, n: { $ref: 'https://luqual.test/defs#/$defs/small' } },
    additionalProperties: false,
  },
  refs: [{ $id: 'https://luqual.test/defs', $defs: { small: { type: 'integer', maximum: 3 } } }],
  options: { allErrors: true, strict: true },
  formats: { 'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/ },
};

const samples = [{ at: '2026-12-01T08:00:00Z', n: 2 }, { at: 'yesterday', n: 2 }, { at: '2026-12-01T08:00:00Z', n: 9 }, { n: 'x', more: 1 }];

const judge = (v: ValidateFunction) => samples.map((s) => ({ ok: v(s), errors: (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.keyword}`).sort() }));

const entries = (cache: string) => readdirSync(join(cache, 'validators')).map((f) => join(cache, 'validators', f));

test('a validator loaded from the cache judges as the one compiled, formats and $refs included', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'luqual-validator-'));
  const compiled = judge(validator(spec, cache));
  t.is(entries(cache).length, 1);
  t.deepEqual(judge(validator(spec, cache)), compiled);
  t.deepEqual(
    compiled.map((j) => j.ok),
    [true, false, false, false],
  );
  t.deepEqual(compiled[1]!.errors, ['/at format']);
  t.deepEqual(compiled[3]!.errors, ['/ additionalProperties', '/ required', '/n type']);
  validator({ ...spec, schema: { ...spec.schema, title: 'another' } }, cache);
  t.is(entries(cache).length, 2, 'another schema, another entry');
});

test('the kept code is what runs the next time, and a damaged entry is compiled again', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'luqual-validator-'));
  validator(spec, cache);
  const [file] = entries(cache);
  const kept = readFileSync(file!, 'utf8');
  writeFileSync(file!, 'module.exports.default = () => true;');
  t.true(validator(spec, cache)({ at: 'never' }), 'read from the file');
  writeFileSync(file!, 'this is not JavaScript(');
  t.false(validator(spec, cache)({ at: 'never' }));
  t.is(readFileSync(file!, 'utf8'), kept, 'written again');
});
