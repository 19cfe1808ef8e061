// Routes of live updates from the grid: for every kernel a fleet may run
// and every newer one, the fewest compatible hops from one to the other,
// through any kernel of the matrix. A hop may be taken only into a kernel
// that can live-update again (its pair's nextUpdate is not unusable), unless
// it is the last. A route of one hop is its pair, already run; a longer one
// is a hypothesis until a walk with heirlooms runs it (judge/path.ts), and
// its status is what that run showed, whether the path was declared or not.
import type { Pair, Path, Route } from '../schemas/types/results.ts';

const hopKey = (a: string, b: string) => JSON.stringify([a, b]);

/** The fewest compatible hops from `from` to `to`, as kernel ids from..to; null when there is none. */
function shortest(from: string, to: string, ids: readonly string[], usable: (a: string, b: string) => boolean): string[] | null {
  const back = new Map<string, string>([[from, from]]);
  let frontier = [from];
  while (frontier.length && !back.has(to)) {
    const next: string[] = [];
    for (const a of frontier) {
      for (const b of ids) {
        if (back.has(b) || !usable(a, b)) continue;
        back.set(b, a);
        next.push(b);
      }
    }
    frontier = next;
  }
  if (!back.has(to)) return null;
  const route = [to];
  while (route[0] !== from) route.unshift(back.get(route[0]!)!);
  return route;
}

/** Why the direct hop is no live update, in words: the component its explanation names, else its reason. */
function coldBecause(p: Pair | undefined): string {
  if (!p) return 'the pair was not run';
  return `${p.verdict}: ${p.explanation ?? p.reason}`;
}

/** An upgrade a fleet may make: from an older kernel to a newer one (the matrix's `upgrades` policy). */
export interface Upgrade {
  from: string;
  to: string;
}

/**
 * Every upgrade with its route, through any of the kernels `ids`. Paths
 * already run over a route's kernels decide its status.
 */
export function findRoutes(ids: readonly string[], upgrades: readonly Upgrade[], pairs: readonly Pair[], paths: readonly Path[] = []): Route[] {
  const byHop = new Map(pairs.map((p) => [hopKey(p.source.id, p.target.id), p]));
  const out: Route[] = [];
  for (const { from, to } of upgrades) {
    const usable = (x: string, y: string) => {
      const p = byHop.get(hopKey(x, y));
      return x !== y && p?.verdict === 'compatible' && (y === to || p.nextUpdate?.state !== 'unusable');
    };
    const route = shortest(from, to, ids, usable);
    if (!route) {
      out.push({ from, to, status: 'none', coldReboot: { source: from, target: to, because: coldBecause(byHop.get(hopKey(from, to))) } });
    } else if (route.length === 2) {
      out.push({ from, to, status: 'direct', kernels: route });
    } else {
      const run = paths.find((p) => p.kernels.join('\n') === route.join('\n'));
      const status = !run ? 'untested' : run.verdict === 'compatible' ? 'verified' : 'refuted';
      out.push({ from, to, status, kernels: route, ...(run ? { path: run.id } : {}) });
    }
  }
  return out;
}

/** The routes that need a walk with heirlooms to be more than a hypothesis, each once. */
export function routesToRun(routes: readonly Route[]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const r of routes) {
    if (r.status !== 'untested' || !r.kernels) continue;
    const k = r.kernels.join('\n');
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(r.kernels);
  }
  return out;
}

/** A route as `luqual path` says it: its first line the answer, the rest the evidence; `live` when a run showed it. */
export function describeRoute(r: Route, pairs: readonly Pair[], paths: readonly Path[]): { live: boolean; lines: string[] } {
  const head = `${r.from} -> ${r.to}`;
  const via = r.kernels ? r.kernels.slice(1, -1).join(' -> ') : '';
  const run = paths.find((p) => p.id === r.path);
  const hops = (run?.hops ?? []).map((h) => `  hop ${h.hop} ${h.source} -> ${h.target}: ${h.pairVerdict} as a pair; heirlooms ${h.state}: ${h.evidence}`);
  switch (r.status) {
    case 'direct': {
      const p = pairs.find((x) => x.source.id === r.from && x.target.id === r.to)!;
      return { live: true, lines: [`${head}: live update directly`, `  the pair: ${p.verdict}: ${p.reason}`] };
    }
    case 'verified':
      return { live: true, lines: [`${head}: live update via ${via}`, `  ${run!.id}: ${run!.reason}`, ...hops] };
    case 'refuted':
      return { live: false, lines: [`${head}: no verified live route: the route via ${via} lost state; reboot cold`, `  ${run!.id}: ${run!.reason}`, ...hops] };
    case 'untested':
      return { live: false, lines: [`${head}: no verified live route: via ${via} is compatible hop by hop but was never run with heirlooms (luqual run runs it)`] };
    case 'none':
      return { live: false, lines: [`${head}: no live route: reboot cold at ${r.coldReboot!.source} -> ${r.coldReboot!.target}`, `  because ${r.coldReboot!.because}`] };
  }
}
