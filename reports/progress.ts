// Progress of a matrix run. On a terminal: one status line, redrawn each
// second (which pairs run, in which phase, done/total, elapsed), with
// finished pairs printed above it. Elsewhere (CI logs): plain lines. At
// the end, what the run adds up to goes to standard output.
import { describeChange, noteworthy } from '../judge/compare.ts';
import { tallies } from '../judge/tallies.ts';
import type { PlannedPair } from '../matrix/pairs.ts';
import type { Walk } from '../matrix/walks.ts';
import type { Phase } from '../runners/boot-run.ts';
import type { Chain, Pair, Results } from '../schemas/types/results.ts';
import type { Reporter, RunBegin } from './reporter.ts';
import { VERDICTS } from './verdicts.ts';
import { terminalSafe } from './terminal-safe.ts';
import { logEvery } from './live-console.ts';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

const name = (p: PlannedPair) => `${p.from} -> ${p.to}`;

/** The lines that end a run: expectations, what broke, what was not predicted, errors, changes from the baseline. */
export function endSummary(r: Results): string {
  const t = tallies(r);
  const lines = [`${r.pairs.length} pairs run; expectations: ${t.met} of ${t.expected} met; ${t.unexpected.length} unexpected`];
  for (const p of t.broken) lines.push(`  broken: ${p.source.id} -> ${p.target.id}: ${p.verdict}, expected ${p.expectation!.verdicts.join(' or ')}`, `    ${p.reason}`, `    reproduce: ${p.reproducer}`);
  // the kernels' formats predicted otherwise: a kernel bug or a luqual bug
  for (const p of t.unexpected) lines.push(`  unexpected: ${p.source.id} -> ${p.target.id}: ${p.verdict}, predicted ${p.prediction!.verdict} (${p.prediction!.because})`, `    ${p.reason}`, `    reproduce: ${p.reproducer}`);
  for (const p of t.errors) lines.push(`  error: ${p.source.id} -> ${p.target.id}: ${p.reason}`, `    reproduce: ${p.reproducer}`);
  for (const c of r.comparison?.changes.filter(noteworthy) ?? []) lines.push(`  ${describeChange(c)}`);
  // one line each: a newline in a reason cannot make one of its own
  return lines.map((l) => terminalSafe(l)).join('\n') + '\n';
}

export class Progress implements Reporter {
  private total = 0;
  private done = 0;
  private readonly running = new Map<string, { phase: Phase; since: number }>();
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private readonly tty: boolean;
  /** the status of the kernel being built */
  private building: string | null = null;
  private readonly liveDue = logEvery();

  /** `err` gets the progress, `out` the summary at the end. */
  constructor(
    private readonly err: Pick<NodeJS.WriteStream, 'write' | 'isTTY' | 'columns'> = process.stderr,
    private readonly out: Pick<NodeJS.WritableStream, 'write'> = process.stdout,
  ) {
    this.tty = !!err.isTTY && process.env.CI === undefined;
    if (this.tty) this.timer = setInterval(() => this.draw(), 1000);
  }

  /** One line, which may hold a kernel's words; a note may be several (a tool's output). */
  private say(line: string, o: { lines?: boolean } = {}): void {
    if (this.tty) this.err.write('\r\x1b[2K');
    this.err.write(`${terminalSafe(line, o)}\n`);
    this.draw();
  }

  private draw(): void {
    if (!this.tty) return;
    const now = Date.now();
    const running = [...this.running].map(([k, r]) => `${k} ${r.phase} ${clock(now - r.since)}`).join(', ');
    const line = `[${this.done}/${this.total} done, ${clock(now - this.started)}] ${running || this.building || 'preparing'}`;
    this.err.write(`\r\x1b[2K${terminalSafe(line).slice(0, (this.err.columns || 120) - 1)}`);
  }

  /** Forgets the walk's entry, named by the hop it was in. */
  private dropWalk(id: string): void {
    for (const k of this.running.keys()) if (k.startsWith(`${id} `)) this.running.delete(k);
  }

  /**
   * What happens before the run (kernels prepared, the accelerator chosen).
   * A live note (a build's status) is the status line on a terminal and a
   * line at most every 30 s in a log.
   */
  note(message: string, o: { live?: boolean } = {}): void {
    if (!o.live) {
      this.building = null;
      this.say(`luqual: ${message}`, { lines: true });
    } else if (this.tty) {
      this.building = message;
      this.draw();
    } else if (this.liveDue()) {
      this.say(`luqual: ${message}`);
    }
  }

  onBegin({ planned, kept }: RunBegin): void {
    this.total = planned.length;
    this.done = kept.length;
    this.say(`luqual: ${this.total} pairs${kept.length ? `, ${kept.length} kept from the earlier run` : ''}`);
  }

  onPairBegin(pair: PlannedPair): void {
    this.running.set(name(pair), { phase: 'boot', since: Date.now() });
    if (!this.tty) this.say(`luqual: [${this.done}/${this.total}] ${name(pair)}: started`);
  }

  onPhase(pair: PlannedPair, phase: Phase): void {
    const r = this.running.get(name(pair));
    if (r) r.phase = phase;
  }

  onWalkBegin(id: string, walk: Walk): void {
    this.running.set(`${id} ${walk[0]} -> ${walk[1]}`, { phase: 'boot', since: Date.now() });
    if (!this.tty) this.say(`luqual: ${id}: ${walk.join(' -> ')}: started`);
  }

  onWalkPhase(id: string, walk: Walk, hop: number, phase: Phase): void {
    this.dropWalk(id);
    this.running.set(`${id} ${walk[hop]} -> ${walk[hop + 1]}`, { phase, since: Date.now() });
  }

  onWalkEnd(chain: Chain): void {
    this.dropWalk(chain.id);
    this.say(`luqual: ${chain.id}: ${chain.kept} of ${chain.kernels.length - 1} hops in ${chain.seconds.toFixed(1)}s: ${chain.end}`);
  }

  onRetry(pair: PlannedPair, attempt: number, previous: Pair): void {
    this.say(`luqual: ${name(pair)}: ${previous.verdict} (${previous.reason}); attempt ${attempt}`);
  }

  onPairEnd(p: Pair): void {
    this.done++;
    const pair = name({ from: p.source.id, to: p.target.id });
    this.running.delete(pair);
    const x = (p.expectation ? (p.expectation.met ? '' : ` (EXPECTED ${p.expectation.verdicts.join(' or ')})`) : '') + (p.flaky ? ' (FLAKY)' : '');
    this.say(`luqual: [${this.done}/${this.total}] ${pair}: ${VERDICTS[p.verdict].symbol} ${p.verdict}${x} in ${p.timings.total.toFixed(1)}s: ${p.reason}`);
  }

  onEnd(results: Results): void {
    this.stop();
    this.out.write(endSummary(results));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.tty) this.err.write('\r\x1b[2K');
  }
}
