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

/** The phase the run is in, and the seconds spent in each phase so far. */
class PhaseClock {
  phase: Phase = 'boot';
  readonly timings: PhaseTimes = { total: 0 };
  readonly spans: BootRunResult['spans'] = [];
  private readonly started = Date.now();
  private since = this.started;

  /** Moves to `next`; false when the run is already in it. */
  enter(next: Phase): boolean {
    if (next === this.phase) return false;
    this.close();
    this.phase = next;
    return true;
  }

  /** Ends the phase the run is in; at the end of the run, also the total. */
  close(): void {
    const now = Date.now();
    const seconds = (now - this.since) / 1000;
    this.timings[this.phase] = (this.timings[this.phase] ?? 0) + seconds;
    this.spans.push({ phase: this.phase, seconds });
    this.since = now;
    this.timings.total = (now - this.started) / 1000;
  }
}

/** Kills the guest when a phase outlasts its limit, and remembers that it did. */
class Watchdog {
  hang: Extract<RunEnd, { kind: 'hang' }> | null = null;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(private readonly kill: () => void) {}

  arm(phase: Phase, seconds: number, lastLine: () => string): void {
    clearTimeout(this.timer);
    // lines read after QEMU exited still move the phase, but nothing is left to watch
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.hang = { kind: 'hang', phase, seconds, lastLine: lastLine() };
      this.kill();
    }, seconds * 1000);
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }
}

/**
 * setpriv execs QEMU (the same process, so the watchdog kills QEMU itself)
 * with a parent-death signal: a luqual killed with SIGKILL, or quitting at
 * a second Ctrl-C, takes its guests with it.
 */
function startQemu(o: BootRunOptions) {
  return execa(requireTool('setpriv'), ['--pdeathsig', 'KILL', '--', o.qemu, ...qemuArgs(o.boot, o.serial)], {
    stdin: 'ignore',
    stdout: 'ignore',
    buffer: false,
    reject: false,
    forceKillAfterDelay: 2000,
  });
}

/**
 * Follows both serial ports as QEMU writes them. Both are read as whole
 * lines and merged line by line, in the order they arrive, so a kernel
 * message cannot split an agent line; each line goes to the log and the reader.
 */
function followPorts(serial: SerialFiles, onLine: (line: string) => void): { stop: () => void } {
  const ports = [new LineSplitter(onLine), new LineSplitter(onLine)] as const;
  const tails = [new FileTail(serial.console, (c) => ports[0].write(c)), new FileTail(serial.ktap, (c) => ports[1].write(c))];
  for (const t of tails) t.start();
  return {
    stop: () => {
      for (const t of tails) t.stop();
      for (const p of ports) p.end();
    },
  };
}

/** The phase a console event moves the run to, if any. */
function phaseOf(e: ConsoleEvent): Phase | null {
  if (e.kind === 'agent-start') return e.stage === 2 ? 'stage2' : 'stage1';
  if (e.kind === 'kexec') return 'kexec';
  if (e.kind === 'done') return 'shutdown';
  if (e.kind === 'panic') return 'panic';
  return null;
}

export async function bootRun(o: BootRunOptions): Promise<BootRunResult> {
  const clock = new PhaseClock();
  const log = createWriteStream(o.consoleLog);
  const qlog = createWriteStream(o.qemuLog);
  // what an earlier run left in the port files must not be read as this run's
  for (const f of [o.serial.console, o.serial.ktap]) rmSync(f, { force: true });
  const child = startQemu(o);
  const watchdog = new Watchdog(() => child.kill('SIGKILL'));
  const limit = (phase: Phase) => (o.timeouts as unknown as Record<string, number>)[phase] ?? SETTLE_SECONDS;
  const reader = new ConsoleReader(new Set(o.suites), (e) => {
    const next = phaseOf(e);
    if (clock.phase === 'panic' || !next || !clock.enter(next)) return;
    o.onPhase?.(next);
    watchdog.arm(next, limit(next), () => reader.lastLine);
  });
  const ports = followPorts(o.serial, (l) => {
    log.write(l + '\n');
    reader.writeLine(l);
  });
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    child.kill('SIGKILL');
  };
  o.signal?.addEventListener('abort', onAbort, { once: true });
  // an abort that came while the run was being prepared sends no event:
  // without this, a Ctrl-C just as walks started left their guests running
  if (o.signal?.aborted) onAbort();
  watchdog.arm('boot', o.timeouts.boot, () => reader.lastLine);
  o.onPhase?.('boot');
  let qemuStderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    qlog.write(chunk);
    if (qemuStderr.length < 8192) qemuStderr += chunk.toString('utf8');
  });

  const r = await child;
  watchdog.stop();
  ports.stop();
  o.signal?.removeEventListener('abort', onAbort);
  reader.end();
  clock.close();
  log.end();
  qlog.end();
  await Promise.all([once(log, 'close'), once(qlog, 'close')]);
  return { console: reader, phase: clock.phase, timings: clock.timings, spans: clock.spans, end: runEnd(r, watchdog.hang, aborted, qemuStderr.trim()) };
}
