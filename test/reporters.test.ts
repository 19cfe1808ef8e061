// The reporters: results.json kept valid through a run, the report files
// the same whether replayed or rendered directly, the progress lines CI
// logs show, and a matrix run (of kernels that could not be had, so
// nothing boots) feeding them its events.
import test from 'ava';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { HostError } from '../judge/errors.ts';
import { validateResults } from '../host/results-file.ts';
import { pairAnchor, renderReport } from '../reports/html.ts';
import { renderJunit } from '../reports/junit.ts';
import { renderMarkdownSummary } from '../reports/markdown-summary.ts';
import { reportFiles } from '../reports/files.ts';
import { Progress } from '../reports/progress.ts';
import { replay, type Reporter } from '../reports/reporter.ts';
import { ResultsJsonReporter } from '../reports/results-json.ts';
import { suiteManifest } from '../suites/registry.ts';
import { runMatrix, type MatrixRun } from '../runners/run-matrix.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import type { Pair, Results } from '../schemas/types/results.ts';

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `luqual-${what}-`));

function pair(from: string, to: string, verdict: Pair['verdict'], met?: boolean): Pair {
  return {
    source: { id: from, release: '7.2.12' },
    target: { id: to, release: '7.3.4' },
    verdict,
    reason: `${from} -> ${to} was ${verdict}`,
    suites: [{ name: 'memfd', status: verdict === 'compatible' ? 'pass' : 'fail', tests: [] }],
    timings: { total: 4 },
    logs: { console: `pairs/${from}__${to}/console.log` },
    reproducer: `npx luqual pair ${from} ${to}`,
    ...(met === undefined ? {} : { expectation: { verdicts: ['compatible'], met, rule: 'default: policy upgrades' } }),
  };
}

const kernel = (id: string, release: string): Results['kernels'][number] => ({ id, ref: `debian-src:${release}`, kind: 'debian-src', release, obtained: 'built', liveUpdate: { capable: true, why: 'ok' } });

const RESULTS: Results = {
  schemaVersion: 1,
  luqual: '0.1.0',
  startedAt: '2026-11-22T03:00:00.000Z',
  finishedAt: '2026-11-22T03:10:00.000Z',
  host: { hostname: 'h', kernel: '6.1', qemu: '7.2.22', accel: 'tcg' },
  kernels: [kernel('a', '7.2.12'), kernel('b', '7.3.4')],
  pairs: [pair('a', 'a', 'compatible'), pair('a', 'b', 'compatible', true), pair('b', 'a', 'data-loss', false)],
};

/** A results directory with RESULTS' logs in it. */
function resultsDir(): string {
  const dir = tmp('results');
  for (const p of RESULTS.pairs) {
    mkdirSync(join(dir, p.logs.console, '..'), { recursive: true });
    writeFileSync(join(dir, p.logs.console), `console of ${p.source.id} -> ${p.target.id}\nnot ok 1 page\n`);
  }
  return dir;
}

test('replayed into the reporters, results write the same files as the renderers give', (t) => {
  const dir = resultsDir();
  const out = tmp('reports');
  const files = reportFiles(dir, out);
  const json = new ResultsJsonReporter(out);
  replay(RESULTS, [json, files.html, files.junit, files.markdown]);

  t.deepEqual(JSON.parse(readFileSync(json.file, 'utf8')), RESULTS);
  t.is(readFileSync(files.junit.file, 'utf8'), renderJunit(RESULTS));
  t.is(readFileSync(files.markdown.file, 'utf8'), renderMarkdownSummary(RESULTS));
  const anchors = RESULTS.pairs.map(pairAnchor);
  const logs = new Map(RESULTS.pairs.map((p, i) => [anchors[i]!, readFileSync(join(dir, p.logs.console), 'latin1')]));
  const logLinks = new Map(anchors.map((a) => [a, `logs/${a}.console.log`]));
  t.is(readFileSync(files.html.file, 'utf8'), renderReport({ results: RESULTS, logs, logLinks, suites: [suiteManifest('memfd')] }));
  for (const a of anchors) t.true(existsSync(join(out, 'report', 'logs', `${a}.console.log`)), a);
});

