// Progress of a matrix run. On a terminal: one status line, redrawn each
// second (which pairs run, in which phase, done/total, elapsed), with
// finished pairs printed above it. Elsewhere (CI logs): plain lines.
import type { RunEvent } from '../runners/run-matrix.ts';
import type { Phase } from '../runners/boot-run.ts';
import { VERDICTS } from './verdicts.ts';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export class Progress {
  private total = 0;
  private done = 0;
  private readonly running = new Map<string, { phase: Phase; since: number }>();
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private readonly tty: boolean;

  constructor(private readonly out: NodeJS.WriteStream = process.stderr) {
    this.tty = !!out.isTTY && process.env.CI === undefined;
    if (this.tty) this.timer = setInterval(() => this.draw(), 1000);
  }

  private say(line: string): void {
    if (this.tty) this.out.write('\r\x1b[2K');
    this.out.write(`${line}\n`);
    this.draw();
  }

  private draw(): void {
    if (!this.tty) return;
    const now = Date.now();
    const running = [...this.running].map(([k, r]) => `${k} ${r.phase} ${clock(now - r.since)}`).join(', ');
    const line = `[${this.done}/${this.total} done, ${clock(now - this.started)}] ${running || 'preparing'}`;
    this.out.write(`\r\x1b[2K${line.slice(0, (this.out.columns || 120) - 1)}`);
  }

  event(e: RunEvent): void {
    switch (e.kind) {
      case 'kernel':
        this.say(`luqual: ${e.message}`);
        break;
      case 'planned':
        this.total = e.pairs.length;
        this.done = e.kept;
        this.say(`luqual: ${this.total} pairs${e.kept ? `, ${e.kept} kept from the earlier run` : ''}`);
        break;
      case 'start':
        this.running.set(`${e.pair.from} -> ${e.pair.to}`, { phase: 'boot', since: Date.now() });
        if (!this.tty) this.say(`luqual: [${this.done}/${this.total}] ${e.pair.from} -> ${e.pair.to}: started`);
        break;
      case 'phase': {
        const r = this.running.get(`${e.pair.from} -> ${e.pair.to}`);
        if (r) r.phase = e.phase;
        break;
      }
      case 'chain-start':
        this.running.set(`${e.id} ${e.walk[0]} -> ${e.walk[1]}`, { phase: 'boot', since: Date.now() });
        if (!this.tty) this.say(`luqual: ${e.id}: ${e.walk.join(' -> ')}: started`);
        break;
      case 'chain-phase': {
        // one entry per walk, named by the hop it is in
        for (const k of this.running.keys()) if (k.startsWith(`${e.id} `)) this.running.delete(k);
        this.running.set(`${e.id} ${e.walk[e.hop]} -> ${e.walk[e.hop + 1]}`, { phase: e.phase, since: Date.now() });
        break;
      }
      case 'chain-end':
        for (const k of this.running.keys()) if (k.startsWith(`${e.chain.id} `)) this.running.delete(k);
        this.say(`luqual: ${e.chain.id}: ${e.chain.kept} of ${e.chain.kernels.length - 1} hops in ${e.chain.seconds.toFixed(1)}s: ${e.chain.end}`);
        break;
      case 'retry':
        this.say(`luqual: ${e.pair.from} -> ${e.pair.to}: ${e.previous.verdict} (${e.previous.reason}); attempt ${e.attempt}`);
        break;
      case 'done': {
        this.done++;
        this.running.delete(`${e.pair.from} -> ${e.pair.to}`);
        const p = e.result;
        const x = (p.expectation ? (p.expectation.met ? '' : ` (EXPECTED ${p.expectation.verdicts.join(' or ')})`) : '') + (p.flaky ? ' (FLAKY)' : '');
        this.say(`luqual: [${this.done}/${this.total}] ${e.pair.from} -> ${e.pair.to}: ${VERDICTS[p.verdict].symbol} ${p.verdict}${x} in ${p.timings.total.toFixed(1)}s: ${p.reason}`);
        break;
      }
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.tty) this.out.write('\r\x1b[2K');
  }
}
