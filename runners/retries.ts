// Retrying what may be the host's or the emulator's fault: a pair whose
// verdict is error or incompatible-hang runs again, and attempts that
// disagree make it flaky.
import type { Pair } from '../schemas/types/results.ts';

/** Verdicts that may come from the host or the emulator rather than the kernels. */
export const RETRIED: ReadonlySet<Pair['verdict']> = new Set(['error', 'incompatible-hang']);
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
