import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { readResultsFile, validateResults } from '../host/results-file.ts';

const pair = {
  source: { id: 'a', release: '7.2.12' },
  target: { id: 'b', release: '7.3.4' },
  verdict: 'compatible',
  reason: 'all 4 preserved items came back verified on b',
  suites: [{ name: 'memfd', status: 'pass', tests: [{ name: 'page', status: 'pass' }] }],
  timings: { boot: 1, total: 4 },
  logs: { console: 'pairs/a__b/console.log' },
  reproducer: 'npx luqual pair a b',
};
const results = {
  schemaVersion: 1,
  luqual: '0.1.0',
  startedAt: '2026-11-22T02:00:00.000Z',
  host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' },
  kernels: [],
  pairs: [pair],
};

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
