// Walks over the pair graph: kernels are vertices, the pairs to run are
// edges, and a walk K1 -> K2 -> ... -> Kn runs its n-1 pairs in one QEMU
// run, one kexec each. The fewest walks that run every pair once are an
// Eulerian circuit where the graph has one (every ordered pair of N
// kernels, self-pairs included: in-degree = out-degree = N) and otherwise
// one walk per unit of imbalance; they are then cut so that every slot
// that runs guests in parallel has a share.
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

/** Cuts a walk into `pieces` walks of near-equal hops; each piece starts where the one before ended. */
function cutWalk(w: Walk, pieces: number): Walk[] {
  const hops = w.length - 1;
  const out: Walk[] = [];
  let at = 0;
  for (let i = 0; i < pieces; i++) {
    const next = Math.round(((i + 1) * hops) / pieces);
    if (next > at) out.push(w.slice(at, next + 1));
    at = next;
  }
  return out;
}

/**
 * The walks for `slots` guests at a time: the cover, each walk cut so that
 * no piece is longer than an equal share of all hops (nor than MAX_HOPS),
 * longest first so that the queue ends on short ones.
 */
export function planWalks(pairs: readonly PlannedPair[], slots: number): Walk[] {
  const walks = coverWalks(pairs);
  const total = walks.reduce((n, w) => n + w.length - 1, 0);
  const share = Math.min(MAX_HOPS, Math.max(1, Math.ceil(total / Math.max(1, slots))));
  return walks.flatMap((w) => cutWalk(w, Math.ceil((w.length - 1) / share))).sort((a, b) => b.length - a.length);
}

/** The pairs a walk runs, in order. */
export function walkPairs(w: Walk): PlannedPair[] {
  return w.slice(1).map((to, i) => ({ from: w[i]!, to }));
}