test('results.json is valid after every pair end, its pairs in plan order, kept ones included', (t) => {
  const out = tmp('json');
  const json = new ResultsJsonReporter(out);
  const { pairs, ...header } = RESULTS;
  const planned = pairs.map((p) => ({ from: p.source.id, to: p.target.id }));
  const read = () => JSON.parse(readFileSync(json.file, 'utf8')) as Results;
  const order = (r: Results) => r.pairs.map((p) => `${p.source.id}${p.target.id}`);

  json.onBegin({ header, planned, kept: [pairs[1]!] });
  t.deepEqual(validateResults(read()), []);
  t.deepEqual(order(read()), ['ab']);
  json.onWalkEnd({ id: 'chain-1', kernels: ['b', 'a', 'a'], ran: 2, kept: 2, seconds: 9, end: 'every hop ran', logs: { console: 'chains/chain-1/console.log' } });
  json.onPairEnd(pairs[2]!);
  t.deepEqual(validateResults(read()), []);
  t.deepEqual(order(read()), ['ab', 'ba']);
  t.deepEqual(read().chains?.map((c) => c.id), ['chain-1']);
  json.onPairEnd(pairs[0]!);
  t.deepEqual(validateResults(read()), []);
  t.deepEqual(order(read()), ['aa', 'ab', 'ba']);
  t.falsy(header.chains, 'the header given is left as it was');
});

test('a results.json that cannot be written is a HostError naming it', (t) => {
  const out = tmp('unwritable');
  const json = new ResultsJsonReporter(out);
  const { pairs: _pairs, ...header } = RESULTS;
  json.onBegin({ header, planned: [], kept: [] });
  // a directory where the file goes: the next write cannot replace it
  rmSync(json.file);
  mkdirSync(json.file);
  const e = t.throws(() => json.onPairEnd(RESULTS.pairs[0]!));
  t.true(e instanceof HostError);
  t.regex(e.message, new RegExp(`^could not write ${json.file}: `));
});

test('progress lines, as a CI log shows them, and the summary at the end', (t) => {
  const [err, out] = [[] as string[], [] as string[]];
  const progress = new Progress({ write: (s: string) => err.push(s) > 0, isTTY: false, columns: 80 }, { write: (s: string) => out.push(s) > 0 });
  const { pairs, ...header } = RESULTS;
  const planned = pairs.map((p) => ({ from: p.source.id, to: p.target.id }));
  progress.onBegin({ header, planned, kept: [pairs[0]!] });
  progress.onPairBegin(planned[2]!);
  progress.onRetry(planned[2]!, 2, { ...pairs[2]!, verdict: 'incompatible-hang', reason: 'no progress' });
  progress.onPairEnd(pairs[2]!);
  progress.onWalkBegin('chain-1', ['a', 'b', 'b']);
  progress.onWalkEnd({ id: 'chain-1', kernels: ['a', 'b', 'b'], ran: 1, kept: 1, seconds: 7.25, end: 'hop 1 ended compatible', logs: { console: 'x' } });
  progress.onPairEnd(pairs[1]!);
  progress.onEnd(RESULTS);
  t.deepEqual(err.join('').split('\n'), [
    'luqual: 3 pairs, 1 kept from the earlier run',
    'luqual: [1/3] b -> a: started',
    'luqual: b -> a: incompatible-hang (no progress); attempt 2',
    'luqual: [2/3] b -> a: ⚠ data-loss (EXPECTED compatible) in 4.0s: b -> a was data-loss',
    'luqual: chain-1: a -> b -> b: started',
    'luqual: chain-1: 1 of 2 hops in 7.3s: hop 1 ended compatible',
    'luqual: [3/3] a -> b: ✔ compatible in 4.0s: a -> b was compatible',
    '',
  ]);
  t.is(out.join(''), '3 pairs run; expectations: 1 of 2 met; 0 unexpected\n  broken: b -> a: data-loss, expected compatible\n    b -> a was data-loss\n    reproduce: npx luqual pair b a\n');
});

/** A run of two kernels neither of which could be had: every pair is an error at once and nothing boots. */
function unpreparedRun(out: string, more: Partial<MatrixRun> = {}): MatrixRun {
  const matrix = { kernels: [{ id: 'a', ref: 'debian-src:7.2.12' }, { id: 'b', ref: 'debian-src:7.3.4' }], suites: ['memfd'], file: join(out, 'matrix.yaml'), base: out, sha256: '0'.repeat(64) } as LoadedMatrix;
  const versions = [{ id: 'a', release: '7.2.12' }, { id: 'b', release: '7.3.4' }];
  const error = new HostError('make failed');
  return {
    matrix,
    plan: { versions, pairs: [{ from: 'b', to: 'a' }, { from: 'a', to: 'b' }, { from: 'a', to: 'a' }], shard: null },
    kernels: { prepared: [], unprepared: versions.map((v) => ({ ...v, ref: `debian-src:${v.release}`, error })) },
    host: RESULTS.host,
    luqualVersion: '0.1.0',
    outDir: out,
    cache: join(out, 'cache'),
    qemu: '/nonexistent/qemu',
    chain: false,
    keep: 'failures',
    signal: new AbortController().signal,
    ...more,
  };
}

