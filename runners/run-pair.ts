// Runs one (source, target) pair: builds its initramfs, boots the source in
// QEMU, lets the agent live-update into the target, and turns what happened
// into the pair's result. Everything the pair produced stays in its folder;
// the kernels it kexecs into are in the run's kernel store (runners/media.ts).
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAgent } from './agent-build.ts';
import { bootRun, type BootRunResult, type Phase, type PhaseTimeouts } from './boot-run.ts';
import { blobsOf } from './handover/blobs.ts';
import { planSuites, type GuestOffer, type SuitePlan } from './suite-plan.ts';
import { qemuDevices } from './qemu-devices.ts';
import { buildInitramfs } from './initramfs.ts';
import { moduleFiles } from '../kernels/modules.ts';
import type { RunMedia } from './media.ts';
import { BOARDS, kernelCmdline, qemuArgs, shellQuote, type QemuBoot, type QemuMachine, type SerialFiles } from './qemu.ts';
import { requireTool } from '../host/tools.ts';
import type { Arch } from '../kernels/arch.ts';
import { InputError } from '../judge/errors.ts';
import { judgePair, type Judgement } from '../judge/judge-pair.ts';
import { observeRun, type PhaseTimes } from '../judge/hops.ts';
import type { Observation } from '../judge/observation.ts';
import { pairSlug } from '../judge/pair-key.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Pair } from '../schemas/types/results.ts';
import { atomicWrite } from '../host/atomic-write.ts';

export interface PairSettings {
  cache: string;
  qemu: string;
  machine: QemuMachine;
  timeouts: PhaseTimeouts;
  suites: string[];
  /** where results.json lives; the pair's files go under pairs/ */
  outDir: string;
  /** the run's kernel store, and what --keep prunes at its end */
  media: RunMedia;
  /** the luqual command that reruns this pair alone */
  reproducer: string;
  /** test-only: the suites whose agent half damages what it preserved */
  corrupt?: string[];
  /** the walk hands heirlooms down (the suites' that have them) from its first kernel to its last */
  heirlooms?: boolean;
  /** test-only: the walk's kernel (counted from 1) that damages an heirloom it hands on */
  heirloomCorrupt?: number;
  /** 1 for the first attempt; a retry's files go to retry-N below the pair's */
  attempt?: number;
  onPhase?: (phase: Phase) => void;
  signal?: AbortSignal;
}

function pairPath(outDir: string, source: Pick<PreparedKernel, 'id'>, target: Pick<PreparedKernel, 'id'>, attempt = 1): string {
  return join(outDir, 'pairs', pairSlug(source.id, target.id), ...(attempt > 1 ? [`retry-${attempt}`] : []));
}

