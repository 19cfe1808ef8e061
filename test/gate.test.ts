// The gate before a real live update: only a run of exactly these two images
// (matched by content) qualifies a pair; a prediction only explains.
import test from 'ava';
import { gate, type GateImage, type QualificationRun } from '../judge/gate.ts';
import type { AbiStrings, Pair, Results } from '../schemas/types/results.ts';
import { MINIMAL_PAIR, MINIMAL_RESULTS } from './helpers.ts';

// the formats read from the debian-src 7.1.13 and 7.3.4 images (as in abi.test.ts)
const K71: AbiStrings = { kho: ['kho-v3'], 'kho-test': ['kho-test-v1'], luo: ['luo-v1'], 'luo-flb': ['luo-flb-v1'], 'luo-session': ['luo-session-v2'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const K73: AbiStrings = { kho: ['kho-v4'], 'kho-test': ['kho-test-v1'], luo: ['luo-v5'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };

const image = (n: string, release: string, abi: AbiStrings | null): GateImage => ({ sha256: n.repeat(64), release, abi });
const A = image('a', '7.3.4', K73);
const B = image('b', '7.3.4', K73);
const OLD = image('c', '7.1.13', K71);

function results(pairs: Array<Partial<Pair> & { from: string; to: string }>, hashes: Record<string, string | undefined> = { a: A.sha256, b: B.sha256, c: OLD.sha256 }, startedAt = '2026-12-01T10:00:00Z'): Results {
  return {
    ...(MINIMAL_RESULTS as unknown as Results),
    startedAt,
    kernels: Object.entries(hashes).map(([id, sha256]) => ({ id, ref: id, kind: 'debian-src', release: '7.3.4', obtained: '', liveUpdate: { capable: true, why: '' }, ...(sha256 ? { sha256 } : {}) })),
    pairs: pairs.map(({ from, to, ...p }) => ({ ...(MINIMAL_PAIR as unknown as Pair), source: { id: from, release: '' }, target: { id: to, release: '' }, ...p })),
  };
}

const run = (file: string, r: Results): QualificationRun => ({ file, results: r });

test('a run that showed exactly these images compatible qualifies them, cited by date and file', (t) => {
  const g = gate(A, B, [run('night.json', results([{ from: 'a', to: 'b' }]))]);
  t.true(g.qualified);
  t.is(g.line, 'qualified compatible on 2026-12-01 by night.json (a -> b)');
});

test('kernels are matched by their image hash, not their names: other images of the same ids are not qualified', (t) => {
  const other = results([{ from: 'a', to: 'b' }], { a: 'd'.repeat(64), b: B.sha256 });
  const g = gate(A, B, [run('night.json', other)]);
  t.false(g.qualified);
  t.is(g.line, 'not qualified: this pair was never run (its formats predict compatible)');
  t.is(gate(B, A, [run('night.json', results([{ from: 'a', to: 'b' }]))]).qualified, false, 'the reverse direction is another pair');
});

test('an unrun pair whose formats differ is named by the component that breaks it', (t) => {
  const g = gate(OLD, A, [run('night.json', results([{ from: 'a', to: 'b' }]))]);
  t.false(g.qualified);
  t.is(g.line, 'not qualified: predicted incompatible-clean: KHO root kho-v3 -> kho-v4: the target refuses it');
  t.like(g.prediction, { verdict: 'incompatible-clean' });
});

test('a run that showed anything but compatible stops the gate, with its reason, whatever the formats predict', (t) => {
  const g = gate(A, B, [run('night.json', results([{ from: 'a', to: 'b', verdict: 'data-loss', reason: 'memfd/page corrupt on b' }]))]);
  t.false(g.qualified);
  t.is(g.line, 'not qualified: data-loss on 2026-12-01 by night.json (a -> b): memfd/page corrupt on b');
});

test('runs that disagree do not qualify; nor does a flaky compatible or one that lost carried state', (t) => {
  const good = run('mon.json', results([{ from: 'a', to: 'b' }], undefined, '2026-12-01T00:00:00Z'));
  const bad = run('tue.json', results([{ from: 'a', to: 'b', verdict: 'incompatible-hang', reason: 'the target stopped' }], undefined, '2026-12-02T00:00:00Z'));
  t.is(gate(A, B, [good, bad]).line, 'not qualified: incompatible-hang on 2026-12-02 by tue.json (a -> b): the target stopped (2 runs of this pair)');
  const flaky = run('f.json', results([{ from: 'a', to: 'b', flaky: true, attempts: [{ verdict: 'incompatible-hang', reason: 'x', logs: { console: 'c' } }] }]));
  t.regex(gate(A, B, [flaky]).line, /^not qualified: compatible .*: compatible only after 1 failed attempt\(s\), the first incompatible-hang$/);
  const lost = run('l.json', results([{ from: 'a', to: 'b', heirloomsLost: { walk: 'w', hop: 2, evidence: 'memfd/64M corrupt' } }]));
  t.regex(gate(A, B, [lost]).line, /state carried from an earlier kernel was lost on this hop \(memfd\/64M corrupt\)$/);
});

test('results without image hashes are said to be too old to match', (t) => {
  const g = gate(A, B, [run('old.json', results([{ from: 'a', to: 'b' }], { a: undefined, b: undefined }))]);
  t.false(g.qualified);
  t.regex(g.line, /old\.json record no image hashes/);
});

test('KHO\'s own users do not decide a workload\'s fate: a target without the KHO self-test is still predicted compatible', (t) => {
  const noTest: AbiStrings = Object.fromEntries(Object.entries(K73).filter(([f]) => f !== 'kho-test'));
  t.like(gate(A, { ...B, abi: noTest }, []).prediction, { verdict: 'compatible' });
});
