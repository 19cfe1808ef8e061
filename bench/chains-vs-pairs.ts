// npm run bench, second part: the same matrix (bench/chains.yaml: four
// kernels that can live-update, 16 ordered pairs, the memfd suite) with
// kexec chains and with --no-chain, alternating in one run. Prints median
// wall times, their ratio (issue goal: chains <= 0.6x) and luqual's
// overhead over the time QEMU itself ran (goal: under 5%): wall time
// against QEMU's seconds spread over the parallel slots.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultParallel } from '../matrix/run-matrix.ts';
import type { Results } from '../schemas/types/results.ts';

const ROUNDS = Number(process.env.BENCH_CHAIN_ROUNDS ?? 2);
const MATRIX = new URL('chains.yaml', import.meta.url).pathname;
const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;
// what luqual run uses under TCG with 2 guest CPUs and no `parallel:`
const SLOTS = defaultParallel('tcg', 2);

interface Measure {
  wall: number;
  /** seconds QEMU ran, summed over every QEMU run */
  qemu: number;
}

/** QEMU's seconds: every walk's run, and every pair that ran alone. */
function qemuSeconds(r: Results): number {
  const walks = (r.chains ?? []).reduce((s, c) => s + c.seconds, 0);
  return walks + r.pairs.filter((p) => !p.chain).reduce((s, p) => s + p.timings.total, 0);
}

async function once(chain: boolean): Promise<Measure> {
  const out = mkdtempSync(join(tmpdir(), 'luqual-bench-chains-'));
  const t = process.hrtime.bigint();
  const r = await execa(LUQUAL, ['run', MATRIX, '--out', out, '--accel', 'tcg', ...(chain ? [] : ['--no-chain'])], { reject: false, env: { CI: '1' } });
  const wall = Number(process.hrtime.bigint() - t) / 1e9;
  if (r.exitCode !== 0) throw new Error(`luqual run${chain ? '' : ' --no-chain'} failed:\n${r.stdout}\n${r.stderr}`);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  if (results.pairs.length !== 16) throw new Error(`expected 16 pairs, got ${results.pairs.length}`);
  rmSync(out, { recursive: true, force: true });
  return { wall, qemu: qemuSeconds(results) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length / 2;
  return Number.isInteger(mid) ? (s[mid - 1]! + s[mid]!) / 2 : s[Math.floor(mid)]!;
}
const overhead = (m: Measure) => m.wall / (m.qemu / SLOTS) - 1;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main() {
  const chained: Measure[] = [];
  const alone: Measure[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // alternate which goes first, so that a drift in the host's load hits both
    const order = i % 2 ? [false, true] : [true, false];
    for (const chain of order) (chain ? chained : alone).push(await once(chain));
    const [c, a] = [chained.at(-1)!, alone.at(-1)!];
    console.log(`round ${i + 1}: chains ${c.wall.toFixed(1)} s (QEMU ${c.qemu.toFixed(1)} s), --no-chain ${a.wall.toFixed(1)} s (QEMU ${a.qemu.toFixed(1)} s)`);
  }
  const c = { wall: median(chained.map((m) => m.wall)), qemu: median(chained.map((m) => m.qemu)) };
  const a = { wall: median(alone.map((m) => m.wall)), qemu: median(alone.map((m) => m.qemu)) };
  console.log(`\nbench/chains.yaml: 4 kernels, 16 ordered pairs, memfd suite, TCG, ${SLOTS} slots, median of ${ROUNDS} rounds:`);
  console.log(`  luqual run (chains):     ${c.wall.toFixed(1)} s   QEMU ${c.qemu.toFixed(1)} s over ${SLOTS} slots; luqual's overhead ${pct(overhead(c))}`);
  console.log(`  luqual run --no-chain:   ${a.wall.toFixed(1)} s   QEMU ${a.qemu.toFixed(1)} s over ${SLOTS} slots; luqual's overhead ${pct(overhead(a))}`);
  console.log(`  ratio chains / --no-chain: ${(c.wall / a.wall).toFixed(2)}x   (goal: <= 0.6x; overhead goal: < 5%)`);
}

await main();
