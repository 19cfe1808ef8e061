// A whole matrix: every kernel prepared once, then the planned pairs through
// a queue, each result written to disk as soon as it is known so that an
// interrupted run keeps what it finished.
import PQueue from 'p-queue';
import { cpus } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pairKey } from '../judge/pair-key.ts';
import { HostError, MissingToolError } from '../judge/errors.ts';
import { kernelRecord, prepareEntry } from '../kernels/entry.ts';
import { failedPair, guestOffer, runPair, type PairSettings } from './run-pair.ts';
import { runChain, type ChainOutcome } from './run-chain.ts';
import { planWalks, walkPairs, type Walk } from '../matrix/walks.ts';
import { hopCosts, recordHopTimes } from './hop-times.ts';
import { planSuites, type GuestOffer, type SuitePlan } from './suite-plan.ts';
import { expectationFor, plannedPairs, type KernelVersion, type PlannedPair } from '../matrix/pairs.ts';
import { shardPairs, type Shard } from '../matrix/shard.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { versionHint } from '../kernels/version-hint.ts';
import { availableSuites } from '../suites/registry.ts';
import { DEFAULT_TIMEOUTS, type Phase } from './boot-run.ts';
import { shellQuote, type Accel } from './qemu.ts';
import { writeResults } from '../host/results-file.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Chain, Host, Kernel, Pair, Results } from '../schemas/types/results.ts';

/** Verdicts that may come from the host or the emulator rather than the kernels. */
const RETRIED: ReadonlySet<Pair['verdict']> = new Set(['error', 'incompatible-hang']);
export const DEFAULT_RETRIES = 1;

/**
 * Runs a pair until it reaches a verdict that is not retried, or runs out
 * of attempts. The last attempt is the pair's result; earlier ones are kept
 * in it, and attempts that disagree make it flaky.
 */
export async function withRetries(run: (attempt: number) => Promise<Pair>, retries: number, onRetry: (attempt: number, previous: Pair) => void): Promise<Pair> {
  const earlier: Pair[] = [];
  let result = await run(1);
  while (RETRIED.has(result.verdict) && earlier.length < retries) {
    earlier.push(result);
    onRetry(earlier.length + 1, result);
    result = await run(earlier.length + 1);
  }
  if (earlier.length) {
    result.attempts = earlier.map((a) => ({ verdict: a.verdict, reason: a.reason, logs: { console: a.logs.console } }));
    result.flaky = earlier.some((a) => a.verdict !== result.verdict);
  }
  return result;
}

export type RunEvent =
  | { kind: 'kernel'; message: string }
  | { kind: 'planned'; pairs: PlannedPair[]; kept: number }
  | { kind: 'start'; pair: PlannedPair }
  | { kind: 'phase'; pair: PlannedPair; phase: Phase }
  | { kind: 'retry'; pair: PlannedPair; attempt: number; previous: Pair }
  | { kind: 'chain-start'; id: string; walk: Walk }
  | { kind: 'chain-phase'; id: string; walk: Walk; hop: number; phase: Phase }
  | { kind: 'chain-end'; chain: Chain }
  | { kind: 'done'; pair: PlannedPair; result: Pair };

/** A kernel of the matrix that could not be had (its build failed, its download did): its pairs are errors. */
export interface UnpreparedKernel {
  id: string;
  ref: string;
  /** the version its reference names */
  release: string;
  error: HostError;
}

/** What the results say of a kernel that could not be had. */
function unpreparedRecord(k: UnpreparedKernel): Kernel {
  const why = `could not be prepared: ${k.error.message.split('\n')[0]}`;
  return { id: k.id, ref: k.ref, kind: parseKernelRef(k.ref).kind, release: k.release, obtained: why, liveUpdate: { capable: null, why } };
}

export interface MatrixKernels {
  prepared: PreparedKernel[];
  unprepared: UnpreparedKernel[];
}

/**
 * Kernels in matrix order, each prepared once; only those some pair uses.
 * A kernel that fails to build is its pairs' error and the others still
 * run; bad input, or a tool the host lacks (which every build would miss),
 * stops the run.
 */
export async function prepareMatrixKernels(m: LoadedMatrix, plan: MatrixPlan, cache: string, onEvent: (e: RunEvent) => void): Promise<MatrixKernels> {
  const used = new Set(plan.pairs.flatMap((p) => [p.from, p.to]));
  const out: MatrixKernels = { prepared: [], unprepared: [] };
  for (const e of m.kernels.filter((k) => used.has(k.id))) {
    try {
      out.prepared.push(await prepareEntry(e, m.base, cache, (message) => onEvent({ kind: 'kernel', message })));
    } catch (err) {
      if (!(err instanceof HostError) || err instanceof MissingToolError) throw err;
      onEvent({ kind: 'kernel', message: `${e.id}: could not be prepared, its pairs are errors: ${err.message}` });
      out.unprepared.push({ id: e.id, ref: e.ref, release: plan.versions.find((v) => v.id === e.id)!.release, error: err });
    }
  }
  if (!out.prepared.length) throw out.unprepared[0]!.error;
  return out;
}

