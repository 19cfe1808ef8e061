// A whole matrix: every kernel prepared once, then the planned pairs through
// a queue. The run tells its listeners (the reporters of reports/) what
// happens as it happens; it writes no results file itself. One listener
// keeps results.json after every pair, so that an interrupted run keeps
// what it finished.
import PQueue from 'p-queue';
import { dirname, join, resolve } from 'node:path';
import { pairKey } from '../judge/pair-key.ts';
import { HostError } from '../judge/errors.ts';
import { compareResults } from '../judge/compare.ts';
import { failedInRun, keepsMedia, type Keep } from '../judge/keep.ts';
import { failedPair, guestOffer, pairDir, walkArch, runPair, writePairFile, type PairSettings } from './run-pair.ts';
import { heirloomsOnlyLoss, type PathJudgement } from '../judge/path.ts';
import { runChain, type ChainOutcome, type ChainSettings } from './run-chain.ts';
import { RunMedia } from './media.ts';
import { planWalks, walkPairs, type HopCost, type Walk } from '../matrix/walks.ts';
import { hopCosts, recordHopTimes } from './hop-times.ts';
import { expectationFor, pathExpectation, policyPairs, type PlannedPair } from '../matrix/pairs.ts';
import { findRoutes, routesToRun } from '../judge/routes.ts';
import { planSuites, type SuitePlan } from './suite-plan.ts';
import { availableSuites } from '../suites/registry.ts';
import { DEFAULT_TIMEOUTS } from './boot-run.ts';
import { shellQuote } from './qemu.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Chain, Host, Pair, Path, PathHop, Results } from '../schemas/types/results.ts';
import { DEFAULT_RETRIES, RETRIED, withRetries } from './retries.ts';
import { kernelRecords, type MatrixKernels } from './matrix-kernels.ts';
import { chainable, defaultParallel, keptPairs, type MatrixPlan } from './matrix-plan.ts';
import { resultsHeader, inPlanOrder, type ResultsHeader, type RunListener } from './run-events.ts';

export interface MatrixRun {
  matrix: LoadedMatrix;
  plan: MatrixPlan;
  kernels: MatrixKernels;
  host: Host;
  luqualVersion: string;
  /** where the pairs' and walks' files go */
  outDir: string;
  cache: string;
  qemu: string;
  /** an earlier run into the same directory whose finished pairs are kept */
  previous?: Results | null;
  /** an earlier run this one is compared with (--baseline) */
  baseline?: { file: string; results: Results } | null;
  /** walk kernels in one QEMU run each where the sources can live-update (false: --no-chain) */
  chain: boolean;
  /** whose media stay when the run ends (--keep) */
  keep: Keep;
  /** test-only: the walks' kernel (counted from 1) that damages an heirloom it hands on */
  heirloomCorrupt?: number;
  signal: AbortSignal;
}

/** What the queue runs: a pair alone (`first`: an attempt it already had in a walk), or a walk. */
type Job = { pair: PlannedPair; first?: Pair } | { walk: Walk; suites: SuitePlan };

/** A walk's outcome; `alone`: pairs of a walk that could not run, to run alone. */
type WalkOutcome = ChainOutcome & { alone?: PlannedPair[] };

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** A walk of one hop is a pair. */
function walkJob(walk: Walk, suites: SuitePlan): Job {
  return walk.length === 2 ? { pair: { from: walk[0]!, to: walk[1]! } } : { walk, suites };
}


/** One run of a matrix: runMatrix's state, from its header to its end. */
class MatrixRunner {
  private readonly byId: ReadonlyMap<string, PreparedKernel>;
  private readonly settings: Omit<PairSettings, 'reproducer' | 'attempt' | 'onPhase'>;
  private readonly media: RunMedia;
  private readonly slots: number;
  private readonly queue: PQueue;
  private readonly cost: HopCost;
  private readonly header: ResultsHeader;
  private readonly kept: Pair[];
  private readonly results: Results;
  /** what stopped the run (a listener that failed), rather than one pair */
  private failure: unknown = null;
  private walks = 0;
  private pathCount = 0;
  /** hops whose heirlooms were lost while their fresh state came back whole, by the walk or path that showed it */
  private readonly heirloomLosses: Array<{ walk: string; hop: PathHop }> = [];

