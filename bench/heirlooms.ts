// npm run bench, third part: what heirlooms cost a walk. One path of four
// kernels (7.2 -> 7.3 -> 7.2 -> 7.3, the memfd and sessions suites) run as a
// walk with heirlooms and as the same walk without, alternating in one run,
// after both are built. Prints the median QEMU seconds of each and their
// ratio (issue goal: heirlooms add under 15% to a walk).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../host/cache.ts';
import { requireTool } from '../host/tools.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { DEFAULT_TIMEOUTS } from '../runners/boot-run.ts';
import { runChain } from '../runners/run-chain.ts';
import { RunMedia } from '../runners/media.ts';
import { guestOffer } from '../runners/run-pair.ts';
import { planSuites } from '../runners/suite-plan.ts';
import { buildAgent } from '../runners/agent-build.ts';
import { median as medianOf } from '../judge/median.ts';

const ROUNDS = Number(process.env.BENCH_HEIRLOOM_ROUNDS ?? 5);
const PATH = ['debian-src:7.2.12', 'debian-src:7.3.4', 'debian-src:7.2.12', 'debian-src:7.3.4'];
const SUITES = ['memfd', 'sessions'];

async function main() {
  const cache = cacheRoot();
  const qemu = requireTool('qemu-system-x86_64');
  const kernels = await Promise.all(PATH.map((r) => prepareKernel(parseKernelRef(r), { cache })));
  const walk = kernels.map((k, i) => ({ ...k, id: `${k.id}#${i + 1}` }));
  await buildAgent(cache);
  const settings = { cache, qemu, machine: { accel: 'tcg' as const, memoryMiB: 1024, cpus: 2 }, timeouts: DEFAULT_TIMEOUTS, suites: SUITES };
  const suites = planSuites(SUITES, walk[0]!, walk[1]!, await guestOffer(settings));
  const once = async (heirlooms: boolean): Promise<number> => {
    const outDir = mkdtempSync(join(tmpdir(), 'luqual-bench-heirlooms-'));
    const o = await runChain(walk, suites, { ...settings, outDir, media: new RunMedia(outDir, walk), heirlooms, path: true, id: 'bench', reproducer: () => '' });
    rmSync(outDir, { recursive: true, force: true });
    if (o.record.ran !== 3) throw new Error(`the walk ran ${o.record.ran} of 3 hops: ${o.record.end}`);
    if (heirlooms && o.heirlooms?.verdict !== 'compatible') throw new Error(`heirlooms did not arrive: ${o.heirlooms?.reason}`);
    return o.record.seconds;
  };
  const [with_, without] = [[] as number[], [] as number[]];
  for (let i = 0; i < ROUNDS; i++) {
    without.push(await once(false));
    with_.push(await once(true));
    console.log(`round ${i + 1}: walk without heirlooms ${without.at(-1)!.toFixed(2)} s, with ${with_.at(-1)!.toFixed(2)} s (QEMU)`);
  }
  const [a, b] = [medianOf(with_)!, medianOf(without)!];
  console.log(`\n${PATH.join(' -> ')}, ${SUITES.join(' + ')}, TCG, median of ${ROUNDS} alternating rounds:`);
  console.log(`  walk without heirlooms: ${b.toFixed(2)} s`);
  console.log(`  walk with heirlooms:    ${a.toFixed(2)} s`);
  console.log(`  ratio with / without:   ${(a / b).toFixed(2)}x   (goal: < 1.15x)`);
}

await main();
