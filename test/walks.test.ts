import test from 'ava';
import { coverWalks, MAX_HOPS, planWalks, walkCost, walkPairs, type Walk } from '../matrix/walks.ts';
import { policyPairs } from '../matrix/pairs.ts';
import type { PlannedPair } from '../matrix/pairs.ts';

const kernels = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `k${i}`, release: `7.${i}` }));
const key = (p: PlannedPair) => `${p.from}>${p.to}`;

/** Every pair exactly once, and every walk a real walk (each hop starts where the last ended). */
function assertCovers(t: import('ava').ExecutionContext, walks: Walk[], pairs: PlannedPair[]) {
  const run = walks.flatMap(walkPairs).map(key);
  t.deepEqual([...run].sort(), pairs.map(key).sort());
  t.is(new Set(run).size, run.length, 'no pair twice');
  for (const w of walks) t.true(w.length >= 2, `walk ${w.join('>')} has a hop`);
}

test('all ordered pairs of 4 kernels (self-pairs too) are one Eulerian circuit', (t) => {
  const pairs = policyPairs('all', kernels(4));
  const walks = coverWalks(pairs);
  t.is(walks.length, 1);
  t.is(walks[0]!.length, 17);
  t.is(walks[0]![0], walks[0]!.at(-1), 'closed');
  assertCovers(t, walks, pairs);
});

test('two slots: the circuit is cut in two halves, the second starting where the first ends', (t) => {
  const pairs = policyPairs('all', kernels(4));
  const walks = planWalks(pairs, 2);
  t.deepEqual(walks.map((w) => w.length - 1), [8, 8]);
  assertCovers(t, walks, pairs);
});

test('no circuit (upgrades only): one walk per unit of imbalance, still every pair once', (t) => {
  const pairs = policyPairs('upgrades', kernels(4));
  const walks = coverWalks(pairs);
  // k0 has 3 pairs out and none in, k1 2 out and 1 in: 3 + 1 walks must start
  t.is(walks.length, 4);
  assertCovers(t, walks, pairs);
});

test('a graph in separate parts gets a walk for each part', (t) => {
  const pairs = [{ from: 'a', to: 'b' }, { from: 'b', to: 'a' }, { from: 'c', to: 'c' }, { from: 'd', to: 'e' }];
  const walks = coverWalks(pairs);
  t.is(walks.length, 3);
  assertCovers(t, walks, pairs);
});

test('re-planning the rest of a walk that stopped gives back exactly its pairs', (t) => {
  const [walk] = planWalks(policyPairs('all', kernels(3)), 1);
  // the walk stopped after its third hop: from the fourth kernel on, run again
  const rest = walk!.slice(3);
  const again = planWalks(walkPairs(rest), 1);
  assertCovers(t, again, walkPairs(rest));
  t.deepEqual(again.flatMap(walkPairs).map(key).sort(), walkPairs(walk!).slice(3).map(key).sort());
});

test('the walks of a plan are one known answer (every shard plans them alike), and none is longer than MAX_HOPS', (t) => {
  t.deepEqual(planWalks(policyPairs('all', kernels(3)), 1), [['k0', 'k0', 'k1', 'k0', 'k2', 'k1', 'k1', 'k2', 'k2', 'k0']]);
  const pairs = policyPairs('all', kernels(8));
  const walks = planWalks(pairs, 1);
  t.true(walks.every((w) => w.length - 1 <= MAX_HOPS));
  t.is(walks.length, 2);
  assertCovers(t, walks, pairs);
});

test('with hop costs, two slots get halves of equal time, not of equal hops', (t) => {
  const pairs = policyPairs('all', kernels(4));
  // hops touching k0 take five times as long, as a slower kernel's do
  const cost = (a: string, b: string) => (a === 'k0' || b === 'k0' ? 5 : 1);
  const walks = planWalks(pairs, 2, cost);
  assertCovers(t, walks, pairs);
  t.is(walks.length, 2);
  const [x, y] = walks.map((w) => walkCost(w, cost));
  t.true(Math.abs(x! - y!) <= 5, `halves of ${x} and ${y}`);
  t.notDeepEqual(walks.map((w) => w.length - 1), [8, 8], 'the hop counts differ to even out the time');
  t.deepEqual(planWalks(pairs, 2), planWalks(pairs, 2, () => 3), 'equal costs cut as hop counts do');
});

test('two slots: the circuit is started where its cut leaves the costliest half cheapest', (t) => {
  const pairs = policyPairs('all', kernels(4));
  const [circuit] = coverWalks(pairs);
  const hops = walkPairs(circuit!);
  // the best any two cuts of the circle can do, by trying them all
  const best = (cost: (a: string, b: string) => number) => {
    const c = hops.map((p) => cost(p.from, p.to));
    const total = c.reduce((s, x) => s + x, 0);
    let min = Infinity;
    for (let i = 0; i < c.length; i++)
      for (let j = i + 1; j < c.length; j++) {
        const a = c.slice(i, j).reduce((s, x) => s + x, 0);
        min = Math.min(min, Math.max(a, total - a));
      }
    return min;
  };
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  for (let round = 0; round < 20; round++) {
    const table = new Map(hops.map((p) => [key(p), 3 + 4 * random()]));
    const cost = (a: string, b: string) => table.get(`${a}>${b}`)!;
    const walks = planWalks(pairs, 2, cost);
    assertCovers(t, walks, pairs);
    const worst = Math.max(...walks.map((w) => walkCost(w, cost)));
    t.true(Math.abs(worst - best(cost)) < 1e-9, `round ${round}: ${worst} against the best ${best(cost)}`);
  }
});

test('a walk that is no circuit keeps its ends when cut by cost', (t) => {
  // s only receives (a kernel that cannot live-update): the walks end there
  const pairs: PlannedPair[] = [['a', 'a'], ['a', 'b'], ['b', 'a'], ['b', 'b'], ['a', 's'], ['b', 's']].map(([from, to]) => ({ from: from!, to: to! }));
  for (const cost of [undefined, (a: string) => (a === 'a' ? 2 : 1)]) assertCovers(t, planWalks(pairs, 2, cost), pairs);
});
