// One walk of kernels in one QEMU run: the first is booted cold, each
// following one is reached by a live update from the one before, so every
// hop is one pair. Each hop is judged from its own share of the console
// (judge/hops.ts), as a single pair's run is. A hop stands for its pair only
// while its source is as good as freshly booted: the hop into it restored
// everything (and finished it) or brought nothing, and it can start a live
// update of its own. From the first hop after which that does not hold, the
// rest of the walk is handed back to be run again from a cold boot.
//
// Every walk also hands heirlooms down from its first kernel (where its
// suites have any): the walk as a path (judge/path.ts). A path run (a
// declared path or a route) is a walk whose hops stand for no pair: its
// hops' files go into its own folder and nothing is handed back.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Phase } from './boot-run.ts';
import { hopCounter, hopTimings, observeHops, sliceLines, type HopSlice } from '../judge/hops.ts';
import { bootWalk, guestOffer, judgeHop, walkArch, pairDir, pairResult, type PairSettings } from './run-pair.ts';
import { judgePath, type PathJudgement } from '../judge/path.ts';
import { planSuites, type SuitePlan } from './suite-plan.ts';
import type { Walk } from '../matrix/walks.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Chain, Pair } from '../schemas/types/results.ts';

export interface ChainSettings extends Omit<PairSettings, 'reproducer' | 'attempt' | 'onPhase'> {
  id: string;
  reproducer: (source: PreparedKernel, target: PreparedKernel) => string;
  /** hop counts from 0 */
  onPhase?: (hop: number, phase: Phase) => void;
  /** a path run: its hops stand for no pair, and the whole walk is judged for its heirlooms */
  path?: boolean;
}

export interface ChainOutcome {
  /** the hops kept as their pairs' results, in walk order */
  pairs: Pair[];
  /** the kernels from where the walk stopped standing for single pairs, to run again */
  rest: Walk | null;
  record: Chain;
  /** what became of the heirlooms, when the walk carried any */
  heirlooms: PathJudgement | null;
}

/** Verdicts after which the target is as good as freshly booted, if it can live-update. */
const CLEAN: ReadonlySet<Pair['verdict']> = new Set(['compatible', 'incompatible-clean']);

/** Why the walk cannot go on after this hop, or null. */
function stopAfter(p: Pair, slice: HopSlice): string | null {
  if (!CLEAN.has(p.verdict)) return `ended ${p.verdict}`;
  // a source that cannot start a live update would stand for nothing of the next pair
  if (p.nextUpdate?.state === 'unusable' || slice.verify?.facts.liveupdate !== 'available') return `left ${p.target.id} unable to live-update again (${p.nextUpdate?.evidence ?? 'no /dev/liveupdate'})`;
  return null;
}

export async function runChain(walk: readonly PreparedKernel[], suites: SuitePlan, s: ChainSettings): Promise<ChainOutcome> {
  const guest = await guestOffer(s, walkArch(walk));
  const dir = join(s.outDir, 'chains', s.id);
  mkdirSync(dir, { recursive: true });
  const hopOf = hopCounter();
  const { run, consoleLog, qemuLog, startedAt } = await bootWalk(dir, walk, suites, s, (phase) => s.onPhase?.(hopOf(phase), phase));

  const hops = walk.length - 1;
  const observed = observeHops(run.console, hops, run.end, run.phase);
  const timings = hopTimings(run.spans);
  const pairs: Pair[] = [];
  const judged: Array<Pick<Pair, 'verdict' | 'reason'>> = [];
  let stop: string | null = null;
  for (const [i, { slice, observation, last }] of observed.entries()) {
    const [source, target] = [walk[i]!, walk[i + 1]!];
    // the walk's suites are this pair's too; what it skips, it skips for its own kernels
    const own = planSuites(s.suites, source, target, guest);
    if (stop) {
      // past where the hops stand for pairs: judged only for what became of the heirlooms
      judged.push(judgeHop(observation, source, target, own));
      continue;
    }
    const pdir = s.path ? join(dir, `hop-${i + 1}`) : pairDir(s.outDir, source, target);
    mkdirSync(pdir, { recursive: true });
    const hopConsole = join(pdir, 'console.log');
    writeFileSync(hopConsole, sliceLines(slice.ranges).map((n) => `${run.console.raw[n]}\n`).join(''));
    const p = pairResult(observation, timings[i] ?? { total: 0 }, { source, target, suites: own, dir: pdir, consoleLog: hopConsole, qemuLog, startedAt, chain: { id: s.id, hop: i + 1, hops }, chainConsole: consoleLog }, { ...s, reproducer: s.reproducer(source, target) });
    pairs.push(p);
    judged.push(p);
    const why = last && !slice.complete ? `ended ${p.verdict}` : i < hops - 1 && !s.path ? stopAfter(p, slice) : null;
    if (why) stop = `hop ${i + 1} (${source.id} -> ${target.id}) ${why}`;
  }
  const heirlooms = suites.heirlooms.length && s.heirlooms ? judgePath(walk.map((k) => k.id), observed.map(({ slice }, i) => ({ source: walk[i]!.id, target: walk[i + 1]!.id, verdict: judged[i]!.verdict, reason: judged[i]!.reason, ...(slice.preserve ? { preserve: slice.preserve } : {}), ...(slice.verify ? { verify: slice.verify } : {}) }))) : null;
  let end = stop ?? (pairs.length < hops ? `the run ended after hop ${pairs.length} (${run.phase})` : 'every hop ran');
  const rest = pairs.length < hops && !s.path ? walk.slice(pairs.length).map((k) => k.id) : null;
  if (rest) end += `; hops ${pairs.length + 1} to ${hops} run again from a cold boot of ${rest[0]}`;
  const record: Chain = {
    id: s.id,
    kernels: walk.map((k) => k.id),
    ran: observed.length,
    kept: pairs.length,
    seconds: Math.round(run.timings.total * 100) / 100,
    end,
    logs: { console: relative(s.outDir, consoleLog), qemu: relative(s.outDir, qemuLog) },
    ...(heirlooms ? { heirlooms: { verdict: heirlooms.verdict, reason: heirlooms.reason, ...(heirlooms.brokeAt ? { brokeAt: heirlooms.brokeAt } : {}) } } : {}),
  };
  return { pairs: s.path ? [] : pairs, rest, record, heirlooms };
}
