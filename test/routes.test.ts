import test from 'ava';
import { findRoutes, routesToRun } from '../judge/routes.ts';
import { mergeResults } from '../judge/merge.ts';
import type { Pair, Path, Verdict } from '../schemas/types/results.ts';

function pair(from: string, to: string, verdict: Verdict, extra: Partial<Pair> = {}): Pair {
  return { source: { id: from, release: from }, target: { id: to, release: to }, verdict, reason: `${from} -> ${to} ${verdict}`, suites: [], timings: { total: 1 }, logs: { console: 'x' }, reproducer: 'x', ...extra };
}

const IDS = ['7.1', '7.2', '7.3'];
const UPGRADES = [{ from: '7.1', to: '7.2' }, { from: '7.1', to: '7.3' }, { from: '7.2', to: '7.3' }];

test('a compatible pair is a direct route; one through another kernel is untested until a path runs it', (t) => {
  const pairs = [pair('7.1', '7.2', 'compatible'), pair('7.2', '7.3', 'compatible'), pair('7.1', '7.3', 'incompatible-clean', { explanation: 'KHO kho-v3 -> kho-v4: the target refused the handover' })];
  const r = findRoutes(IDS, UPGRADES, pairs);
  t.like(r.find((x) => x.from === '7.2' && x.to === '7.3'), { status: 'direct', kernels: ['7.2', '7.3'] });
  t.like(r.find((x) => x.from === '7.1' && x.to === '7.3'), { status: 'untested', kernels: ['7.1', '7.2', '7.3'] });
  t.deepEqual(routesToRun(r), [['7.1', '7.2', '7.3']]);
});

test('a route whose path run lost the heirlooms is refuted, one that carried them verified', (t) => {
  const pairs = [pair('7.1', '7.2', 'compatible'), pair('7.2', '7.3', 'compatible')];
  const path = (verdict: Verdict): Path => ({ id: 'route-1', kernels: ['7.1', '7.2', '7.3'], origin: 'route', verdict, reason: 'r', hops: [] });
  t.like(findRoutes(IDS, UPGRADES, pairs, [path('data-loss')]).find((x) => x.to === '7.3' && x.from === '7.1'), { status: 'refuted', path: 'route-1' });
  t.like(findRoutes(IDS, UPGRADES, pairs, [path('compatible')]).find((x) => x.to === '7.3' && x.from === '7.1'), { status: 'verified' });
});

test('no route: the cold reboot names the direct hop and the component behind it', (t) => {
  const pairs = [pair('7.1', '7.3', 'incompatible-clean', { explanation: 'KHO kho-v3 -> kho-v4: the target refused the handover' }), pair('7.1', '7.2', 'incompatible-clean')];
  const r = findRoutes(IDS, UPGRADES, pairs).find((x) => x.from === '7.1' && x.to === '7.3')!;
  t.is(r.status, 'none');
  t.deepEqual(r.coldReboot, { source: '7.1', target: '7.3', because: 'incompatible-clean: KHO kho-v3 -> kho-v4: the target refused the handover' });
});

test('a route never passes through a kernel left unable to live-update again, but may end on one', (t) => {
  const stuck = { nextUpdate: { state: 'unusable' as const, evidence: 'EIO' } };
  const pairs = [pair('7.1', '7.2', 'compatible', stuck), pair('7.2', '7.3', 'compatible')];
  const r = findRoutes(IDS, UPGRADES, pairs);
  t.is(r.find((x) => x.from === '7.1' && x.to === '7.3')!.status, 'none');
  t.is(r.find((x) => x.from === '7.1' && x.to === '7.2')!.status, 'direct');
});

test('merged shards carry every shard\'s paths and find the routes no shard could', (t) => {
  const kernels = ['7.1', '7.2', '7.3'].map((id) => ({ id, ref: `debian-src:${id}.0`, kind: 'debian-src' as const, release: `${id}.0`, obtained: 'built', liveUpdate: { capable: true, why: 'ok' } }));
  const base = { schemaVersion: 1 as const, luqual: '0.1.0', startedAt: '2026-12-03T00:00:00.000Z', host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' as const }, matrix: 'm.yaml', kernels };
  const path: Path = { id: 'shard-1-path-1', kernels: ['7.1', '7.2', '7.3'], origin: 'declared', verdict: 'compatible', reason: 'r', hops: [] };
  const merged = mergeResults([
    { dir: 'a', results: { ...base, shard: { index: 1, count: 2 }, pairs: [pair('7.1', '7.2', 'compatible')], paths: [path] } },
    { dir: 'b', results: { ...base, shard: { index: 2, count: 2 }, pairs: [pair('7.2', '7.3', 'compatible')] } },
  ]);
  t.deepEqual(merged.paths?.map((p) => p.id), ['shard-1-path-1']);
  t.like(merged.routes?.find((r) => r.from === '7.1' && r.to === '7.3'), { status: 'verified', path: 'shard-1-path-1' });
  t.like(merged.routes?.find((r) => r.from === '7.1' && r.to === '7.2'), { status: 'direct' });
});