  constructor(
    private readonly o: MatrixRun,
    private readonly listeners: readonly RunListener[],
  ) {
    const m = o.matrix;
    const guestCpus = m.qemu?.cpus ?? 2;
    this.byId = new Map(o.kernels.prepared.map((k) => [k.id, k]));
    this.media = new RunMedia(o.outDir, o.kernels.prepared);
    this.settings = {
      cache: o.cache,
      qemu: o.qemu,
      machine: { accel: o.host.accel, memoryMiB: m.qemu?.memory ?? 1024, cpus: guestCpus },
      timeouts: { ...DEFAULT_TIMEOUTS, ...m.timeouts },
      suites: m.suites ?? availableSuites(),
      outDir: o.outDir,
      media: this.media,
      ...(o.heirloomCorrupt ? { heirloomCorrupt: o.heirloomCorrupt } : {}),
      signal: o.signal,
    };
    this.slots = m.parallel ?? defaultParallel(o.host.accel, guestCpus);
    this.queue = new PQueue({ concurrency: this.slots });
    this.cost = hopCosts(o.cache, this.byId, this.settings.suites);
    const kernels = kernelRecords(m, o.kernels);
    this.header = resultsHeader({ luqual: o.luqualVersion, host: o.host, matrix: m.file, matrixSha256: m.sha256, shard: o.plan.shard, kernels });
    this.kept = o.previous ? keptPairs(o.previous, kernels, o.plan.pairs) : [];
    this.results = { ...this.header, pairs: [...this.kept] };
  }

  async run(): Promise<Results> {
    this.tell('onBegin', { header: this.header, planned: this.o.plan.pairs, kept: this.kept });
    try {
      const pending = this.settleLost();
      for (const job of await this.firstJobs(pending)) this.schedule(job);
    } catch (e) {
      this.stop(e);
    }
    await this.queue.onIdle();
    if (!this.failure && !this.o.signal.aborted) await this.runPaths().catch((e: unknown) => this.stop(e));
    return this.end();
  }

  /**
   * After the pairs: the paths matrix.yaml declares, then every route of
   * more than one hop the grid offers (a sharded run has no whole grid),
   * each run as one walk with heirlooms; then every upgrade's route.
   */
  private async runPaths(): Promise<void> {
    // declared paths run once in a sharded run: in its first shard
    const mine = !this.o.plan.shard || this.o.plan.shard.index === 1;
    const declared = mine ? (this.o.matrix.paths ?? []).filter((k) => k.every((id) => this.byId.has(id))) : [];
    const paths: Path[] = [];
    for (const kernels of declared) paths.push(await this.runPath(kernels, 'declared'));
    if (this.o.plan.shard) return this.setPaths(paths);
    const ids = this.o.plan.versions.map((v) => v.id);
    const upgrades = policyPairs('upgrades', this.o.plan.versions);
    const runs = routesToRun(findRoutes(ids, upgrades, this.results.pairs, paths)).filter((k) => k.every((id) => this.byId.has(id)));
    for (const kernels of runs) {
      if (this.o.signal.aborted) break;
      paths.push(await this.runPath(kernels, 'route'));
    }
    this.setPaths(paths);
    this.results.routes = findRoutes(ids, upgrades, this.results.pairs, paths);
  }

  private noteLoss(walk: string, h: PathJudgement | null): void {
    const hop = heirloomsOnlyLoss(h);
    if (hop) this.heirloomLosses.push({ walk, hop });
  }

  /** Each pair a walk or path lost heirlooms on while the pair's fresh state came back whole says so too. */
  private markLosses(): void {
    for (const { walk, hop } of this.heirloomLosses) {
      const p = this.results.pairs.find((x) => x.source.id === hop.source && x.target.id === hop.target);
      if (!p || p.verdict !== 'compatible' || p.heirloomsLost) continue;
      p.heirloomsLost = { walk, hop: hop.hop, evidence: hop.evidence };
      writePairFile(pairDir(this.o.outDir, p.source, p.target), p);
    }
  }

  private setPaths(paths: Path[]): void {
    if (paths.length) this.results.paths = paths;
  }

  /** One path in one QEMU run, with the suites that run on every hop of it. */
  private async runPath(kernels: readonly string[], origin: Path['origin']): Promise<Path> {
    const walk = kernels.map((id) => this.byId.get(id)!);
    const id = `${this.o.plan.shard ? `shard-${this.o.plan.shard.index}-` : ''}path-${++this.pathCount}`;
    const guest = await guestOffer(this.settings, walkArch(walk));
    const everywhere = this.settings.suites.filter((n) => walk.slice(1).every((k, i) => planSuites([n], walk[i]!, k, guest).run.length));
    const suites = planSuites(everywhere, walk[0]!, walk[1]!, guest);
    this.tell('onWalkBegin', id, walk.map((k) => k.id));
    const s: ChainSettings = { ...this.settings, suites: everywhere, heirlooms: true, path: true, id, reproducer: (a, b) => this.reproducer(a.id, b.id), onPhase: (hop, phase) => this.tellPhase('onWalkPhase', id, [...kernels], hop, phase) };
    const o = await runChain(walk, suites, s);
    this.media.ran(this.folderOf(o.record), [id]);
    (this.results.chains ??= []).push(o.record);
    this.noteLoss(id, o.heirlooms);
    this.tell('onWalkEnd', o.record);
    const h = o.heirlooms ?? { verdict: 'error' as const, reason: `no suite that hands heirlooms down runs on every hop (${this.settings.suites.join(', ')})`, hops: [] };
    const x = pathExpectation(kernels, this.o.matrix);
    return { id, kernels: [...kernels], origin, verdict: h.verdict, reason: h.reason, ...(h.brokeAt ? { brokeAt: h.brokeAt } : {}), hops: h.hops, chain: id, ...(x ? { expectation: { ...x, met: x.verdicts.includes(h.verdict) } } : {}) };
  }

