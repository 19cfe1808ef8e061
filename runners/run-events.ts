// What a run tells its listeners (reports/ has the reporters that listen),
// and the results header every run and replay begins with.
import { resolve } from 'node:path';
import { pairKey } from '../judge/pair-key.ts';
import type { Walk } from '../matrix/walks.ts';
import type { PlannedPair } from '../matrix/pairs.ts';
import type { Shard } from '../matrix/shard.ts';
import type { Phase } from './boot-run.ts';
import type { Chain, Host, Kernel, Pair, Results } from '../schemas/types/results.ts';

/** What a results file says before any pair: who ran what, where. */
export type ResultsHeader = Omit<Results, 'pairs'>;

/** The header of a run starting now; `matrix` is the matrix file it came from, if any. */
export function resultsHeader(h: { luqual: string; host: Host; matrix?: string | null; matrixSha256?: string; shard?: Shard | null; kernels: Kernel[] }): ResultsHeader {
  return {
    schemaVersion: 1,
    luqual: h.luqual,
    startedAt: new Date().toISOString(),
    host: h.host,
    ...(h.matrix ? { matrix: resolve(h.matrix) } : {}),
    ...(h.matrixSha256 ? { matrixSha256: h.matrixSha256 } : {}),
    ...(h.shard ? { shard: h.shard } : {}),
    kernels: h.kernels,
  };
}

/** Sorts pairs, in place, in the order they were planned; pairs not planned go last. */
export function inPlanOrder(pairs: Pair[], planned: readonly PlannedPair[]): Pair[] {
  const order = new Map(planned.map((p, i) => [pairKey(p.from, p.to), i]));
  const rank = (p: Pair) => order.get(pairKey(p.source.id, p.target.id)) ?? order.size;
  return pairs.sort((a, b) => rank(a) - rank(b));
}

export interface RunBegin {
  header: ResultsHeader;
  /** every pair of the run, kept ones too, in the order results.pairs lists them */
  planned: readonly PlannedPair[];
  /** pairs an earlier run finished that this one keeps (--resume): they get no pair end */
  kept: readonly Pair[];
}

/**
 * What a run tells as it goes; reports/reporter.ts's reporters are these.
 * A listener that throws stops the run, since a results file that cannot
 * be written would lose every pair after it: no pair or walk starts after
 * it, the ones running finish, and the run ends in a HostError with its
 * message.
 * A throw on a phase (onPhase, onWalkPhase) does the same: the runner
 * catches it, so the pair or walk it was told from goes on unharmed.
 */
export interface RunListener {
  onBegin?(run: RunBegin): void;
  /** a pair starts in a QEMU run of its own (a walk's hops have no pair begin) */
  onPairBegin?(pair: PlannedPair): void;
  onPhase?(pair: PlannedPair, phase: Phase): void;
  /** the pair is tried again after `previous`; `attempt` counts from 1 */
  onRetry?(pair: PlannedPair, attempt: number, previous: Pair): void;
  onWalkBegin?(id: string, walk: Walk): void;
  /** `hop` counts from 0: the walk is in walk[hop] -> walk[hop + 1] */
  onWalkPhase?(id: string, walk: Walk, hop: number, phase: Phase): void;
  onWalkEnd?(chain: Chain): void;
  /** a pair has its result, expectation included; an interrupted pair has none */
  onPairEnd?(pair: Pair): void;
  onEnd?(results: Results): void;
}
