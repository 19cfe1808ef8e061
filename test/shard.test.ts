import test from 'ava';
import { parseShard, shardPairs } from '../matrix/shard.ts';
import { policyPairs } from '../matrix/pairs.ts';
import { InputError } from '../judge/errors.ts';

const K = ['a', 'b', 'c'].map((id, i) => ({ id, release: `7.${i}` }));

test('shards cover every pair once, the same way every time', (t) => {
  const all = policyPairs('all', K);
  const shards = [1, 2, 3].map((i) => shardPairs(all, ['a', 'b', 'c'], { index: i, count: 3 }));
  t.deepEqual(shards.flat().map((p) => p.from + p.to).sort(), all.map((p) => p.from + p.to).sort());
  t.deepEqual(shards.map((s) => s.length), [3, 3, 3]);
  t.deepEqual(shards[0]!.map((p) => p.from + p.to), ['aa', 'ab', 'ac'], 'grouped by source');
  t.deepEqual(shardPairs([...all].reverse(), ['a', 'b', 'c'], { index: 2, count: 3 }), shards[1]);
});

test('--shard syntax', (t) => {
  t.deepEqual(parseShard('2/3'), { index: 2, count: 3 });
  for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) t.throws(() => parseShard(bad), { instanceOf: InputError, message: /expected I\/N/ });
});
