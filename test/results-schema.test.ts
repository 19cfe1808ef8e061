import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { readResultsFile, validateResults } from '../host/results-file.ts';
import { MINIMAL_PAIR as pair, MINIMAL_RESULTS as results } from './helpers.ts';


test('a well-formed results file passes', (t) => {
  t.deepEqual(validateResults(results), []);
});

test('the schema catches what readers rely on', (t) => {
  t.not(validateResults({ ...results, pairs: [{ ...pair, verdict: 'works' }] }).length, 0);
  t.not(validateResults({ ...results, pairs: [{ ...pair, suites: [{ name: 'x', status: 'ok', tests: [] }] }] }).length, 0);
  const { reason: _reason, ...noReason } = pair;
  t.not(validateResults({ ...results, pairs: [noReason] }).length, 0);
  t.not(validateResults({ ...results, extra: 1 }).length, 0);
});

test('a results file the user names must exist, parse and follow the schema', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-read-'));
  const file = join(dir, 'results.json');
  t.throws(() => readResultsFile(file, 'report on it'), { instanceOf: InputError, message: `${file}: no such file` });
  writeFileSync(file, '{');
  t.throws(() => readResultsFile(file, 'report on it'), { instanceOf: InputError, message: new RegExp(`^${file}: not JSON, cannot report on it: `) });
  writeFileSync(file, JSON.stringify({ ...results, pairs: 'none' }));
  t.throws(() => readResultsFile(file, 'merge it'), { instanceOf: InputError, message: new RegExp(`^${file} is not a luqual results file, cannot merge it: /pairs must be array`) });
  writeFileSync(file, JSON.stringify(results));
  t.deepEqual(readResultsFile(file, 'merge it'), results);
});