export function pairDir(outDir: string, source: Pick<PreparedKernel, 'id'>, target: Pick<PreparedKernel, 'id'>, attempt = 1): string {
  const dir = pairPath(outDir, source, target, attempt);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A stage's command line: the kernel's own, what its suites need, where it is in the walk. */
export function stageCmdline(k: PreparedKernel, suites: SuitePlan, stage: number): string {
  return kernelCmdline(stage, `${k.cmdline} ${suites.cmdline}`, k.arch);
}

/** The QEMU that boots arch: the one in the settings for x86_64 (LUQUAL_QEMU may name it), the board's for the others. */
export function qemuFor(s: Pick<PairSettings, 'qemu'>, arch: Arch): string {
  return arch === 'x86_64' ? s.qemu : requireTool(BOARDS[arch].qemu);
}

/** What the guest of these settings offers a suite. */
export async function guestOffer(s: Pick<PairSettings, 'machine' | 'qemu'>, arch: Arch = 'x86_64'): Promise<GuestOffer> {
  return { memoryMiB: s.machine.memoryMiB, devices: await qemuDevices(qemuFor(s, arch)) };
}

/** The architecture of a walk: its kernels', which must agree. */
export function walkArch(walk: readonly PreparedKernel[]): Arch {
  const arch = walk[0]!.arch;
  const other = walk.find((k) => k.arch !== arch);
  if (other) throw new InputError(`${walk[0]!.id} is ${arch} and ${other.id} is ${other.arch}: a live update stays on one architecture`);
  return arch;
}

/** A walk's initramfs (one pair is a walk of two), written into dir, and the run's kernel store it reads its kernels from. */
async function writeWalkMedia(dir: string, walk: readonly PreparedKernel[], suites: SuitePlan, s: Pick<PairSettings, 'cache' | 'media' | 'corrupt' | 'heirlooms' | 'heirloomCorrupt'>): Promise<Required<Pick<QemuBoot, 'initrd' | 'kernelStore'>>> {
  const arch = walkArch(walk);
  const agent = readFileSync(await buildAgent(s.cache, arch));
  s.media.booted(dir);
  const store = s.media.kernelStore();
  const plan = {
    arch,
    suites: suites.run,
    next: walk.slice(1).map((k, i) => ({ kernel: store.slot(k.image), cmdline: stageCmdline(k, suites, i + 2) })),
    runId: randomBytes(8).toString('hex'),
    corrupt: s.corrupt,
    ...(s.heirlooms ? { heirlooms: suites.heirlooms } : {}),
    ...(s.heirloomCorrupt ? { heirloomCorrupt: s.heirloomCorrupt } : {}),
  };
  const initrd = join(dir, 'initrd.cpio');
  const modules = walk.map((k) => (k.modules && suites.modules.length ? { kernel: k.sha256, files: moduleFiles(k.modules, suites.modules) } : null));
  try {
    writeFileSync(initrd, buildInitramfs(agent, plan, modules));
  } catch (e) {
    // on a full disk, the room it took is what lets the pair's error and results.json be written
    rmSync(initrd, { force: true });
    throw e;
  }
  return { initrd, kernelStore: { path: store.path, bytes: store.bytes } };
}

/**
 * The raw QEMU command, for whoever wants to watch the guest by hand. Its
 * paths are relative to its folder (all but the first kernel's, which is
 * in the cache), so that it runs wherever the results directory went:
 * moved, downloaded from CI, merged.
 */
function writeQemuScript(dir: string, qemu: string, boot: QemuBoot & Required<Pick<QemuBoot, 'kernelStore'>>): SerialFiles {
  const here = (f: string) => relative(dir, f);
  const local = { ...boot, initrd: here(boot.initrd), kernelStore: { ...boot.kernelStore, path: here(boot.kernelStore.path) } };
  const script = shellQuote([qemu, ...qemuArgs(local, { console: 'ttyS0.log', ktap: 'ttyS1.log' })]);
  writeFileSync(join(dir, 'qemu.sh'), `#!/bin/sh\n# the kernel console goes to ttyS0.log, the agent's KTAP to ttyS1.log\ncd "$(dirname "$0")" || exit 1\nexec ${script}\n`, { mode: 0o755 });
  return { console: join(dir, 'ttyS0.log'), ktap: join(dir, 'ttyS1.log') };
}

export interface WalkRun {
  run: BootRunResult;
  consoleLog: string;
  qemuLog: string;
  startedAt: string;
}

/** Boots a walk's first kernel and lets the agent live-update along it; every file of the run goes into dir. */
export async function bootWalk(dir: string, walk: readonly PreparedKernel[], suites: SuitePlan, s: Pick<PairSettings, 'cache' | 'media' | 'corrupt' | 'heirlooms' | 'heirloomCorrupt' | 'qemu' | 'machine' | 'timeouts' | 'signal'>, onPhase?: (phase: Phase) => void): Promise<WalkRun> {
  const media = await writeWalkMedia(dir, walk, suites, s);
  const arch = walkArch(walk);
  const qemu = qemuFor(s, arch);
  // an arm64 guest on this x86 host is emulated, whatever KVM offers x86 ones
  const accel = arch === 'x86_64' ? s.machine.accel : 'tcg';
  const boot = { ...s.machine, accel, arch, devices: suites.devices, kernel: walk[0]!.image, ...media, cmdline: stageCmdline(walk[0]!, suites, 1) };
  const serial = writeQemuScript(dir, qemu, boot);
  const consoleLog = join(dir, 'console.log');
  const qemuLog = join(dir, 'qemu.stderr.log');
  const startedAt = new Date().toISOString();
  const run = await bootRun({ qemu, boot, suites: suites.run, timeouts: s.timeouts, consoleLog, serial, qemuLog, onPhase, signal: s.signal });
  return { run, consoleLog, qemuLog, startedAt };
}

function handoverOf(o: Observation): NonNullable<Pair['handover']> {
  return {
    offered: o.preserve ? blobsOf(o.preserve.blobs, 'out') : [],
    received: o.verify ? blobsOf(o.verify.blobs, 'in') : [],
    targetOwn: o.verify ? blobsOf(o.verify.blobs, 'out') : [],
  };
}

function roundedTimings(t: PhaseTimes): Pair['timings'] {
  const round = (x: number) => Math.round(x * 100) / 100;
  const out: Pair['timings'] = { total: round(t.total) };
  for (const p of ['boot', 'stage1', 'kexec', 'stage2', 'shutdown'] as const) {
    if (t[p] !== undefined) out[p] = round(t[p]);
  }
  return out;
}

export interface PairRun {
  source: PreparedKernel;
  target: PreparedKernel;
  suites: SuitePlan;
  /** the pair's folder, where result.json goes */
  dir: string;
  consoleLog: string;
  qemuLog: string;
  startedAt: string;
  /** set when the pair was a hop of a walk */
  chain?: Pair['chain'];
  chainConsole?: string;
}

/** What a run (or a hop of a walk) observed, judged as the pair of these kernels. */
export function judgeHop(o: Observation, source: PreparedKernel, target: PreparedKernel, suites: SuitePlan): Judgement {
  return judgePair(o, { id: source.id, abi: source.abi, capabilityWhy: source.capability.why }, { id: target.id, abi: target.abi }, suites);
}

/** A pair's result.json in its folder: a copy of its entry in results.json. */
export function writePairFile(dir: string, pair: Pair): void {
  atomicWrite(join(dir, 'result.json'), JSON.stringify(pair, null, 2) + '\n');
}

/** A pair's result from what its run (or its hop of a walk) observed; also written to its folder. */
export function pairResult(o: Observation, timings: PhaseTimes, r: PairRun, s: Pick<PairSettings, 'suites' | 'outDir' | 'reproducer'>): Pair {
  const { source, target, suites } = r;
  const j = judgeHop(o, source, target, suites);
  const { verdict, reason, suites: decided, evidence, abi, ...judged } = j;
  const pair: Pair = {
    source: { id: source.id, release: source.release },
    target: { id: target.id, release: target.release },
    arch: walkArch([source, target]),
    verdict,
    reason,
    evidence,
    phase: o.phase,
    abi,
    handover: handoverOf(o),
    // in the order asked for, skipped ones with the reason
    suites: s.suites.map((n) => decided.find((x) => x.name === n) ?? suites.skipped.find((x) => x.name === n)!),
    timings: roundedTimings(timings),
    logs: { console: relative(s.outDir, r.consoleLog), qemu: relative(s.outDir, r.qemuLog), ...(r.chainConsole ? { chain: relative(s.outDir, r.chainConsole) } : {}) },
    reproducer: s.reproducer,
    startedAt: r.startedAt,
    ...judged,
    ...(r.chain ? { chain: r.chain } : {}),
  };
  writePairFile(r.dir, pair);
  return pair;
}

/**
 * The result of a pair luqual could not run, such as a full disk refusing
 * its files: an error with the cause, never a verdict on the kernels. Its
 * note and result.json are kept as far as the disk lets them be.
 */
export function failedPair(source: Pick<PreparedKernel, 'id' | 'release'>, target: Pick<PreparedKernel, 'id' | 'release'>, cause: unknown, s: Pick<PairSettings, 'suites' | 'outDir' | 'reproducer' | 'attempt'>): Pair {
  const dir = pairPath(s.outDir, source, target, s.attempt);
  const consoleLog = join(dir, 'console.log');
  const message = cause instanceof Error ? cause.message : String(cause);
  // its first line: a build's error goes on with the tail of its log
  const reason = `luqual could not run the pair: ${message.split('\n')[0]}`;
  const pair: Pair = {
    source: { id: source.id, release: source.release },
    target: { id: target.id, release: target.release },
    verdict: 'error',
    reason,
    suites: s.suites.map((name) => ({ name, status: 'skip', reason: 'not run: luqual could not run the pair', tests: [] })),
    timings: { total: 0 },
    logs: { console: relative(s.outDir, consoleLog) },
    reproducer: s.reproducer,
    startedAt: new Date().toISOString(),
  };
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(consoleLog, `luqual could not run the pair: ${message}\n`);
    atomicWrite(join(dir, 'result.json'), JSON.stringify(pair, null, 2) + '\n');
  } catch {
    // the disk that failed the pair may refuse these too: results.json has it
  }
  return pair;
}

export async function runPair(source: PreparedKernel, target: PreparedKernel, s: PairSettings): Promise<Pair> {
  const dir = pairDir(s.outDir, source, target, s.attempt);
  const suites = planSuites(s.suites, source, target, await guestOffer(s, source.arch));
  const { run, ...files } = await bootWalk(dir, [source, target], suites, s, s.onPhase);
  return pairResult(observeRun(run.console, run.end, run.phase), run.timings, { source, target, suites, dir, ...files }, s);
}
