// Shard results combined into one: kernels must be the same where shards
// share them, and no pair may come from two shards. The merge has the whole
// grid no shard had, so it finds the upgrades' routes.
import { InputError } from './errors.ts';
import type { Results } from '../schemas/types/results.ts';
import { pairKey } from './pair-key.ts';
import { upgradesOf } from './releases.ts';
import { findRoutes } from './routes.ts';

/**
 * Shards are checked out wherever each runner puts them: one matrix is one
 * content, whatever its path. Results from before luqual recorded the
 * content's hash are matched by path, as then.
 */
function sameMatrix(a: Results, b: Results): boolean {
  if (a.matrixSha256 && b.matrixSha256) return a.matrixSha256 === b.matrixSha256;
  return a.matrix === b.matrix;
}

function describeMatrix(r: Results): string {
  return r.matrixSha256 ? `${r.matrix} (sha256 ${r.matrixSha256.slice(0, 12)})` : String(r.matrix);
}

export function mergeResults(parts: ReadonlyArray<{ dir: string; results: Results }>): Results {
  const first = parts[0]!.results;
  const kernels = new Map<string, Results['kernels'][number]>();
  const owner = new Map<string, string>();
  const out: Results = { ...first, kernels: [], pairs: [], merged: parts.map((p) => p.dir) };
  delete out.chains;
  delete out.shard;
  delete out.comparison;
  delete out.paths;
  delete out.routes;
  for (const { dir, results } of parts) {
    if (!sameMatrix(results, first)) throw new InputError(`${dir} ran ${describeMatrix(results)}, ${parts[0]!.dir} ran ${describeMatrix(first)}: not shards of one matrix`);
    for (const k of results.kernels) {
      const had = kernels.get(k.id);
      if (had && JSON.stringify(had) !== JSON.stringify(k)) throw new InputError(`kernel ${k.id} differs between the shards (${had.release}, ${k.release}): they did not run the same kernels`);
      kernels.set(k.id, k);
    }
    for (const p of results.pairs) {
      const key = pairKey(p.source.id, p.target.id);
      if (owner.has(key)) throw new InputError(`pair ${p.source.id} -> ${p.target.id} is in both ${owner.get(key)} and ${dir}`);
      owner.set(key, dir);
      out.pairs.push(p);
    }
    // walk ids name their shard (run-matrix.ts): they cannot collide
    for (const c of results.chains ?? []) (out.chains ??= []).push(c);
    for (const p of results.paths ?? []) (out.paths ??= []).push(p);
    if (results.startedAt < out.startedAt) out.startedAt = results.startedAt;
    if (results.finishedAt && (!out.finishedAt || results.finishedAt > out.finishedAt)) out.finishedAt = results.finishedAt;
    if (results.interrupted) out.interrupted = true;
  }
  // kernels in the order the shards list them, pairs by source then target
  out.kernels = [...kernels.values()];
  const rank = (id: string) => out.kernels.findIndex((k) => k.id === id);
  out.pairs.sort((a, b) => rank(a.source.id) - rank(b.source.id) || rank(a.target.id) - rank(b.target.id));
  // no shard had the whole grid; the merge has, but runs nothing: a route through other kernels stays untested
  out.routes = findRoutes(out.kernels.map((k) => k.id), upgradesOf(out.kernels), out.pairs, out.paths ?? []);
  return out;
}
