// luqual path on results files made here: the answer's first line, its
// evidence, and the exit code (0 a run showed a live route, 1 none, 2 bad input).
import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { luqual, MINIMAL_PAIR, MINIMAL_RESULTS } from './helpers.ts';

const kernel = (id: string, release: string) => ({ id, ref: `debian-src:${release}`, kind: 'debian-src', release, obtained: 'built', liveUpdate: { capable: true, why: 'ok' } });
const pair = (from: string, to: string, verdict: string, extra: object = {}) => ({ ...MINIMAL_PAIR, source: { id: from, release: from }, target: { id: to, release: to }, verdict, reason: `${from} -> ${to}: ${verdict}`, ...extra });

function resultsFile(extra: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-path-'));
  const file = join(dir, 'results.json');
  writeFileSync(file, JSON.stringify({ ...MINIMAL_RESULTS, kernels: [kernel('a', '7.1.13'), kernel('b', '7.2.12'), kernel('c', '7.3.4')], ...extra }));
  return file;
}

const GRID = [pair('a', 'b', 'compatible'), pair('b', 'c', 'compatible'), pair('a', 'c', 'incompatible-clean', { explanation: 'KHO kho-v3 -> kho-v4: the target refused the handover' })];
const PATH = { id: 'path-1', kernels: ['a', 'b', 'c'], origin: 'route', chain: 'path-1', hops: [] };

test('a route a path run verified: exit 0, the route and its evidence', async (t) => {
  const file = resultsFile({ pairs: GRID, paths: [{ ...PATH, verdict: 'compatible', reason: 'all 5 heirlooms born on a arrived verified on c after 2 live updates' }] });
  const r = await luqual(['path', 'a', 'c', '--results', file]);
  t.is(r.exitCode, 0, r.all);
  t.is(r.stdout, 'a -> c: live update via b\n  path-1: all 5 heirlooms born on a arrived verified on c after 2 live updates');
});

test('a route never run with heirlooms, one refuted, and none at all: exit 1, saying which', async (t) => {
  const untested = await luqual(['path', 'a', 'c', '--results', resultsFile({ pairs: GRID })]);
  t.is(untested.exitCode, 1);
  t.regex(untested.stdout, /^a -> c: no verified live route: via b is compatible hop by hop but was never run with heirlooms/);
  const refuted = await luqual(['path', 'a', 'c', '--results', resultsFile({ pairs: GRID, paths: [{ ...PATH, verdict: 'data-loss', reason: 'hop 2 (b -> c): 1 of 5 heirlooms did not arrive intact on c' }] })]);
  t.is(refuted.exitCode, 1);
  t.regex(refuted.stdout, /^a -> c: no verified live route: the route via b lost state; reboot cold\n {2}path-1: hop 2/);
  const none = await luqual(['path', 'a', 'c', '--results', resultsFile({ pairs: [GRID[2]] })]);
  t.is(none.exitCode, 1);
  t.is(none.stdout, 'a -> c: no live route: reboot cold at a -> c\n  because incompatible-clean: KHO kho-v3 -> kho-v4: the target refused the handover');
});

test('bad input: exit 2 with one line', async (t) => {
  const file = resultsFile({ pairs: GRID });
  for (const [args, why] of [
    [['path', 'a', 'x', '--results', file], /^luqual: x: no kernel of that id in .* \(it has a, b, c\)$/],
    [['path', 'a', 'a', '--results', file], /a path needs two different kernels/],
    [['path', 'a', 'c'], /path takes one --results RESULTS\.json/],
    [['path', 'a', 'c', '--results', join(tmpdir(), 'no-such-results.json')], /no such file/],
  ] as const) {
    const r = await luqual([...args]);
    t.is(r.exitCode, 2, r.all);
    t.regex(r.stderr, why);
  }
});
