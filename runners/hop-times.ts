// What hops took before, kept in the cache, so that walks are cut into
// shares of equal time rather than of equal hops: kernels differ (a 7.1
// hop took 5 to 7 s here where a 7.3 one took 3.4 to 5 s), and a slot that
// finishes early idles until the last walk ends. A hint for planning and
// nothing else: without the file every hop counts the same.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import { contentKey } from '../host/cache.ts';
import { median } from '../judge/median.ts';
import type { HopCost } from '../matrix/walks.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Pair } from '../schemas/types/results.ts';

type Times = Record<string, number>;

const timesFile = (cache: string) => join(cache, 'hop-times.json');

/** A hop is the same hop again with the same images, command lines and suites. */
function hopKey(source: PreparedKernel, target: PreparedKernel, suites: readonly string[]): string {
  return contentKey([source.image, source.cmdline, target.image, target.cmdline, [...suites].sort()]);
}

function readTimes(cache: string): Times {
  try {
    const t: unknown = JSON.parse(readFileSync(timesFile(cache), 'utf8'));
    return t && typeof t === 'object' && !Array.isArray(t) ? (t as Times) : {};
  } catch {
    return {};
  }
}

/** What each hop is expected to take: the mean of its recorded times, else the median of the hops recorded. */
export function hopCosts(cache: string, byId: ReadonlyMap<string, PreparedKernel>, suites: readonly string[]): HopCost {
  const times = readTimes(cache);
  const fallback = median(Object.values(times).filter((x) => typeof x === 'number' && x > 0)) ?? 1;
  return (from, to) => {
    const [a, b] = [byId.get(from), byId.get(to)];
    return (a && b && times[hopKey(a, b, suites)]) || fallback;
  };
}

/** A pair's hop: what a walk spends on it (its stages and the kexec, not a cold boot). */
export function hopSeconds(p: Pair): number | null {
  const t = p.timings;
  const s = (t.stage1 ?? 0) + (t.kexec ?? 0) + (t.stage2 ?? 0);
  return p.verdict === 'error' || s <= 0 ? null : s;
}

/** Remembers the hops of pairs that ran, averaged with what was seen before to damp a noisy host. */
export function recordHopTimes(cache: string, pairs: readonly Pair[], byId: ReadonlyMap<string, PreparedKernel>, suites: readonly string[]): void {
  const times = readTimes(cache);
  let changed = false;
  for (const p of pairs) {
    const [a, b, s] = [byId.get(p.source.id), byId.get(p.target.id), hopSeconds(p)];
    if (!a || !b || s === null) continue;
    const k = hopKey(a, b, suites);
    times[k] = Math.round((times[k] ? (times[k] + s) / 2 : s) * 100) / 100;
    changed = true;
  }
  if (changed) atomicWrite(timesFile(cache), JSON.stringify(times) + '\n');
}
