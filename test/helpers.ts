// Shared by the tests: paths, recorded consoles, the luqual command.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { execa } from 'execa';
import { ConsoleReader } from '../runners/console.ts';
import { observeRun } from '../judge/hops.ts';
import type { Observation, Phase, RunEnd } from '../judge/observation.ts';
import type { Results } from '../schemas/types/results.ts';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const LUQUAL = join(ROOT, 'bin', 'luqual.js');

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'consoles', name), 'latin1');
}

/** Reads a console in chunks of the given size, as it would arrive from QEMU. */
export function readConsole(text: string, chunk = 4096, suites = ['memfd']): ConsoleReader {
  const r = new ConsoleReader(new Set(suites));
  for (let i = 0; i < text.length; i += chunk) r.write(text.slice(i, i + chunk));
  r.end();
  return r;
}

/** What a single pair's run of this console observed, QEMU having ended as `end` says (by default the guest powered off). */
export function observed(text: string, o: { end?: RunEnd; phase?: Phase; suites?: string[] } = {}): Observation {
  return observeRun(readConsole(text, 4096, o.suites ?? ['memfd']), o.end ?? { kind: 'exited', code: 0, stderr: '' }, o.phase ?? 'shutdown');
}

export function luqual(args: string[], env: Record<string, string> = {}) {
  return execa(LUQUAL, args, { reject: false, env: { ...env }, all: true, timeout: 30 * 60_000 });
}

/** Polls `value` until it is truthy or ten minutes have passed; returns its last value. */
export async function until<T>(value: () => T, everyMs = 200): Promise<T> {
  const deadline = Date.now() + 10 * 60_000;
  while (!value() && Date.now() < deadline) await new Promise((r) => setTimeout(r, everyMs));
  return value();
}

/** Waits until results.json at `file` holds at least one pair; returns how many. */
export function untilAPairFinished(file: string): Promise<number> {
  // results.json is replaced whole, so reading it while luqual writes is safe
  return until(() => (existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { pairs: unknown[] }).pairs.length : 0));
}

/** The smallest results file the schema accepts, with one pair: for tests of the schema and its readers. */
export const MINIMAL_PAIR = {
  source: { id: 'a', release: '7.2.12' },
  target: { id: 'b', release: '7.3.4' },
  verdict: 'compatible',
  reason: 'all 4 preserved items came back verified on b',
  suites: [{ name: 'memfd', status: 'pass', tests: [{ name: 'page', status: 'pass' }] }],
  timings: { boot: 1, total: 4 },
  logs: { console: 'pairs/a__b/console.log' },
  reproducer: 'npx luqual pair a b',
};

export const MINIMAL_RESULTS = {
  schemaVersion: 1,
  luqual: '0.1.0',
  startedAt: '2026-11-22T02:00:00.000Z',
  host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' },
  kernels: [],
  pairs: [MINIMAL_PAIR],
};

/** A run's verdicts and predictions as test/fixtures/runs/*.json record them. */
export interface RecordedPair {
  from: string;
  to: string;
  verdict: string;
  predicted?: string;
}

export function verdictsOf(r: Results): RecordedPair[] {
  return r.pairs.map((p) => ({ from: p.source.id, to: p.target.id, verdict: p.verdict, ...(p.prediction ? { predicted: p.prediction.verdict } : {}) }));
}

/** The pairs of test/fixtures/runs/NAME.json, as its `recorded` line says luqual reached them. */
export function recordedVerdicts(name: string): RecordedPair[] {
  return (JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'runs', `${name}.json`), 'utf8')) as { pairs: RecordedPair[] }).pairs;
}

/** A minimal bzImage header: boot signature, HdrS, protocol 2.15, a version string. */
export function fakeBzHeader(version: string, xloadflags: number): Buffer {
  const b = Buffer.alloc(0x400);
  b.writeUInt16LE(0xaa55, 0x1fe);
  b.write('HdrS', 0x202, 'latin1');
  b.writeUInt16LE(0x020f, 0x206);
  b.writeUInt16LE(0x300 - 0x200, 0x20e);
  b.write(version + '\0', 0x300, 'latin1');
  b.writeUInt16LE(xloadflags, 0x236);
  return b;
}
