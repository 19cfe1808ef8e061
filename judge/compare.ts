// This run against an earlier one, pair by pair. Verdicts are ranked by how
// bad they are for a live update; a pair that got worse is a regression,
// one that got better is fixed. `error` ranks worst: a run that can no
// longer decide a pair has lost something. A kernel's id in the matrix is
// its identity: "7.3" built from 7.3.4 last week and from 7.3.5 tonight is
// one kernel whose release changed, and a nightly compares across the bump.
// Suite tests and timings that changed are listed too, but only a verdict
// makes a regression.
import { pairKey } from './pair-key.ts';
import type { Change, Pair, Results, Verdict } from '../schemas/types/results.ts';

const RANK: Record<Verdict, number> = {
  compatible: 0,
  unsupported: 1,
  'incompatible-clean': 1,
  'data-loss': 2,
  'incompatible-hang': 2,
  'incompatible-panic': 3,
  error: 4,
};

/** A timing worth a line: more than half again (or less than half) and more than this many seconds apart */
const TIMING_SECONDS = 2;

function testStatuses(p: Pair): Map<string, string> {
  return new Map(p.suites.flatMap((s) => s.tests.map((t) => [`${s.name}/${t.name}`, t.status] as const)));
}

/** What changed inside a pair besides its verdict: releases under the same ids, suite tests, time. */
function details(was: Pair, now: Pair): Pick<Change, 'releases' | 'tests' | 'seconds'> {
  const out: Pick<Change, 'releases' | 'tests' | 'seconds'> = {};
  for (const side of ['source', 'target'] as const) {
    if (was[side].release !== now[side].release) (out.releases ??= {})[side] = { before: was[side].release, after: now[side].release };
  }
  const [a, b] = [testStatuses(was), testStatuses(now)];
  const regressed = [...b].filter(([n, s]) => s === 'fail' && a.get(n) === 'pass').map(([n]) => n);
  const fixed = [...b].filter(([n, s]) => s === 'pass' && a.get(n) === 'fail').map(([n]) => n);
  if (regressed.length || fixed.length) out.tests = { regressed, fixed };
  const [s0, s1] = [was.timings.total, now.timings.total];
  if (Math.abs(s1 - s0) > TIMING_SECONDS && (s1 > 1.5 * s0 || s1 < s0 / 1.5)) out.seconds = { before: s0, after: s1 };
  return out;
}

export function compareResults(before: Results, after: Results): Change[] {
  const old = new Map(before.pairs.map((p) => [pairKey(p.source.id, p.target.id), p]));
  const seen = new Set<string>();
  const out: Change[] = after.pairs.map((p) => {
    const k = pairKey(p.source.id, p.target.id);
    seen.add(k);
    const was = old.get(k);
    const base = { source: p.source.id, target: p.target.id, after: p.verdict };
    if (!was) return { ...base, change: 'new' };
    const d = RANK[p.verdict] - RANK[was.verdict];
    return { ...base, before: was.verdict, change: d > 0 ? 'regression' : d < 0 ? 'fixed' : 'unchanged', ...details(was, p) };
  });
  for (const p of before.pairs) {
    if (!seen.has(pairKey(p.source.id, p.target.id))) out.push({ source: p.source.id, target: p.target.id, before: p.verdict, change: 'gone' });
  }
  return out;
}

export function regressions(changes: readonly Change[]): Change[] {
  return changes.filter((c) => c.change === 'regression');
}

/** Whether a pair whose verdict held changed in a way worth a line. */
export function noteworthy(c: Change): boolean {
  return c.change !== 'unchanged' || !!(c.releases || c.tests || c.seconds);
}

/** A kernel of the pair by its id, "7.3 (7.3.4 -> 7.3.5)" where the release under the id changed. */
export function changedKernel(c: Change, side: 'source' | 'target'): string {
  const r = c.releases?.[side];
  return r ? `${c[side]} (${r.before} -> ${r.after})` : c[side];
}

/** The pair, with the releases that changed under its ids. */
export function changedPair(c: Change): string {
  return `${changedKernel(c, 'source')} -> ${changedKernel(c, 'target')}`;
}

/** What changed inside the pair besides its verdict. */
export function changeNotes(c: Change): string[] {
  return [
    c.tests?.regressed.length ? `tests now failing: ${c.tests.regressed.join(', ')}` : '',
    c.tests?.fixed.length ? `tests now passing: ${c.tests.fixed.join(', ')}` : '',
    c.seconds ? `time ${c.seconds.before.toFixed(1)} s -> ${c.seconds.after.toFixed(1)} s` : '',
  ].filter(Boolean);
}

/** The change after its kind: the pair, the verdicts, the notes. */
export function changeDetail(c: Change): string {
  const v = c.before && c.after ? `${c.before} -> ${c.after}` : (c.after ?? c.before);
  const notes = changeNotes(c);
  return `${changedPair(c)} (${v})${notes.length ? `; ${notes.join('; ')}` : ''}`;
}

export function describeChange(c: Change): string {
  return `${c.change}: ${changeDetail(c)}`;
}