  private tell<K extends keyof RunListener>(event: K, ...args: Parameters<NonNullable<RunListener[K]>>): void {
    for (const l of this.listeners) (l[event] as ((...a: typeof args) => void) | undefined)?.apply(l, args);
  }

  /**
   * A phase, told from inside a QEMU run: after boot that is the console
   * reader's timer, where a throw would be uncaught and end the process.
   * A listener that throws stops the run instead, as one failing on a pair
   * end does; the QEMU runs already going finish.
   */
  private tellPhase<K extends 'onPhase' | 'onWalkPhase'>(event: K, ...args: Parameters<NonNullable<RunListener[K]>>): void {
    try {
      this.tell(event, ...args);
    } catch (e) {
      this.stop(e);
    }
  }

  private stop(e: unknown): void {
    this.failure ??= e;
    this.queue.clear();
  }

  /** Queues a job; what it leaves to do (retries, the rest of a walk) is queued when it ends. */
  private schedule(job: Job): void {
    if (this.failure) return;
    this.queue
      .add(async () => {
        if (this.o.signal.aborted) return;
        const next = 'walk' in job ? await this.runWalk(job.walk, job.suites) : await this.runAlone(job.pair, job.first);
        for (const j of next) this.schedule(j);
      })
      .catch((e: unknown) => this.stop(e));
  }

  /** The matrix by its absolute path: the command runs from any folder, the results folder too. */
  private reproducer(from: string, to: string): string {
    return shellQuote(['npx', 'luqual', 'pair', '--matrix', resolve(this.o.matrix.file), from, to]);
  }

  /** A pair's result: its expectation added, then told. */
  private finish(p: PlannedPair, result: Pair): void {
    const x = expectationFor(p, this.o.matrix, this.o.plan.versions);
    if (x) result.expectation = { ...x, met: x.verdicts.includes(result.verdict) };
    this.results.pairs.push(result);
    this.tell('onPairEnd', result);
  }

  /** Finishes the pairs that have a kernel that could not be had, as errors; returns the pairs left to run. */
  private settleLost(): PlannedPair[] {
    const done = new Set(this.kept.map((p) => pairKey(p.source.id, p.target.id)));
    const lost = new Map(this.o.kernels.unprepared.map((k) => [k.id, k]));
    const kernel = (id: string) => this.byId.get(id) ?? lost.get(id)!;
    const pending: PlannedPair[] = [];
    for (const q of this.o.plan.pairs.filter((x) => !done.has(pairKey(x.from, x.to)))) {
      const missing = lost.get(q.from) ?? lost.get(q.to);
      if (!missing) {
        pending.push(q);
        continue;
      }
      const cause = new Error(`kernel ${missing.id} could not be prepared: ${missing.error.message}`);
      this.finish(q, failedPair(kernel(q.from), kernel(q.to), cause, { ...this.settings, reproducer: this.reproducer(q.from, q.to) }));
    }
    return pending;
  }

  /** The walks and lone pairs that run the pending pairs; walks first, the costliest first. */
  private async firstJobs(pending: PlannedPair[]): Promise<Job[]> {
    if (!this.o.chain) return pending.map((pair) => ({ pair }));
    const arches = [...new Set([...this.byId.values()].map((k) => k.arch))];
    const offers = new Map(await Promise.all(arches.map(async (a) => [a, await guestOffer(this.settings, a)] as const)));
    const { walks, single } = chainable(pending, this.byId, this.settings.suites, (a) => offers.get(a)!);
    const walked = [...walks.values()].flatMap(({ suites, pairs }) => planWalks(pairs, this.slots, this.cost).map((w) => walkJob(w, suites)));
    return [...walked, ...single.map((pair) => ({ pair }))];
  }

