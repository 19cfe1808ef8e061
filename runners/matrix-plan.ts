// What a matrix run will run, before anything boots: the planned pairs,
// the pairs an earlier run keeps, which pairs can walk, how many run at once.
import { cpus } from 'node:os';
import { planSuites, type GuestOffer, type SuitePlan } from './suite-plan.ts';
import { plannedPairs, type KernelVersion, type PlannedPair } from '../matrix/pairs.ts';
import { shardPairs, type Shard } from '../matrix/shard.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { versionHint } from '../kernels/version-hint.ts';
import type { Accel } from './qemu.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Arch } from '../kernels/arch.ts';
import type { Kernel, Pair, Results } from '../schemas/types/results.ts';

export interface MatrixPlan {
  versions: KernelVersion[];
  /** in the order results.pairs lists them */
  pairs: PlannedPair[];
  shard: Shard | null;
}

/**
 * The pairs to run, planned from the versions the references name, before
 * anything is built: every shard of a matrix plans the same way.
 */
export function planMatrix(m: LoadedMatrix, shard: Shard | null): MatrixPlan {
  const versions = m.kernels.map((k) => ({ id: k.id, release: versionHint(parseKernelRef(k.ref), m.base), arch: k.arch ?? 'x86_64' }));
  const all = plannedPairs(m, versions);
  return { versions, pairs: shard ? shardPairs(all, m.kernels.map((k) => k.id), shard) : all, shard };
}

/**
 * The pairs of an earlier run that still stand: planned now, run on the
 * same kernels (same release and origin), and not an error.
 */
export function keptPairs(previous: Results, now: Kernel[], planned: readonly PlannedPair[]): Pair[] {
  const same = (id: string) => {
    const a = previous.kernels.find((k) => k.id === id);
    const b = now.find((k) => k.id === id);
    return !!a && !!b && JSON.stringify(a) === JSON.stringify(b);
  };
  return previous.pairs.filter((p) => p.verdict !== 'error' && same(p.source.id) && same(p.target.id) && planned.some((q) => q.from === p.source.id && q.to === p.target.id));
}

/**
 * The pairs worth walking: those whose source can live-update (by its
 * config), grouped by what their suites need, since every stage of a walk
 * boots with one command line and runs one list of suites.
 */
export function chainable(pending: readonly PlannedPair[], byId: ReadonlyMap<string, PreparedKernel>, suites: readonly string[], guestOf: (arch: Arch) => GuestOffer) {
  const walks = new Map<string, { suites: SuitePlan; pairs: PlannedPair[] }>();
  const single: PlannedPair[] = [];
  for (const p of pending) {
    const [source, target] = [byId.get(p.from)!, byId.get(p.to)!];
    if (source.capability.capable !== true) {
      single.push(p);
      continue;
    }
    const plan = planSuites(suites, source, target, guestOf(source.arch));
    // one walk boots one board
    const key = JSON.stringify([source.arch, plan.run, plan.cmdline]);
    if (!walks.has(key)) walks.set(key, { suites: plan, pairs: [] });
    walks.get(key)!.pairs.push(p);
  }
  return { walks, single };
}

/** Under TCG a guest runs on one host thread (see runners/qemu.ts); under KVM on one per vCPU. */
export function defaultParallel(accel: Accel, guestCpus: number): number {
  return Math.max(1, Math.floor(cpus().length / (accel === 'tcg' ? 1 : guestCpus)));
}
