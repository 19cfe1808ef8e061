// Which (source, target) pairs a matrix asks for, and what each must reach.
// Policies order kernels by the version their references name (a path
// reference: the release in its image's boot header, kernels/version-hint.ts),
// known before anything is built, so every shard plans alike.
import { pairKey } from '../judge/pair-key.ts';
import { compareReleases, upgradesOf } from '../judge/releases.ts';
import type { Expectation, Matrix, Policy } from '../schemas/types/matrix.ts';
import type { Expectation as PairExpectationRecord, Verdict } from '../schemas/types/results.ts';

export interface KernelVersion {
  id: string;
  release: string;
  /** default x86_64: a policy pairs kernels of one architecture only */
  arch?: string;
}

export interface PlannedPair {
  from: string;
  to: string;
}

/** Kernels oldest first; the matrix's order breaks ties. */
function byVersion(kernels: readonly KernelVersion[]): KernelVersion[] {
  return kernels.map((k, i) => ({ k, i })).sort((a, b) => compareReleases(a.k.release, b.k.release) || a.i - b.i).map((x) => x.k);
}

/** The policy's pairs among the kernels of each architecture: a live update stays on one. */
export function policyPairs(policy: Policy, kernels: readonly KernelVersion[]): PlannedPair[] {
  const arches = [...new Set(kernels.map((k) => k.arch ?? 'x86_64'))];
  return arches.flatMap((a) => policyPairsOf(policy, kernels.filter((k) => (k.arch ?? 'x86_64') === a)));
}

function policyPairsOf(policy: Policy, kernels: readonly KernelVersion[]): PlannedPair[] {
  const sorted = byVersion(kernels);
  switch (policy) {
    case 'all':
      return kernels.flatMap((a) => kernels.map((b) => ({ from: a.id, to: b.id })));
    case 'self':
      return kernels.map((k) => ({ from: k.id, to: k.id }));
    case 'upgrades':
      return upgradesOf(kernels);
    case 'adjacent':
      return sorted.slice(0, -1).map((a, i) => ({ from: a.id, to: sorted[i + 1]!.id }));
  }
}

const key = (p: PlannedPair) => pairKey(p.from, p.to);

export function plannedPairs(m: Pick<Matrix, 'pairs'>, kernels: readonly KernelVersion[]): PlannedPair[] {
  const spec = m.pairs ?? {};
  const policies: Policy[] = spec.policy === undefined ? (spec.list ? [] : ['all']) : Array.isArray(spec.policy) ? spec.policy : [spec.policy];
  const excluded = new Set((spec.exclude ?? []).map(key));
  const seen = new Set<string>();
  const out: PlannedPair[] = [];
  for (const p of [...policies.flatMap((pol) => policyPairs(pol, kernels)), ...(spec.list ?? [])]) {
    const k = key(p);
    if (seen.has(k) || excluded.has(k)) continue;
    seen.add(k);
    out.push({ from: p.from, to: p.to });
  }
  return out;
}

export const DEFAULT_EXPECTATIONS: Expectation[] = [{ policy: 'upgrades', verdict: 'compatible' }];

export interface PairExpectation {
  verdicts: PairExpectationRecord['verdicts'];
  /** which rule decided, in words */
  rule: string;
}

function describeRule(x: Expectation, index: number | null): string {
  const sel = [x.policy && `policy ${x.policy}`, x.from && `from ${x.from}`, x.to && `to ${x.to}`].filter(Boolean).join(', ') || 'every pair';
  return `${index === null ? 'default' : `expect[${index}]`}: ${sel}`;
}

/** The last expectation that matches the pair decides; null when none does. */
export function expectationFor(pair: PlannedPair, m: Pick<Matrix, 'expect'>, kernels: readonly KernelVersion[]): PairExpectation | null {
  const rules = m.expect ?? DEFAULT_EXPECTATIONS;
  let found: PairExpectation | null = null;
  rules.forEach((x, i) => {
    if (x.path !== undefined) return;
    if (x.from !== undefined && x.from !== pair.from) return;
    if (x.to !== undefined && x.to !== pair.to) return;
    if (x.policy && !policyPairs(x.policy, kernels).some((p) => p.from === pair.from && p.to === pair.to)) return;
    const [first, ...rest] = (Array.isArray(x.verdict) ? x.verdict : [x.verdict]) as Verdict[];
    found = { verdicts: [first!, ...rest], rule: describeRule(x, m.expect ? i : null) };
  });
  return found;
}

/** The last expectation that names this path decides; a path no rule names has none. */
export function pathExpectation(path: readonly string[], m: Pick<Matrix, 'expect'>): PairExpectation | null {
  let found: PairExpectation | null = null;
  (m.expect ?? []).forEach((x, i) => {
    if (!x.path || x.path.join('\n') !== path.join('\n')) return;
    const [first, ...rest] = (Array.isArray(x.verdict) ? x.verdict : [x.verdict]) as Verdict[];
    found = { verdicts: [first!, ...rest], rule: `expect[${i}]: path ${x.path.join(' -> ')}` };
  });
  return found;
}
