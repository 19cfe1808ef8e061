// One QEMU run through the phases of a live update, watched: each phase has
// a deadline, and a guest that misses it is killed and reported as hung in
// that phase. The console goes to a log file as it arrives.
import { execa } from 'execa';
import { createWriteStream, rmSync } from 'node:fs';
import { once } from 'node:events';
import { FileTail } from './file-tail.ts';
import { ConsoleReader, LineSplitter, type ConsoleEvent } from './console.ts';
import { requireTool } from '../host/tools.ts';
import { qemuArgs, type QemuBoot, type SerialFiles } from './qemu.ts';
import type { Phase, RunEnd } from '../judge/observation.ts';
import type { PhaseTimes } from '../judge/hops.ts';

export type { Phase };

export interface PhaseTimeouts {
  boot: number;
  stage1: number;
  kexec: number;
  stage2: number;
}

export const DEFAULT_TIMEOUTS: PhaseTimeouts = { boot: 120, stage1: 300, kexec: 120, stage2: 300 };
/** after the agent is done, or after a panic, QEMU should exit at once */
const SETTLE_SECONDS = 30;

export interface BootRunOptions {
  qemu: string;
  boot: QemuBoot;
  suites: readonly string[];
  timeouts: PhaseTimeouts;
  /** the two ports merged line by line, as the reader saw them */
  consoleLog: string;
  /** raw files QEMU writes the ports to */
  serial: SerialFiles;
  qemuLog: string;
  onPhase?: (phase: Phase) => void;
  signal?: AbortSignal;
}

export interface BootRunResult {
  console: ConsoleReader;
  /** the phase the run was in when it ended */
  phase: Phase;
  /** seconds per phase */
  timings: PhaseTimes;
  /** every phase in the order entered, with its seconds: a walk enters each phase once per kernel */
  spans: { phase: Phase; seconds: number }[];
  end: RunEnd;
}

interface QemuExit {
  exitCode?: number;
  signal?: string;
  failed: boolean;
  originalMessage?: string;
  message?: string;
}

/**
 * How the run ended: the watchdog's kill is a hang, luqual's own an abort,
 * an exit the guest made (a power-off, or a reset that -no-reboot turns
 * into exit 0) is the guest's; any other is QEMU dying.
 */
export function runEnd(r: QemuExit, hang: Extract<RunEnd, { kind: 'hang' }> | null, aborted: boolean, stderr: string): RunEnd {
  if (r.failed && r.exitCode === undefined && !r.signal) return { kind: 'spawn-failed', message: r.originalMessage ?? r.message ?? 'failed to start' };
  if (aborted) return { kind: 'aborted' };
  if (hang) return hang;
  if (r.signal) return { kind: 'qemu-died', how: `was killed by ${r.signal}`, stderr };
  if (r.exitCode) return { kind: 'qemu-died', how: `exited with code ${r.exitCode}`, stderr };
  return { kind: 'exited', code: r.exitCode ?? null, stderr };
}

export async function bootRun(o: BootRunOptions): Promise<BootRunResult> {
  const started = Date.now();
  let phase: Phase = 'boot';
  let phaseStart = started;
  const timings: BootRunResult['timings'] = { total: 0 };
  const spans: BootRunResult['spans'] = [];
  const close = (now: number) => {
    timings[phase] = (timings[phase] ?? 0) + (now - phaseStart) / 1000;
    spans.push({ phase, seconds: (now - phaseStart) / 1000 });
  };
  let hang: Extract<RunEnd, { kind: 'hang' }> | null = null;
  let timer: NodeJS.Timeout | undefined;
  let aborted = false;
  const log = createWriteStream(o.consoleLog);
  const qlog = createWriteStream(o.qemuLog);

  // Both ports are read as whole lines and merged line by line, in the
  // order they arrive: a kernel message can no longer split an agent line.
  const line = (l: string) => {
    log.write(l + '\n');
    reader.writeLine(l);
  };
  const ports = [new LineSplitter(line), new LineSplitter(line)] as const;
  for (const f of [o.serial.console, o.serial.ktap]) rmSync(f, { force: true });
  const tails = [new FileTail(o.serial.console, (c) => ports[0].write(c)), new FileTail(o.serial.ktap, (c) => ports[1].write(c))];
  // setpriv execs QEMU (the same process, so the watchdog kills QEMU
  // itself) with a parent-death signal: a luqual killed with SIGKILL, or
  // quitting at a second Ctrl-C, takes its guests with it
  const child = execa(requireTool('setpriv'), ['--pdeathsig', 'KILL', '--', o.qemu, ...qemuArgs(o.boot, o.serial)], {
    stdin: 'ignore',
    stdout: 'ignore',
    buffer: false,
    reject: false,
    forceKillAfterDelay: 2000,
  });

  let exited = false;
  const arm = (seconds: number) => {
    clearTimeout(timer);
    // lines read after QEMU exited still move the phase, but nothing is left to watch
    if (exited) return;
    timer = setTimeout(() => {
      hang = { kind: 'hang', phase, seconds, lastLine: reader.lastLine };
      child.kill('SIGKILL');
    }, seconds * 1000);
  };
  const enter = (next: Phase) => {
    if (next === phase) return;
    const now = Date.now();
    close(now);
    phase = next;
    phaseStart = now;
    o.onPhase?.(next);
    const limit = (o.timeouts as unknown as Record<string, number>)[next];
    arm(limit ?? SETTLE_SECONDS);
  };
  const onEvent = (e: ConsoleEvent) => {
    if (phase === 'panic') return;
    if (e.kind === 'agent-start') enter(e.stage === 2 ? 'stage2' : 'stage1');
    else if (e.kind === 'kexec') enter('kexec');
    else if (e.kind === 'done') enter('shutdown');
    else if (e.kind === 'panic') enter('panic');
  };
  const reader = new ConsoleReader(new Set(o.suites), onEvent);

  const onAbort = () => {
    aborted = true;
    child.kill('SIGKILL');
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  // an abort that came while the run was being prepared sends no event:
  // without this, a Ctrl-C just as walks started left their guests running
  if (o.signal?.aborted) onAbort();
  arm(o.timeouts.boot);
  o.onPhase?.('boot');

  for (const t of tails) t.start();
  let qemuStderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    qlog.write(chunk);
    if (qemuStderr.length < 8192) qemuStderr += chunk.toString('utf8');
  });

  const r = await child;
  exited = true;
  clearTimeout(timer);
  for (const t of tails) t.stop();
  o.signal?.removeEventListener('abort', onAbort);
  for (const p of ports) p.end();
  reader.end();
  const now = Date.now();
  close(now);
  timings.total = (now - started) / 1000;
  log.end();
  qlog.end();
  await Promise.all([once(log, 'close'), once(qlog, 'close')]);
  return { console: reader, phase, timings, spans, end: runEnd(r, hang, aborted, qemuStderr.trim()) };
}
