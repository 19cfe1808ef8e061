import test from 'ava';
import { compareResults, describeChange, noteworthy, regressions } from '../judge/compare.ts';
import { renderReport } from '../reports/html.ts';
import { renderMarkdownSummary } from '../reports/markdown-summary.ts';
import type { Pair, Results } from '../schemas/types/results.ts';

function r(pairs: Array<[string, string, Pair['verdict']]>): Results {
  return {
    schemaVersion: 1,
    luqual: '0.1.0',
    startedAt: '2026-11-22T00:00:00.000Z',
    host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' },
    kernels: [],
    pairs: pairs.map(([s, t, verdict]) => ({
      source: { id: s, release: '7.3.4' },
      target: { id: t, release: '7.3.4' },
      verdict,
      reason: 'r',
      suites: [],
      timings: { total: 1 },
      logs: { console: 'x' },
      reproducer: 'x',
    })),
  };
}

const OLD = r([['a', 'b', 'compatible'], ['b', 'a', 'incompatible-panic'], ['a', 'a', 'compatible'], ['c', 'a', 'unsupported'], ['x', 'y', 'compatible']]);
const NEW = r([['a', 'b', 'incompatible-clean'], ['b', 'a', 'compatible'], ['a', 'a', 'compatible'], ['c', 'a', 'incompatible-clean'], ['b', 'b', 'compatible']]);

test('every pair is classified', (t) => {
  const c = compareResults(OLD, NEW);
  t.deepEqual(c.map((x) => [x.source, x.target, x.change]), [
    ['a', 'b', 'regression'],
    ['b', 'a', 'fixed'],
    ['a', 'a', 'unchanged'],
    ['c', 'a', 'unchanged'],
    ['b', 'b', 'new'],
    ['x', 'y', 'gone'],
  ]);
  t.deepEqual(regressions(c).map((x) => x.source + x.target), ['ab']);
  t.deepEqual(compareResults(NEW, r([['a', 'b', 'error']])).find((x) => x.source === 'a' && x.target === 'b')?.change, 'regression');
});

test('the report and the summary show what changed', (t) => {
  const res = { ...NEW, comparison: { baseline: '/old/results.json', changes: compareResults(OLD, NEW) } };
  const html = renderReport({ results: res, logs: new Map(), logLinks: new Map(), suites: [] });
  t.regex(html, /1 regression, 1 fixed, 1 new, 1 gone, 2 unchanged/);
  t.regex(html, /<td class="fail">regression<\/td><td><a href="#pair-a__b">a → b<\/a><\/td>/);
  t.regex(renderMarkdownSummary(res), /- \*\*regression\*\*: a -> b \(compatible -> incompatible-clean\)/);
});

test('a kernel id is its identity: a stable update under the same id is compared, named with both releases', (t) => {
  const before = r([['7.2', '7.3', 'compatible']]);
  const after = r([['7.2', '7.3', 'data-loss']]);
  after.pairs[0]!.target.release = '7.3.5';
  const [c] = compareResults(before, after);
  t.like(c, { change: 'regression', releases: { target: { before: '7.3.4', after: '7.3.5' } } });
  t.is(describeChange(c!), 'regression: 7.2 -> 7.3 (7.3.4 -> 7.3.5) (compatible -> data-loss)');
});

test('suite tests and timings that changed inside a pair whose verdict held are listed, not counted as regressions', (t) => {
  const suites = (status: 'pass' | 'fail'): Pair['suites'] => [{ name: 'memfd', status, tests: [{ name: 'page', status }, { name: 'sealed', status: 'pass' }] }];
  const before = r([['a', 'b', 'compatible']]);
  const after = r([['a', 'b', 'compatible']]);
  before.pairs[0]!.suites = suites('pass');
  after.pairs[0]!.suites = suites('fail');
  after.pairs[0]!.timings.total = 9;
  const c = compareResults(before, after);
  t.like(c[0], { change: 'unchanged', tests: { regressed: ['memfd/page'], fixed: [] }, seconds: { before: 1, after: 9 } });
  t.deepEqual(regressions(c), []);
  t.true(noteworthy(c[0]!));
  t.is(describeChange(c[0]!), 'unchanged: a -> b (compatible -> compatible); tests now failing: memfd/page; time 1.0 s -> 9.0 s');
  after.pairs[0]!.timings.total = 2.5;
  t.is(compareResults(before, after)[0]!.seconds, undefined, 'a second and a half is noise');
});
