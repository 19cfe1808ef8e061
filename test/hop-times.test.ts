import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hopCosts, recordHopTimes } from '../runners/hop-times.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Pair } from '../schemas/types/results.ts';

const kernel = (id: string) => ({ id, image: `/cache/${id}/bzImage`, cmdline: '' }) as PreparedKernel;
const byId = new Map(['a', 'b', 'c'].map((id) => [id, kernel(id)]));
const pair = (from: string, to: string, verdict: Pair['verdict'], stage1: number, kexec: number, stage2: number) =>
  ({ source: { id: from }, target: { id: to }, verdict, timings: { boot: 2, stage1, kexec, stage2, total: 2 + stage1 + kexec + stage2 } }) as unknown as Pair;

test('a hop costs what it took last time (its stages and kexec, not the cold boot), averaged with before', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'hop-times-'));
  recordHopTimes(cache, [pair('a', 'b', 'compatible', 1, 2, 1), pair('b', 'c', 'incompatible-clean', 1, 1, 0)], byId, ['memfd']);
  let cost = hopCosts(cache, byId, ['memfd']);
  t.is(cost('a', 'b'), 4);
  t.is(cost('b', 'c'), 2);
  t.is(cost('c', 'a'), 3, 'a hop never seen costs the median of those seen');
  recordHopTimes(cache, [pair('a', 'b', 'compatible', 3, 2, 1)], byId, ['memfd']);
  cost = hopCosts(cache, byId, ['memfd']);
  t.is(cost('a', 'b'), 5, 'the mean of 4 and 6');
  t.is(hopCosts(cache, byId, ['memfd', 'kho'])('a', 'b'), 3.5, 'other suites are another hop: the median of 5 and 2');
});

test('an error says nothing of the kernels, and a missing or broken file means equal costs', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'hop-times-'));
  t.is(hopCosts(cache, byId, ['memfd'])('a', 'b'), 1);
  recordHopTimes(cache, [pair('a', 'b', 'error', 9, 9, 9)], byId, ['memfd']);
  t.is(hopCosts(cache, byId, ['memfd'])('a', 'b'), 1);
  writeFileSync(join(cache, 'hop-times.json'), '{not json');
  t.is(hopCosts(cache, byId, ['memfd'])('a', 'b'), 1);
});
