// Walks over the pair graph: kernels are vertices, the pairs to run are
// edges, and a walk K1 -> K2 -> ... -> Kn runs its n-1 pairs in one QEMU
// run, one kexec each. The fewest walks that run every pair once are an
// Eulerian circuit where the graph has one (every ordered pair of N
// kernels, self-pairs included: in-degree = out-degree = N) and otherwise
// one walk per unit of imbalance; they are then cut so that every slot
// that runs guests in parallel has an equal share of the expected time
// (runners/hop-times.ts: what the same hops took before).
import type { PlannedPair } from './pairs.ts';

/** The kernels of one walk, in order: walk[i] -> walk[i+1] is a pair. */
export type Walk = string[];

/** Longer walks gain nothing more and lose more to one failed hop. */
export const MAX_HOPS = 32;

const VIRTUAL = '\u0000start';

/**
 * Hierholzer's algorithm from `start`, consuming edges in the order they
 * were given (so a plan is the same on every run); returns the vertices of
 * the closed walk.
 */
function circuit(adj: Map<string, string[]>, start: string): string[] {
  const stack = [start];
  const out: string[] = [];
  while (stack.length) {
    const v = stack.at(-1)!;
    const next = adj.get(v)?.shift();
    if (next === undefined) out.push(stack.pop()!);
    else stack.push(next);
  }
  return out.reverse();
}

/**
 * The fewest walks that together run every pair exactly once. Every
 * vertex with more pairs out than in starts that many walks, every vertex
 * with more in than out ends that many: a virtual vertex joined to both
 * balances the graph, and its Eulerian circuit, cut at the virtual vertex,
 * gives the walks. Balanced parts the virtual vertex does not reach are
 * circuits of their own.
 */
export function coverWalks(pairs: readonly PlannedPair[]): Walk[] {
  const adj = new Map<string, string[]>();
  const balance = new Map<string, number>();
  const add = (from: string, to: string) => {
    if (!adj.has(from)) adj.set(from, []);
    adj.get(from)!.push(to);
  };
  for (const p of pairs) {
    add(p.from, p.to);
    balance.set(p.from, (balance.get(p.from) ?? 0) + 1);
    balance.set(p.to, (balance.get(p.to) ?? 0) - 1);
  }
  for (const [v, b] of balance) {
    for (let i = 0; i < b; i++) add(VIRTUAL, v);
    for (let i = 0; i < -b; i++) add(v, VIRTUAL);
  }
  const walks: Walk[] = [];
  const cut = (closed: string[]) => {
    let current: Walk = [];
    for (const v of closed) {
      if (v !== VIRTUAL) {
        current.push(v);
        continue;
      }
      if (current.length > 1) walks.push(current);
      current = [];
    }
    if (current.length > 1) walks.push(current);
  };
  if (adj.has(VIRTUAL)) cut(circuit(adj, VIRTUAL));
  for (const p of pairs) if (adj.get(p.from)?.length) cut(circuit(adj, p.from));
  return walks;
}

/** Seconds a hop from one kernel to another is expected to take (any unit will do). */
export type HopCost = (from: string, to: string) => number;

const EQUAL: HopCost = () => 1;

/**
 * Cuts a walk into `pieces` (at most its hops) walks of near-equal cost;
 * each piece starts where the one before ended and has a hop at least. A
 * cut goes after the hop whose running total comes nearest to the piece's
 * share.
 */
function cutWalk(w: Walk, pieces: number, cost: HopCost): Walk[] {
  const hops = w.length - 1;
  const total = walkCost(w, cost);
  const out: Walk[] = [];
  let at = 0;
  let sum = 0;
  for (let i = 1; i < pieces; i++) {
    const goal = (i * total) / pieces;
    let next = at;
    let reach = sum;
    // take hops while that brings the running total nearer the goal, leaving one for each piece after
    while (next < hops - (pieces - i)) {
      const step = cost(w[next]!, w[next + 1]!);
      if (next > at && Math.abs(reach + step - goal) > Math.abs(reach - goal)) break;
      reach += step;
      next++;
    }
    out.push(w.slice(at, next + 1));
    at = next;
    sum = reach;
  }
  out.push(w.slice(at));
  return out;
}

/** A closed walk (first kernel = last) started at its i-th kernel: the same hops in the same cyclic order. */
function rotate(w: Walk, i: number): Walk {
  return [...w.slice(i, -1), ...w.slice(0, i + 1)];
}

/**
 * cutWalk's pieces whose costliest piece costs least. A closed walk can
 * start at any of its kernels, and where it starts moves every cut: the
 * circuit cut where it happens to start can leave one slot idle for
 * seconds while the other finishes.
 */
function balancedCut(w: Walk, pieces: number, cost: HopCost): Walk[] {
  const starts = pieces > 1 && w[0] === w.at(-1) ? w.length - 1 : 1;
  let best: Walk[] = [];
  let bestMax = Infinity;
  for (let i = 0; i < starts; i++) {
    const cut = cutWalk(i ? rotate(w, i) : w, pieces, cost);
    const max = Math.max(...cut.map((piece) => walkCost(piece, cost)));
    // strictly better only: equal costs keep the circuit as given
    if (max < bestMax - 1e-9) [best, bestMax] = [cut, max];
  }
  return best;
}

export function walkCost(w: Walk, cost: HopCost): number {
  let total = 0;
  for (let i = 0; i + 1 < w.length; i++) total += cost(w[i]!, w[i + 1]!);
  return total;
}

/**
 * The walks for `slots` guests at a time: the cover, each walk cut (and a
 * closed one started where that cuts best) so that no piece costs more
 * than an equal share of all hops (nor has more than
 * MAX_HOPS), costliest first so that the queue ends on short ones. Without
 * costs every hop counts the same.
 */
export function planWalks(pairs: readonly PlannedPair[], slots: number, cost: HopCost = EQUAL): Walk[] {
  const walks = coverWalks(pairs);
  const total = walks.reduce((n, w) => n + walkCost(w, cost), 0);
  const share = total / Math.max(1, slots);
  const pieces = (w: Walk) => Math.max(Math.ceil((w.length - 1) / MAX_HOPS), share > 0 ? Math.round(walkCost(w, cost) / share) : 1, 1);
  return walks.flatMap((w) => balancedCut(w, Math.min(w.length - 1, pieces(w)), cost)).sort((a, b) => walkCost(b, cost) - walkCost(a, cost));
}

/** The pairs a walk runs, in order. */
export function walkPairs(w: Walk): PlannedPair[] {
  return w.slice(1).map((to, i) => ({ from: w[i]!, to }));
}
