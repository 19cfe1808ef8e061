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
import { cacheRoot, cachedDir } from '../host/cache.ts';
import { DebianArchive } from '../kernels/debian-archive.ts';
import { resolveSource } from '../kernels/debian-src.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { writeCpio, type CpioEntry } from '../runners/cpio.ts';
import { requireTool } from '../host/tools.ts';
import type { Results } from '../schemas/types/results.ts';

const SOURCE = process.env.BENCH_SOURCE ?? 'debian-src:7.2.12';
const TARGET = process.env.BENCH_TARGET ?? 'debian-src:7.3.4';
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const cache = cacheRoot();
const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;

/** init and luo_kexec_simple, compiled exactly as vmtest.sh's mkinitrd does. */
async function selftestBinaries(): Promise<string> {
  const archive = new DebianArchive(cache);
  const origin = await resolveSource(archive, parseKernelRef('debian-src:7.3.4') as Extract<ReturnType<typeof parseKernelRef>, { kind: 'debian-src' }>);
  if (origin.how !== 'binary') throw new Error('bench needs the linux-source-7.3 package');
  return cachedDir(join(cache, 'bench', `selftests-${origin.version}`), async (tmp) => {
    const deb = await archive.download(origin.pkg, origin.version);
    const work = join(tmp, 'work');
    await execa('mkdir', ['-p', work]);
    const tar = `./usr/src/${origin.pkg}.tar.xz`;
    await execa('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -x -O "$2" | tar -xJ -C "$3"`, 'sh', deb, tar, work]);
    const src = join(work, origin.pkg);
    const hdr = join(work, 'usr');
    await execa('make', ['-s', '-C', src, `O=${join(work, 'build')}`, 'ARCH=x86', 'headers_install', `INSTALL_HDR_PATH=${hdr}`]);
    const t = join(src, 'tools/testing/selftests/liveupdate');
    const nolibc = join(src, 'tools/include/nolibc');
    await execa('gcc', ['-static', '-O2', '-nostdinc', '-nostdlib', '-I', join(hdr, 'include'), '-I', nolibc, '-I', join(t, 'lib/include'),
      '-o', join(tmp, 'test_binary'), join(t, 'luo_kexec_simple.c'), join(t, 'lib/lu_utils.c')]);
    await execa('gcc', ['-s', '-static', '-Os', '-nostdinc', '-nostdlib', '-fno-asynchronous-unwind-tables', '-fno-ident', '-fno-stack-protector',
      '-I', join(hdr, 'include'), '-I', nolibc, '-o', join(tmp, 'init'), join(t, 'init.c')]);
    rmSync(work, { recursive: true, force: true });
  });
}

/** vmtest.sh's two cpio lists, with the target as /kernel. */
function vmtestInitrd(bin: string, target: string): Buffer {
  const base: CpioEntry[] = [
    { kind: 'dir', path: 'dev' },
    { kind: 'dir', path: 'proc' },
    { kind: 'dir', path: 'debugfs' },
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { kind: 'file', path: 'init', data: readFileSync(join(bin, 'init')), mode: 0o755 },
  ];
  const testBinary: CpioEntry = { kind: 'file', path: 'test_binary', data: readFileSync(join(bin, 'test_binary')), mode: 0o755 };
  const inner = writeCpio([...base, testBinary]);
  return writeCpio([...base, { kind: 'file', path: 'kernel', data: readFileSync(target) }, testBinary, { kind: 'file', path: 'initrd.img', data: inner }]);
}

async function timeIt(fn: () => Promise<void>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const qemu = requireTool('qemu-system-x86_64');
  const [src, dst] = await Promise.all([SOURCE, TARGET].map((r) => prepareKernel(parseKernelRef(r), { cache })));
  const bin = await selftestBinaries();
  const dir = mkdtempSync(join(tmpdir(), 'luqual-bench-'));
  writeFileSync(join(dir, 'initrd.cpio'), vmtestInitrd(bin, dst!.image));
  copyFileSync(src!.image, join(dir, 'bzImage'));

  const vmtest = async () => {
    const serial = join(dir, 'qemu.serial');
    rmSync(serial, { force: true });
    await execa('timeout', ['30s', qemu, '-m', '1G', '-smp', '2', '-no-reboot', '-nographic', '-nodefaults', '-accel', 'tcg', '-accel', 'hvf', '-accel', 'kvm',
      '-serial', `file:${serial}`, '-append', 'console=ttyS0 liveupdate=on panic=-1', '-kernel', join(dir, 'bzImage'), '-initrd', join(dir, 'initrd.cpio')], { reject: false, stdin: 'ignore' });
    if (!readFileSync(serial, 'utf8').includes('TEST PASSED')) throw new Error(`vmtest run did not pass; see ${serial}`);
  };
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
