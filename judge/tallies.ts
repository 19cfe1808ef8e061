// What a run's pairs add up to, counted once for every place that shows it
// (the terminal's summary, the HTML report, the Markdown summary) and for
// the exit code, so that they cannot disagree.
import { regressions } from './compare.ts';
import type { Pair, Path, Results, Verdict } from '../schemas/types/results.ts';

export interface Tallies {
  /** pairs per verdict; a verdict no pair reached is absent */
  verdicts: Partial<Record<Verdict, number>>;
  /** pairs that had an expectation */
  expected: number;
  /** of those, the pairs whose verdict met it */
  met: number;
  /** pairs whose verdict broke their expectation */
  broken: Pair[];
  /** pairs the kernels' handover formats predicted a verdict for */
  predicted: number;
  /** of those, the pairs whose verdict is not the predicted one: a kernel bug or a luqual bug */
  unexpected: Pair[];
  /** errors not already among the broken: luqual could not say what the kernels did */
  errors: Pair[];
  /** pairs whose attempts disagreed */
  flaky: Pair[];
  /** declared paths whose verdict broke the expectation a rule set for them */
  brokenPaths: Path[];
}

export function tallies(r: Pick<Results, 'pairs' | 'paths'>): Tallies {
  const verdicts: Partial<Record<Verdict, number>> = {};
  for (const p of r.pairs) verdicts[p.verdict] = (verdicts[p.verdict] ?? 0) + 1;
  const expected = r.pairs.filter((p) => p.expectation);
  const broken = expected.filter((p) => !p.expectation!.met);
  return {
    verdicts,
    expected: expected.length,
    met: expected.length - broken.length,
    broken,
    predicted: r.pairs.filter((p) => p.prediction).length,
    unexpected: r.pairs.filter((p) => p.prediction?.unexpected),
    errors: r.pairs.filter((p) => p.verdict === 'error' && !broken.includes(p)),
    flaky: r.pairs.filter((p) => p.flaky),
    brokenPaths: (r.paths ?? []).filter((p) => p.expectation && !p.expectation.met),
  };
}

/** Whether a pair makes its run fail by itself: it broke its expectation, was not as predicted, or could not be decided. */
export function pairFails(p: Pair): boolean {
  return (!!p.expectation && !p.expectation.met) || !!p.prediction?.unexpected || p.verdict === 'error';
}

/** A run's exit code, for `run` and `merge` alike: 1 when a pair or a declared path broke its expectation, a pair was not as predicted, could not be decided, or regressed. */
export function runExitCode(r: Pick<Results, 'pairs' | 'paths' | 'comparison'>): number {
  return r.pairs.some(pairFails) || tallies(r).brokenPaths.length || regressions(r.comparison?.changes ?? []).length ? 1 : 0;
}