export interface MatrixPlan {
  versions: KernelVersion[];
  pairs: PlannedPair[];
}

/**
 * The pairs to run, planned from the versions the references name, before
 * anything is built: every shard of a matrix plans the same way.
 */
export function planMatrix(m: LoadedMatrix, shard: Shard | null): MatrixPlan {
  const versions = m.kernels.map((k) => ({ id: k.id, release: versionHint(parseKernelRef(k.ref), m.base) }));
  const all = plannedPairs(m, versions);
  return { versions, pairs: shard ? shardPairs(all, m.kernels.map((k) => k.id), shard) : all };
}

export interface MatrixRunOptions {
  matrix: LoadedMatrix;
  plan: MatrixPlan;
  shard: Shard | null;
  kernels: PreparedKernel[];
  /** kernels that could not be had: every pair with one is an error */
  unprepared?: UnpreparedKernel[];
  host: Host;
  accel: Accel;
  outDir: string;
  cache: string;
  qemu: string;
  luqualVersion: string;
  /** an earlier run into the same directory whose finished pairs are kept */
  previous?: Results | null;
  /** walk kernels in one QEMU run each where the sources can live-update (false: --no-chain) */
  chain: boolean;
  onEvent: (e: RunEvent) => void;
  signal: AbortSignal;
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
export function chainable(pending: readonly PlannedPair[], byId: ReadonlyMap<string, PreparedKernel>, suites: readonly string[], guest: GuestOffer) {
  const walks = new Map<string, { suites: SuitePlan; pairs: PlannedPair[] }>();
  const single: PlannedPair[] = [];
  for (const p of pending) {
    const [source, target] = [byId.get(p.from)!, byId.get(p.to)!];
    if (source.capability.capable !== true) {
      single.push(p);
      continue;
    }
    const plan = planSuites(suites, source, target, guest);
    const key = JSON.stringify([plan.run, plan.cmdline]);
    if (!walks.has(key)) walks.set(key, { suites: plan, pairs: [] });
    walks.get(key)!.pairs.push(p);
  }
  return { walks, single };
}

/** Under TCG a guest runs on one host thread (see runners/qemu.ts); under KVM on one per vCPU. */
export function defaultParallel(accel: Accel, guestCpus: number): number {
  return Math.max(1, Math.floor(cpus().length / (accel === 'tcg' ? 1 : guestCpus)));
}

export async function runMatrix(o: MatrixRunOptions): Promise<Results> {
  const m = o.matrix;
  const byId = new Map(o.kernels.map((k) => [k.id, k]));
  const { versions, pairs: planned } = o.plan;
  const matrixOrder = (k: Kernel) => m.kernels.findIndex((e) => e.id === k.id);
  const kernels = [...o.kernels.map(kernelRecord), ...(o.unprepared ?? []).map(unpreparedRecord)].sort((a, b) => matrixOrder(a) - matrixOrder(b));
  const kept = o.previous ? keptPairs(o.previous, kernels, planned) : [];
  o.onEvent({ kind: 'planned', pairs: planned, kept: kept.length });
  const cpusPerGuest = m.qemu?.cpus ?? 2;
  const results: Results = {
    schemaVersion: 1,
    luqual: o.luqualVersion,
    startedAt: new Date().toISOString(),
    host: o.host,
    matrix: resolve(m.file),
    ...(o.shard ? { shard: o.shard } : {}),
    kernels,
    pairs: [...kept],
  };
  const order = new Map(planned.map((p, i) => [pairKey(p.from, p.to), i]));
  const save = () => {
    results.pairs.sort((a, b) => order.get(pairKey(a.source.id, a.target.id))! - order.get(pairKey(b.source.id, b.target.id))!);
    writeResults(o.outDir, results);
  };
  save();
  const slots = m.parallel ?? defaultParallel(o.accel, cpusPerGuest);
  const queue = new PQueue({ concurrency: slots });
  const machine = { accel: o.accel, memoryMiB: m.qemu?.memory ?? 1024, cpus: cpusPerGuest };
  const settings = {
    cache: o.cache,
    qemu: o.qemu,
    machine,
    timeouts: { ...DEFAULT_TIMEOUTS, ...m.timeouts },
    suites: m.suites ?? availableSuites(),
    outDir: o.outDir,
    signal: o.signal,
  } satisfies Partial<PairSettings>;
  const reproducer = (from: string, to: string) => shellQuote(['npx', 'luqual', 'pair', '--matrix', m.file, from, to]);
  // what fails a pair is the pair's error; what fails the run itself (its
  // results.json cannot be written) stops it, and the run says why
  let failure: unknown = null;
  const guarded = (task: Promise<unknown>) =>
    void task.catch((e: unknown) => {
      failure ??= e;
      queue.clear();
    });
  const finish = (p: PlannedPair, result: Pair) => {
    const x = expectationFor(p, m, versions);
    if (x) result.expectation = { ...x, met: x.verdicts.includes(result.verdict) };
    results.pairs.push(result);
    save();
    o.onEvent({ kind: 'done', pair: p, result });
  };
  /** One pair in a QEMU run of its own; `first` is an attempt made in a walk. */
  const alone = (p: PlannedPair, first?: Pair) =>
    guarded(queue.add(async () => {
      if (o.signal.aborted) return;
      if (!first) o.onEvent({ kind: 'start', pair: p });
      const [source, target] = [byId.get(p.from)!, byId.get(p.to)!];
      const attempt = (n: number) => {
        if (n === 1 && first) return Promise.resolve(first);
        const s = { ...settings, reproducer: reproducer(p.from, p.to), onPhase: (phase: Phase) => o.onEvent({ kind: 'phase', pair: p, phase }), attempt: n };
        return runPair(source, target, s).catch((e: unknown) => failedPair(source, target, e, s));
      };
      const result = await withRetries(attempt, m.retries ?? DEFAULT_RETRIES, (n, r) => o.onEvent({ kind: 'retry', pair: p, attempt: n, previous: r }));
      // an interrupted pair has no verdict worth keeping
      if (!o.signal.aborted) finish(p, result);
    }));
  let chains = 0;
  const cost = hopCosts(o.cache, byId, settings.suites);
  /** A walk luqual could not run (its files did not write): its hops run alone, each failure its pair's error. */
  const unrunWalk = (id: string, walk: Walk, e: unknown): ChainOutcome => {
    for (let i = 0; i + 1 < walk.length; i++) alone({ from: walk[i]!, to: walk[i + 1]! });
    const end = `luqual could not run the walk (${e instanceof Error ? e.message : String(e)}); its pairs ran alone`;
    return { pairs: [], rest: null, record: { id, kernels: [...walk], ran: 0, kept: 0, seconds: 0, end, logs: { console: relative(o.outDir, join(o.outDir, 'chains', id, 'console.log')) } } };
  };
  const walkOn = (walk: Walk, suites: SuitePlan): void => {
    if (walk.length === 2) {
      alone({ from: walk[0]!, to: walk[1]! });
      return;
    }
    guarded(queue.add(async () => {
      if (o.signal.aborted) return;
      // shards are merged later: their walks must not share an id
      const id = `${o.shard ? `shard-${o.shard.index}-` : ''}chain-${++chains}`;
      o.onEvent({ kind: 'chain-start', id, walk });
      const outcome = await runChain(walk.map((k) => byId.get(k)!), suites, {
        ...settings,
        id,
        reproducer: (a, b) => reproducer(a.id, b.id),
        onPhase: (hop, phase) => o.onEvent({ kind: 'chain-phase', id, walk, hop, phase }),
      }).catch((e: unknown) => unrunWalk(id, walk, e));
      if (o.signal.aborted) return;
      (results.chains ??= []).push(outcome.record);
      o.onEvent({ kind: 'chain-end', chain: outcome.record });
      for (const p of outcome.pairs) {
        const planned = { from: p.source.id, to: p.target.id };
        if (RETRIED.has(p.verdict)) alone(planned, p);
        else finish(planned, p);
      }
      if (outcome.rest) for (const w of planWalks(walkPairs(outcome.rest), 1, cost)) walkOn(w, suites);
    }));
  };
  const done = new Set(kept.map((p) => pairKey(p.source.id, p.target.id)));
  const missing = new Map((o.unprepared ?? []).map((k) => [k.id, k]));
  const pending: PlannedPair[] = [];
  for (const q of planned.filter((x) => !done.has(pairKey(x.from, x.to)))) {
    const lost = missing.get(q.from) ?? missing.get(q.to);
    if (!lost) {
      pending.push(q);
      continue;
    }
    const kernel = (id: string) => byId.get(id) ?? missing.get(id)!;
    const cause = new Error(`kernel ${lost.id} could not be prepared: ${lost.error.message}`);
    finish(q, failedPair(kernel(q.from), kernel(q.to), cause, { ...settings, reproducer: reproducer(q.from, q.to) }));
  }
  const { walks, single } = o.chain ? chainable(pending, byId, settings.suites, await guestOffer(settings)) : { walks: new Map<string, { suites: SuitePlan; pairs: PlannedPair[] }>(), single: pending };
  for (const { suites, pairs } of walks.values()) for (const w of planWalks(pairs, slots, cost)) walkOn(w, suites);
  for (const p of single) alone(p);
  await queue.onIdle();
  if (failure) throw new HostError(`the run stopped: ${failure instanceof Error ? failure.message : String(failure)}; ${join(o.outDir, 'results.json')} keeps what finished before`);
  recordHopTimes(o.cache, results.pairs.filter((p) => !kept.includes(p)), byId, settings.suites);
  if (o.signal.aborted) results.interrupted = true;
  results.finishedAt = new Date().toISOString();
  save();
  return results;
}
