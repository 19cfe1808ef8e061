// npm run bench, fourth part: what the ABI ladder's patched 7.3.4 kernels
// cost once the unpatched one is built. In a scratch cache that shares only
// the downloads (so no kernel is cached), builds debian-src:7.3.4 from
// nothing, then each patched variant on it, and prints each time and its
// ratio to the cold build (issue goal: a variant under 30 s).
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../host/cache.ts';
import { prepareEntry } from '../kernels/entry.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { loadMatrix } from '../matrix/load.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { liveConsole } from '../reports/live-console.ts';

const LADDER = new URL('../examples/abi-ladder/matrix.yaml', import.meta.url).pathname;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = Date.now();
  const v = await fn();
  return [v, (Date.now() - t0) / 1000];
}

async function main() {
  const cache = mkdtempSync(join(tmpdir(), 'luqual-bench-builds-'));
  mkdirSync(join(cache, 'kernels'));
  // Debian's downloads are not what is measured: share them
  symlinkSync(join(cacheRoot(), 'apt'), join(cache, 'apt'));
  try {
    // the builds' own status lines, as a CI log gets them (one every 30 s)
    const say = liveConsole();
    const [, cold] = await timed(() => prepareKernel(parseKernelRef('debian-src:7.3.4'), { cache, onProgress: say }));
    console.log(`debian-src:7.3.4 from nothing: ${cold.toFixed(0)} s`);
    const ladder = loadMatrix(LADDER);
    const variants = ladder.kernels.filter((k) => k.patches?.length);
    const rows: string[] = [];
    for (const e of variants) {
      const [k, s] = await timed(() => prepareEntry(e, ladder.base, cache, say));
      if (!/incrementally/.test(k.obtained)) throw new Error(`${e.id} was not built incrementally: ${k.obtained}`);
      rows.push(`  ${e.id.padEnd(14)} ${s.toFixed(1).padStart(6)} s   ${(s / cold).toFixed(3)}x the cold build`);
      console.log(rows.at(-1));
    }
    console.log(`\nABI ladder variants of 7.3.4 (${variants.map((e) => e.patches!.join('+')).join(', ')}), built after it, on ${cpus().length} cores:`);
    console.log(`  cold build     ${cold.toFixed(1).padStart(6)} s`);
    for (const r of rows) console.log(r);
    console.log('  goal: each variant under 30 s');
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

await main();
