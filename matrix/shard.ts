// Splitting a matrix's pairs across machines. Deterministic (every shard
// computes the same split on its own) and grouped by kernel, so that a
// shard builds as few kernels as it can: pairs are taken in order of
// their source, then target, and cut into N runs of near-equal length.
import { InputError } from '../judge/errors.ts';
import type { PlannedPair } from './pairs.ts';

export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new InputError(`--shard ${JSON.stringify(text)}: expected I/N with 1 <= I <= N, e.g. 2/3`);
  return { index, count };
}

export function shardPairs(pairs: readonly PlannedPair[], kernelOrder: readonly string[], s: Shard): PlannedPair[] {
  const rank = (id: string) => kernelOrder.indexOf(id);
  const sorted = [...pairs].sort((a, b) => rank(a.from) - rank(b.from) || rank(a.to) - rank(b.to));
  const start = Math.floor(((s.index - 1) * sorted.length) / s.count);
  const end = Math.floor((s.index * sorted.length) / s.count);
  return sorted.slice(start, end);
}
