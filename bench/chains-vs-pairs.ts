// npm run bench, second part: the same matrix (bench/chains.yaml: four
// kernels that can live-update, 16 ordered pairs, the memfd suite) with
// kexec chains and with --no-chain, alternating in one run. Prints median
// wall times, their ratio (issue goal: chains <= 0.6x) and luqual's
// overhead over the time QEMU itself ran (goal: under 5%), two ways: the
// wall time during which no QEMU ran at all (luqual alone: start-up,
// kernels, planning, reports), and wall time against QEMU's seconds spread
// over the parallel slots (which also counts a slot left idle at the end),
// and the best ratio walks could reach given --no-chain's own phase times.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultParallel } from '../runners/matrix-plan.ts';
import type { Results } from '../schemas/types/results.ts';
import { hopSeconds } from '../runners/hop-times.ts';
import { median as medianOf } from '../judge/median.ts';

const median = (xs: number[]) => medianOf(xs)!;

// a shared host's load swings a run by 15%: five rounds, and a ratio per round
const ROUNDS = Number(process.env.BENCH_CHAIN_ROUNDS ?? 5);
const MATRIX = new URL('chains.yaml', import.meta.url).pathname;
const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;
// what luqual run uses under TCG with 2 guest CPUs and no `parallel:`
const SLOTS = defaultParallel('tcg', 2);

interface Measure {
  wall: number;
  /** seconds QEMU ran, summed over every QEMU run */
  qemu: number;
  /** seconds of the run during which some QEMU ran */
  busy: number;
  /** of qemu: the hops (stage 1, kexec, stage 2 of every pair) */
  hops: number;
  walks: number;
}

/** QEMU's seconds: every walk's run, and every pair that ran alone. */
function qemuSeconds(r: Results): number {
  const walks = (r.chains ?? []).reduce((s, c) => s + c.seconds, 0);
  return walks + r.pairs.filter((p) => !p.chain).reduce((s, p) => s + p.timings.total, 0);
}

/** Every QEMU run as [start, end] in ms: each walk once, and every pair that ran alone. */
function qemuIntervals(r: Results): Array<[number, number]> {
  const runs = new Map<string, [number, number]>();
  for (const p of r.pairs) {
    const start = Date.parse(p.startedAt!);
    const c = p.chain && r.chains?.find((x) => x.id === p.chain!.id);
    if (c) runs.set(c.id, [start, start + c.seconds * 1000]);
    else runs.set(`${p.source.id}->${p.target.id}`, [start, start + p.timings.total * 1000]);
  }
  return [...runs.values()];
}

/** Seconds of [t0, t1] covered by at least one interval. */
function covered(intervals: Array<[number, number]>, t0: number, t1: number): number {
  let total = 0;
  let reach = t0;
  for (const [a, b] of [...intervals].sort((x, y) => x[0] - y[0])) {
    const from = Math.max(a, reach);
    const to = Math.min(b, t1);
    if (to > from) total += to - from;
    reach = Math.max(reach, to);
  }
  return total / 1000;
}

async function once(chain: boolean): Promise<Measure> {
  const out = mkdtempSync(join(tmpdir(), 'luqual-bench-chains-'));
  const t0 = Date.now();
  const r = await execa(LUQUAL, ['run', MATRIX, '--out', out, '--accel', 'tcg', ...(chain ? [] : ['--no-chain'])], { reject: false, env: { CI: '1' } });
  const t1 = Date.now();
  const wall = (t1 - t0) / 1000;
  if (r.exitCode !== 0) throw new Error(`luqual run${chain ? '' : ' --no-chain'} failed:\n${r.stdout}\n${r.stderr}`);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  if (results.pairs.length !== 16) throw new Error(`expected 16 pairs, got ${results.pairs.length}`);
  rmSync(out, { recursive: true, force: true });
  const hops = results.pairs.reduce((n, p) => n + (hopSeconds(p) ?? 0), 0);
  return { wall, qemu: qemuSeconds(results), busy: covered(qemuIntervals(results), t0, t1), hops, walks: results.chains?.length ?? 0 };
}

const overhead = (m: Measure) => m.wall / (m.qemu / SLOTS) - 1;
const alone = (m: Measure) => m.wall / m.busy - 1;
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

async function main() {
  const chained: Measure[] = [];
  const singles: Measure[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    // alternate which goes first, so that a drift in the host's load hits both
    const order = i % 2 ? [false, true] : [true, false];
    for (const chain of order) (chain ? chained : singles).push(await once(chain));
    const [c, a] = [chained.at(-1)!, singles.at(-1)!];
    console.log(`round ${i + 1}: chains ${c.wall.toFixed(1)} s (QEMU ${c.qemu.toFixed(1)} s), --no-chain ${a.wall.toFixed(1)} s (QEMU ${a.qemu.toFixed(1)} s): ${(c.wall / a.wall).toFixed(2)}x`);
  }
  const mid = (ms: Measure[]): Measure => ({ wall: median(ms.map((m) => m.wall)), qemu: median(ms.map((m) => m.qemu)), busy: median(ms.map((m) => m.busy)), hops: median(ms.map((m) => m.hops)), walks: median(ms.map((m) => m.walks)) });
  const c = mid(chained);
  const a = mid(singles);
  console.log(`\nbench/chains.yaml: 4 kernels, 16 ordered pairs, memfd suite, TCG, ${SLOTS} slots, median of ${ROUNDS} rounds:`);
  for (const [name, m] of [['luqual run (chains):  ', c], ['luqual run --no-chain:', a]] as const) {
    console.log(`  ${name} ${m.wall.toFixed(1)} s; some QEMU running ${m.busy.toFixed(1)} s, none ${(m.wall - m.busy).toFixed(1)} s: luqual alone ${pct(alone(m))}; QEMU ${m.qemu.toFixed(1)} s over ${SLOTS} slots: ${pct(overhead(m))} (idle slots included)`);
  }
  // the two runs of a round ran back to back, under much the same load
  const perRound = chained.map((m, i) => m.wall / singles[i]!.wall);
  console.log(`  ratio chains / --no-chain: ${(c.wall / a.wall).toFixed(2)}x of the medians, ${median(perRound).toFixed(2)}x the median of the rounds' (${Math.min(...perRound).toFixed(2)} to ${Math.max(...perRound).toFixed(2)})   (goal: <= 0.6x; overhead goal: < 5%)`);
  // What walks can save at best, from --no-chain's own phases: every pair's
  // cold part (QEMU's start, the cold boot, the power-off) but one per walk,
  // with every hop costing what it cost alone.
  const cold = (a.qemu - a.hops) / 16;
  const best = (c.walks * cold + a.hops) / a.qemu;
  console.log(`  a pair alone: ${cold.toFixed(2)} s cold part + ${(a.hops / 16).toFixed(2)} s of hop (stages and kexec); in ${c.walks} walks the best a chained run can do is ${best.toFixed(2)}x of --no-chain's QEMU time`);
}

await main();
