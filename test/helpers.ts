// Shared by the tests: paths, recorded consoles, the luqual command.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { execa } from 'execa';
import { ConsoleReader } from '../runners/console.ts';
import { observeRun } from '../judge/hops.ts';
import type { Observation, Phase, RunEnd } from '../judge/observation.ts';

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
