// npm run bench, arm64: luqual's memfd pair 7.2.12 -> 7.3.4 on arm64
// (QEMU's virt board with an SMMUv3, always TCG here) against the same pair
// on x86_64, and against the in-tree vmtest.sh way on arm64 on the same two
// kernels, alternating in one run once every kernel is built. Prints
// median wall times and the ratios.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../host/cache.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import type { Arch } from '../kernels/arch.ts';
import type { Results } from '../schemas/types/results.ts';
import { median, selftestBinaries, timeIt, vmtestInitrd, vmtestRun } from './vmtest-way.ts';

const SOURCE = 'debian-src:7.2.12';
const TARGET = 'debian-src:7.3.4';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const cache = cacheRoot();
const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;

async function main() {
  // everything built first: no round times a build
  const kernels = async (arch: Arch) => Promise.all([SOURCE, TARGET].map((r) => prepareKernel(parseKernelRef(r), { cache, arch })));
  const [, armKernels] = [await kernels('x86_64'), await kernels('arm64')];
  const bin = await selftestBinaries(cache, 'arm64');
  const dir = mkdtempSync(join(tmpdir(), 'luqual-bench-arm64-'));
  writeFileSync(join(dir, 'initrd.cpio'), vmtestInitrd(bin, armKernels[1]!.image));

  const vmtest = () => vmtestRun('arm64', armKernels[0]!.image, join(dir, 'initrd.cpio'), join(dir, 'qemu.serial'));
  const qemuSeconds: Record<Arch, number[]> = { x86_64: [], arm64: [] };
  const pair = (arch: Arch) => async () => {
    const out = join(dir, arch);
    const r = await execa(LUQUAL, ['pair', SOURCE, TARGET, '--arch', arch, '--suite', 'memfd', '--out', out, '--accel', 'tcg'], { reject: false });
    if (r.exitCode !== 0) throw new Error(`luqual pair --arch ${arch} failed:\n${r.stdout}\n${r.stderr}`);
    qemuSeconds[arch].push((JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!.timings.total);
  };
  // a first run of each, untimed: the agents are built and the files warm
  await vmtest();
  await pair('arm64')();
  await pair('x86_64')();
  qemuSeconds.arm64.length = qemuSeconds.x86_64.length = 0;
  const t = { vmtest: [] as number[], arm64: [] as number[], x86_64: [] as number[] };
  for (let i = 0; i < ROUNDS; i++) {
    t.vmtest.push(await timeIt(vmtest));
    t.arm64.push(await timeIt(pair('arm64')));
    t.x86_64.push(await timeIt(pair('x86_64')));
    console.log(`round ${i + 1}: arm64 vmtest.sh way ${t.vmtest.at(-1)!.toFixed(2)} s, luqual arm64 pair ${t.arm64.at(-1)!.toFixed(2)} s, luqual x86_64 pair ${t.x86_64.at(-1)!.toFixed(2)} s`);
  }
  const m = { vmtest: median(t.vmtest), arm64: median(t.arm64), x86_64: median(t.x86_64) };
  console.log(`\n${SOURCE} -> ${TARGET}, memfd suite, TCG, median of ${ROUNDS} alternating rounds:`);
  console.log(`  in-tree luo_kexec_simple on arm64 (1 memfd, 17 bytes): ${m.vmtest.toFixed(2)} s`);
  console.log(`  luqual pair on arm64:                                  ${m.arm64.toFixed(2)} s  (QEMU ${median(qemuSeconds.arm64).toFixed(2)} s)`);
  console.log(`  luqual pair on x86_64:                                 ${m.x86_64.toFixed(2)} s  (QEMU ${median(qemuSeconds.x86_64).toFixed(2)} s)`);
  console.log(`  ratio arm64 pair / x86_64 pair:       ${(m.arm64 / m.x86_64).toFixed(2)}x`);
  console.log(`  ratio arm64 pair / arm64 in-tree way: ${(m.arm64 / m.vmtest).toFixed(2)}x`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