  /** One pair in a QEMU run of its own, retried as withRetries says. */
  private async runAlone(p: PlannedPair, first?: Pair): Promise<Job[]> {
    if (!first) this.tell('onPairBegin', p);
    const run = (n: number) => (n === 1 && first ? Promise.resolve(first) : this.attempt(p, n));
    const result = await withRetries(run, this.o.matrix.retries ?? DEFAULT_RETRIES, (n, r) => this.tell('onRetry', p, n, r));
    // an interrupted pair has no verdict worth keeping
    if (!this.o.signal.aborted) this.finish(p, result);
    return [];
  }

  private async attempt(p: PlannedPair, n: number): Promise<Pair> {
    const [source, target] = [this.byId.get(p.from)!, this.byId.get(p.to)!];
    const s: PairSettings = { ...this.settings, reproducer: this.reproducer(p.from, p.to), onPhase: (phase) => this.tellPhase('onPhase', p, phase), attempt: n };
    const result = await runPair(source, target, s).catch((e: unknown) => failedPair(source, target, e, s));
    this.media.ran(this.folderOf(result), [pairKey(p.from, p.to)]);
    return result;
  }

  /** The folder of the QEMU run of a walk, or of a pair run alone: where its console and media are. */
  private folderOf(r: Pick<Pair | Chain, 'logs'>): string {
    return dirname(join(this.o.outDir, r.logs.console));
  }

  /** A walk in one QEMU run; returns what is left to run of it. */
  private async runWalk(walk: Walk, suites: SuitePlan): Promise<Job[]> {
    // shards are merged later: their walks must not share an id
    const id = `${this.o.plan.shard ? `shard-${this.o.plan.shard.index}-` : ''}chain-${++this.walks}`;
    this.tell('onWalkBegin', id, walk);
    const s: ChainSettings = {
      ...this.settings,
      heirlooms: true,
      id,
      reproducer: (a, b) => this.reproducer(a.id, b.id),
      onPhase: (hop, phase) => this.tellPhase('onWalkPhase', id, walk, hop, phase),
    };
    const outcome: WalkOutcome = await runChain(walk.map((k) => this.byId.get(k)!), suites, s).catch((e: unknown) => this.unrunWalk(id, walk, e));
    this.media.ran(this.folderOf(outcome.record), outcome.pairs.map((x) => pairKey(x.source.id, x.target.id)));
    if (this.o.signal.aborted) return [];
    (this.results.chains ??= []).push(outcome.record);
    this.noteLoss(id, outcome.heirlooms);
    this.tell('onWalkEnd', outcome.record);
    return this.afterWalk(outcome, suites);
  }

  /** A walk luqual could not run (its files did not write): its hops run alone, each failure its pair's error. */
  private unrunWalk(id: string, walk: Walk, e: unknown): WalkOutcome {
    const end = `luqual could not run the walk (${message(e)}); its pairs ran alone`;
    const record: Chain = { id, kernels: [...walk], ran: 0, kept: 0, seconds: 0, end, logs: { console: join('chains', id, 'console.log') } };
    return { pairs: [], rest: null, record, heirlooms: null, alone: walkPairs(walk) };
  }

  /**
   * Finishes the hops that stand for their pairs. A hop that may have
   * failed for the host's sake is tried again alone, with the hop as its
   * first attempt; the kernels from where the walk stopped standing for
   * single pairs are planned again into walks.
   */
  private afterWalk(o: WalkOutcome, suites: SuitePlan): Job[] {
    const next: Job[] = (o.alone ?? []).map((pair) => ({ pair }));
    for (const p of o.pairs) {
      const planned = { from: p.source.id, to: p.target.id };
      if (RETRIED.has(p.verdict)) next.push({ pair: planned, first: p });
      else this.finish(planned, p);
    }
    if (o.rest) next.push(...planWalks(walkPairs(o.rest), 1, this.cost).map((w) => walkJob(w, suites)));
    return next;
  }

  private end(): Results {
    if (this.failure) throw new HostError(`the run stopped: ${message(this.failure)}`);
    const r = this.results;
    recordHopTimes(this.o.cache, r.pairs.filter((p) => !this.kept.includes(p)), this.byId, this.settings.suites);
    if (this.o.signal.aborted) r.interrupted = true;
    r.finishedAt = new Date().toISOString();
    inPlanOrder(r.pairs, this.o.plan.pairs);
    this.markLosses();
    if (this.o.baseline) r.comparison = { baseline: this.o.baseline.file, changes: compareResults(this.o.baseline.results, r) };
    const failed = failedInRun(r);
    this.media.prune((ran) => keepsMedia(this.o.keep, ran.some((x) => failed.has(x))));
    this.tell('onEnd', r);
    return r;
  }
}

/**
 * Runs every planned pair not kept from `previous`, telling the listeners
 * as it goes; returns the results it ended with.
 */
export function runMatrix(run: MatrixRun, listeners: readonly RunListener[]): Promise<Results> {
  return new MatrixRunner(run, listeners).run();
}
