// npm run bench: luqual's memfd pair against the kernel's own way of running
// luo_kexec_simple (tools/testing/selftests/liveupdate/vmtest.sh: its init
// and test binary, its initramfs layout, its QEMU command and 30 s timeout),
// on the same two kernels, alternating in one run. vmtest.sh kexecs a kernel
// into itself; here its init kexecs into the same target luqual uses.
// Prints median wall times and the ratio (issue goal: luqual <= 1.3x), and
// the pair with every suite against the memfd-only pair (goal: under 3x).
import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../host/cache.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import type { Results } from '../schemas/types/results.ts';
import { median, selftestBinaries, timeIt, vmtestInitrd, vmtestRun } from './vmtest-way.ts';

const SOURCE = process.env.BENCH_SOURCE ?? 'debian-src:7.2.12';
const TARGET = process.env.BENCH_TARGET ?? 'debian-src:7.3.4';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const cache = cacheRoot();
const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;

async function main() {
  const [src, dst] = await Promise.all([SOURCE, TARGET].map((r) => prepareKernel(parseKernelRef(r), { cache })));
  const bin = await selftestBinaries(cache, 'x86_64');
  const dir = mkdtempSync(join(tmpdir(), 'luqual-bench-'));
  writeFileSync(join(dir, 'initrd.cpio'), vmtestInitrd(bin, dst!.image));
  copyFileSync(src!.image, join(dir, 'bzImage'));

  const vmtest = () => vmtestRun('x86_64', join(dir, 'bzImage'), join(dir, 'initrd.cpio'), join(dir, 'qemu.serial'));
  let qemuSeconds = 0;
  /** a luqual pair with these suite arguments (none: every suite) */
  const ours = (suites: string[]) => async () => {
    const out = join(dir, 'luqual');
    const r = await execa(LUQUAL, ['pair', SOURCE, TARGET, ...suites, '--out', out, '--accel', 'tcg'], { reject: false });
    if (r.exitCode !== 0) throw new Error(`luqual pair failed:\n${r.stdout}\n${r.stderr}`);
    qemuSeconds = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!.timings.total;
  };
  const memfdOnly = ours(['--suite', 'memfd']);
  const everySuite = ours([]);

  await vmtest();
  await memfdOnly();
  const a: number[] = [];
  const b: number[] = [];
  const q: number[] = [];
  const all: number[] = [];
  const qAll: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    b.push(await timeIt(vmtest));
    a.push(await timeIt(memfdOnly));
    q.push(qemuSeconds);
    all.push(await timeIt(everySuite));
    qAll.push(qemuSeconds);
    console.log(`round ${i + 1}: vmtest.sh way ${b.at(-1)!.toFixed(2)} s, luqual memfd pair ${a.at(-1)!.toFixed(2)} s (QEMU ${q.at(-1)!.toFixed(2)} s), every suite ${all.at(-1)!.toFixed(2)} s (QEMU ${qAll.at(-1)!.toFixed(2)} s)`);
  }
  console.log(`\n${SOURCE} -> ${TARGET}, TCG, median of ${ROUNDS} alternating rounds:`);
  console.log(`  in-tree luo_kexec_simple (1 memfd, 17 bytes):                  ${median(b).toFixed(2)} s`);
  console.log(`  luqual pair, memfd suite (507 memfds, 256 MiB + 17 MiB, hashes): ${median(a).toFixed(2)} s  (QEMU ${median(q).toFixed(2)} s)`);
  console.log(`  luqual pair, every suite (memfd, sessions, hugetlb, vfio, kho):  ${median(all).toFixed(2)} s  (QEMU ${median(qAll).toFixed(2)} s)`);
  console.log(`  ratio memfd pair / in-tree:   ${(median(a) / median(b)).toFixed(2)}x   (goal: <= 1.3x)`);
  console.log(`  ratio every suite / memfd:    ${(median(all) / median(a)).toFixed(2)}x   (goal: < 3x)`);
  rmSync(dir, { recursive: true, force: true });
}

await main();
