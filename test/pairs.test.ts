import test from 'ava';
import { expectationFor, plannedPairs, policyPairs } from '../matrix/pairs.ts';
import { compareReleases } from '../judge/releases.ts';
import { versionHint } from '../kernels/version-hint.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import type { Matrix } from '../schemas/types/matrix.ts';

const K = [
  { id: 'new', release: '7.3.4' },
  { id: 'old', release: '6.12.107' },
  { id: 'stock', release: '7.3.4+deb13-amd64' },
  { id: 'mid', release: '7.2.12' },
];
const names = (ps: { from: string; to: string }[]) => ps.map((p) => `${p.from}>${p.to}`);

test('releases compare by number, not by text', (t) => {
  t.true(compareReleases('6.12.107', '7.2.12') < 0);
  t.true(compareReleases('7.10', '7.9') > 0);
  t.is(compareReleases('7.3.4', '7.3.4+deb13-amd64'), 0);
});

test('a series reference, planned before it is resolved, is the newest of its series; latest the newest of all', (t) => {
  const hint = (ref: string) => versionHint(parseKernelRef(ref), '.');
  t.deepEqual([hint('debian-src:7.3.x'), hint('debian:latest')], ['7.3.x', 'latest']);
  t.true(compareReleases('7.3.x', '7.3.4') > 0);
  t.true(compareReleases('7.3.x', '7.4.1') < 0);
  t.true(compareReleases('latest', '7.3.x') > 0);
  t.is(compareReleases('7.3.x', '7.3.x'), 0);
  t.is(compareReleases('latest', 'latest'), 0);
  const series = [...K, { id: '7.3.x', release: '7.3.x' }];
  t.deepEqual(names(policyPairs('upgrades', series)).filter((p) => p.includes('7.3.x')).sort(), ['mid>7.3.x', 'new>7.3.x', 'old>7.3.x', 'stock>7.3.x']);
});

test('policies', (t) => {
  t.is(policyPairs('all', K).length, 16);
  t.deepEqual(names(policyPairs('self', K)), ['new>new', 'old>old', 'stock>stock', 'mid>mid']);
  t.deepEqual(names(policyPairs('upgrades', K)).sort(), ['mid>new', 'mid>stock', 'old>mid', 'old>new', 'old>stock'].sort());
  t.deepEqual(names(policyPairs('adjacent', K)), ['old>mid', 'mid>new', 'new>stock']);
});

test('policies and a list combine, without duplicates; exclude wins', (t) => {
  const m: Pick<Matrix, 'pairs'> = { pairs: { policy: ['self', 'adjacent'], list: [{ from: 'new', to: 'old' }, { from: 'old', to: 'old' }], exclude: [{ from: 'stock', to: 'stock' }] } };
  t.deepEqual(names(plannedPairs(m, K)), ['new>new', 'old>old', 'mid>mid', 'old>mid', 'mid>new', 'new>stock', 'new>old']);
  t.is(plannedPairs({}, K).length, 16, 'default: all');
  t.deepEqual(names(plannedPairs({ pairs: { list: [{ from: 'old', to: 'new' }] } }, K)), ['old>new'], 'a list alone is just the list');
});

test('expectations: the default asks upgrades to be compatible; the last match decides', (t) => {
  t.deepEqual(expectationFor({ from: 'old', to: 'new' }, {}, K), { verdicts: ['compatible'], rule: 'default: policy upgrades' });
  t.is(expectationFor({ from: 'new', to: 'old' }, {}, K), null);
  const m: Pick<Matrix, 'expect'> = { expect: [{ policy: 'upgrades', verdict: 'compatible' }, { to: 'stock', verdict: ['incompatible-clean', 'unsupported'] }] };
  t.deepEqual(expectationFor({ from: 'old', to: 'stock' }, m, K), { verdicts: ['incompatible-clean', 'unsupported'], rule: 'expect[1]: to stock' });
});