test('a matrix run tells its reporters begin, each pair end and end; results.json ends in plan order', async (t) => {
  const out = tmp('run');
  const events: string[] = [];
  const recorder: Reporter = {
    onBegin: (b) => events.push(`begin ${b.planned.length} planned, ${b.kept.length} kept`),
    onPairEnd: (p) => events.push(`end ${p.source.id}${p.target.id} ${p.verdict}`),
    onEnd: (r) => events.push(`end of run, ${r.pairs.length} pairs`),
  };
  const json = new ResultsJsonReporter(out);
  const results = await runMatrix(unpreparedRun(out), [json, recorder]);
  t.deepEqual(events, ['begin 3 planned, 0 kept', 'end ba error', 'end ab error', 'end aa error', 'end of run, 3 pairs']);
  const written = JSON.parse(readFileSync(json.file, 'utf8')) as Results;
  t.deepEqual(validateResults(written), []);
  t.deepEqual(written, JSON.parse(JSON.stringify(results)));
  t.deepEqual(written.pairs.map((p) => `${p.source.id}${p.target.id}`), ['ba', 'ab', 'aa']);
  t.regex(written.pairs[0]!.reason, /^luqual could not run the pair: kernel b could not be prepared: make failed$/);
  // 7.2.12 -> 7.3.4 is an upgrade: expected compatible by default
  t.deepEqual(written.pairs[1]!.expectation, { verdicts: ['compatible'], rule: 'default: policy upgrades', met: false });
  t.is(written.matrix, join(out, 'matrix.yaml'));
  t.truthy(written.finishedAt);
});

test('on --resume the pairs kept are in begin and in the results, not run again', async (t) => {
  const out = tmp('resume');
  const first = await runMatrix(unpreparedRun(out), []);
  // an earlier run that reached a verdict on a -> a, on the same kernels
  const previous: Results = { ...first, pairs: [{ ...first.pairs[2]!, verdict: 'compatible', reason: 'kept' }] };
  const ended: string[] = [];
  const results = await runMatrix(unpreparedRun(out, { previous }), [{ onPairEnd: (p) => ended.push(`${p.source.id}${p.target.id}`) }]);
  t.deepEqual(ended, ['ba', 'ab']);
  t.deepEqual(results.pairs.map((p) => `${p.source.id}${p.target.id} ${p.verdict}`), ['ba error', 'ab error', 'aa compatible']);
});

test('a matrix named by a relative path is named by its absolute path in every reproducer: they run from the results folder too', async (t) => {
  const out = tmp('reproducer');
  const run = unpreparedRun(out);
  const results = await runMatrix({ ...run, matrix: { ...run.matrix, file: 'matrix.yaml' } }, []);
  for (const p of results.pairs) t.is(p.reproducer, `npx luqual pair --matrix ${resolve('matrix.yaml')} ${p.source.id} ${p.target.id}`);
});

test('a reporter that fails stops the run with a HostError; one that fails to write results.json names it', async (t) => {
  const out = tmp('stops');
  let seen = 0;
  const failing: Reporter = {
    onPairEnd: () => {
      if (++seen === 2) throw new Error('disk full');
    },
  };
  const e = await t.throwsAsync(runMatrix(unpreparedRun(out), [failing]));
  t.true(e instanceof HostError);
  t.is(e.message, 'the run stopped: disk full');

  const json = new ResultsJsonReporter(out);
  const blocker: Reporter = {
    onBegin: () => {
      rmSync(json.file);
      mkdirSync(json.file);
    },
  };
  const e2 = await t.throwsAsync(runMatrix(unpreparedRun(out), [json, blocker]));
  t.regex(e2.message, new RegExp(`^the run stopped: could not write ${json.file}: `));
});

test('an aborted run ends interrupted, with what finished', async (t) => {
  const out = tmp('abort');
  const abort = new AbortController();
  abort.abort();
  const results = await runMatrix(unpreparedRun(out, { signal: abort.signal }), []);
  t.true(results.interrupted);
  t.deepEqual(validateResults(results), []);
});
