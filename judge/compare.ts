// This run against an earlier one, pair by pair. Verdicts are ranked by how
// bad they are for a live update; a pair that got worse is a regression,
// one that got better is fixed. `error` ranks worst: a run that can no
// longer decide a pair has lost something.
import { pairKey } from './pair-key.ts';
import type { Change, Results, Verdict } from '../schemas/types/results.ts';

const RANK: Record<Verdict, number> = {
  compatible: 0,
  unsupported: 1,
  'incompatible-clean': 1,
  'data-loss': 2,
  'incompatible-hang': 2,
  'incompatible-panic': 3,
  error: 4,
};

export function compareResults(before: Results, after: Results): Change[] {
  const old = new Map(before.pairs.map((p) => [pairKey(p.source.id, p.target.id), p.verdict]));
  const seen = new Set<string>();
  const out: Change[] = after.pairs.map((p) => {
    const k = pairKey(p.source.id, p.target.id);
    seen.add(k);
    const was = old.get(k);
    const base = { source: p.source.id, target: p.target.id, after: p.verdict };
    if (!was) return { ...base, change: 'new' };
    const d = RANK[p.verdict] - RANK[was];
    return { ...base, before: was, change: d > 0 ? 'regression' : d < 0 ? 'fixed' : 'unchanged' };
  });
  for (const p of before.pairs) {
    if (!seen.has(pairKey(p.source.id, p.target.id))) out.push({ source: p.source.id, target: p.target.id, before: p.verdict, change: 'gone' });
  }
  return out;
}

export function regressions(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.change === 'regression');
}

export function describeChange(c: Change): string {
  const v = c.before && c.after ? `${c.before} -> ${c.after}` : (c.after ?? c.before);
  return `${c.change}: ${c.source} -> ${c.target} (${v})`;
}
