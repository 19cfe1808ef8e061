// Runs one (source, target) pair: builds its initramfs, boots the source in
// QEMU, lets the agent live-update into the target, and turns what happened
// into the pair's result. Everything the pair produced stays in its folder.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildAgent } from '../runners/agent-build.ts';
import { bootRun, type BootRunResult, type Phase, type PhaseTimeouts } from '../runners/boot-run.ts';
import { blobsOf } from '../runners/handover/blobs.ts';
import { abiTable, explain, predict } from './abi.ts';
import { planSuites } from './suite-requirements.ts';
import { buildInitramfs } from '../runners/initramfs.ts';
import { qemuDevices } from '../runners/qemu-devices.ts';
import { kernelCmdline, qemuArgs, shellQuote, type QemuMachine } from '../runners/qemu.ts';
import { decide } from './verdict.ts';
import type { PreparedKernel } from './kernels/kernel.ts';
import type { Pair } from '../schemas/types/results.ts';

export interface PairSettings {
  cache: string;
  qemu: string;
  machine: QemuMachine;
  timeouts: PhaseTimeouts;
  suites: string[];
  /** where results.json lives; the pair's files go under pairs/ */
  outDir: string;
  /** the luqual command that reruns this pair alone */
  reproducer: string;
  /** test-only: the suites whose agent half damages what it preserved */
  corrupt?: string[];
  /** 1 for the first attempt; a retry's files go to retry-N below the pair's */
  attempt?: number;
  onPhase?: (phase: Phase) => void;
  signal?: AbortSignal;
}

export function pairSlug(source: PreparedKernel, target: PreparedKernel): string {
  const slug = (k: PreparedKernel) => k.id.replace(/[^A-Za-z0-9.+_-]+/g, '-');
  return `${slug(source)}__${slug(target)}`;
}

function handoverOf(run: BootRunResult): NonNullable<Pair['handover']> {
  const s1 = run.console.stage(1);
  const s2 = run.console.stage(2);
  return {
    offered: s1 ? blobsOf(s1.blobs, 'out') : [],
    received: s2 ? blobsOf(s2.blobs, 'in') : [],
    targetOwn: s2 ? blobsOf(s2.blobs, 'out') : [],
  };
}

export async function runPair(source: PreparedKernel, target: PreparedKernel, s: PairSettings): Promise<Pair> {
  const attempt = s.attempt ?? 1;
  const dir = join(s.outDir, 'pairs', pairSlug(source, target), ...(attempt > 1 ? [`retry-${attempt}`] : []));
  mkdirSync(dir, { recursive: true });
  const suites = planSuites(s.suites, source, target, { memoryMiB: s.machine.memoryMiB, devices: await qemuDevices(s.qemu) });
  const agent = readFileSync(await buildAgent(s.cache));
  const initramfs = buildInitramfs(agent, readFileSync(target.image), {
    suites: suites.run,
    targetCmdline: kernelCmdline(2, `${target.cmdline} ${suites.cmdline}`),
    runId: randomBytes(8).toString('hex'),
    corrupt: s.corrupt,
  });
  const initrd = join(dir, 'initrd.cpio');
  writeFileSync(initrd, initramfs.stage1);
  const boot = { ...s.machine, devices: suites.devices, kernel: source.image, initrd, cmdline: kernelCmdline(1, `${source.cmdline} ${suites.cmdline}`) };
  // the raw QEMU command, for whoever wants to watch the guest by hand
  const serial = { console: join(dir, 'ttyS0.log'), ktap: join(dir, 'ttyS1.log') };
  writeFileSync(join(dir, 'qemu.sh'), `#!/bin/sh\n# the kernel console goes to ttyS0.log, the agent's KTAP to ttyS1.log\nexec ${shellQuote([s.qemu, ...qemuArgs(boot, serial)])}\n`, { mode: 0o755 });
  const consoleLog = join(dir, 'console.log');
  const qemuLog = join(dir, 'qemu.stderr.log');
  const predicted = predict(source.abi, target.abi, suites.run);
  const startedAt = new Date().toISOString();
  const run = await bootRun({ qemu: s.qemu, boot, suites: suites.run, timeouts: s.timeouts, consoleLog, serial, qemuLog, onPhase: s.onPhase, signal: s.signal });
  const d = decide(run, suites.run, { source: source.id, target: target.id, sourceCapability: source.capability.why });
  const evidence = run.console.handoverLines.slice(0, 50);
  const abi = abiTable(source.abi, target.abi, evidence);
  const explanation = explain(d.verdict, abi, suites.run);
  const round = (x: number) => Math.round(x * 100) / 100;
  const timings: Pair['timings'] = { total: round(run.timings.total) };
  for (const p of ['boot', 'stage1', 'kexec', 'stage2', 'shutdown'] as const) {
    if (run.timings[p] !== undefined) timings[p] = round(run.timings[p]!);
  }
  const pair: Pair = {
    source: { id: source.id, release: source.release },
    target: { id: target.id, release: target.release },
    verdict: d.verdict,
    reason: d.reason,
    evidence,
    phase: run.phase,
    abi,
    handover: handoverOf(run),
    // in the order asked for, skipped ones with the reason
    suites: s.suites.map((n) => d.suites.find((x) => x.name === n) ?? suites.skipped.find((x) => x.name === n)!),
    timings,
    logs: { console: relative(s.outDir, consoleLog), qemu: relative(s.outDir, qemuLog) },
    reproducer: s.reproducer,
    startedAt,
  };
  if (explanation) pair.explanation = explanation;
  // an error is luqual's or the host's, not an outcome to hold a prediction to
  if (predicted && d.verdict !== 'error') pair.prediction = { ...predicted, unexpected: predicted.verdict !== d.verdict };
  writeFileSync(join(dir, 'result.json'), JSON.stringify(pair, null, 2) + '\n');
  return pair;
}
