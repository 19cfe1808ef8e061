// --keep all|failures|none: which QEMU runs keep the files they booted from
// (runners/media.ts) once the run is over. `failures` keeps those of every
// QEMU run in which something ran that makes luqual exit 1: a pair that
// broke its expectation, was not as predicted, was an error or regressed
// against the baseline, a declared path that broke its expectation (for
// `luqual pair`: a verdict other than the one asked for). Not every pair
// that is not compatible: a pair expected to refuse (into or from a
// kernel without live update) answered what was asked, and keeping its
// media would keep the kernels on every green night.
import { pairKey } from './pair-key.ts';
import { regressions } from './compare.ts';
import { pairFails, tallies } from './tallies.ts';
import type { Results } from '../schemas/types/results.ts';

export const KEEP = ['all', 'failures', 'none'] as const;
export type Keep = (typeof KEEP)[number];
export const DEFAULT_KEEP: Keep = 'failures';

/** Whether a QEMU run keeps its media; `failed`: something that ran in it failed. */
export function keepsMedia(keep: Keep, failed: boolean): boolean {
  return keep === 'all' || (keep === 'failures' && failed);
}

/**
 * What failed in a run, named as runners/media.ts names what ran in a QEMU
 * run: pairs by their pair key, declared paths by their id (a pair key
 * holds a NUL, which no id does).
 */
export function failedInRun(r: Pick<Results, 'pairs' | 'paths' | 'comparison'>): Set<string> {
  return new Set([
    ...r.pairs.filter(pairFails).map((p) => pairKey(p.source.id, p.target.id)),
    ...regressions(r.comparison?.changes ?? []).map((c) => pairKey(c.source, c.target)),
    ...tallies(r).brokenPaths.map((p) => p.id),
  ]);
}
