// The retry rule: what is retried, what is kept, when a pair is flaky.
import test from 'ava';
import { withRetries } from '../runners/retries.ts';
import type { Pair } from '../schemas/types/results.ts';

function result(verdict: Pair['verdict'], n: number): Pair {
  return {
    source: { id: 'a', release: '7.3.4' },
    target: { id: 'b', release: '7.3.4' },
    verdict,
    reason: `attempt ${n}`,
    suites: [],
    timings: { total: 1 },
    logs: { console: `pairs/a__b${n > 1 ? `/retry-${n}` : ''}/console.log` },
    reproducer: 'x',
  };
}

async function run(verdicts: Pair['verdict'][], retries: number) {
  const retried: number[] = [];
  const r = await withRetries((n) => Promise.resolve(result(verdicts[n - 1]!, n)), retries, (n) => retried.push(n));
  return { r, retried };
}

test('a kernel verdict is final at once', async (t) => {
  const { r, retried } = await run(['incompatible-panic'], 3);
  t.deepEqual(retried, []);
  t.false('attempts' in r);
});

test('a hang that passes on retry is flaky, with the earlier attempt kept', async (t) => {
  const { r, retried } = await run(['incompatible-hang', 'compatible'], 1);
  t.deepEqual(retried, [2]);
  t.is(r.verdict, 'compatible');
  t.deepEqual(r.attempts, [{ verdict: 'incompatible-hang', reason: 'attempt 1', logs: { console: 'pairs/a__b/console.log' } }]);
  t.true(r.flaky);
});

test('attempts that agree are not flaky; retries are bounded', async (t) => {
  const { r, retried } = await run(['error', 'error', 'error', 'error'], 2);
  t.deepEqual(retried, [2, 3]);
  t.is(r.attempts?.length, 2);
  t.false(r.flaky);
});
