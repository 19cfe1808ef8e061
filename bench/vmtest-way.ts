// The kernel's own way of running luo_kexec_simple (tools/testing/
// selftests/liveupdate/vmtest.sh): its init and test binary built as its
// mkinitrd builds them, its initramfs layout, its QEMU command and its 30 s
// timeout, for x86_64 or arm64 (vmtest.sh runs both). vmtest.sh kexecs a
// kernel into itself; the bench's init kexecs into the target it is given.
import { execa } from 'execa';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { cachedDir } from '../host/cache.ts';
import { DebianArchive } from '../kernels/debian-archive.ts';
import { resolveSource } from '../kernels/debian-src.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { writeCpio, type CpioEntry } from '../runners/cpio.ts';
import { requireTool } from '../host/tools.ts';
import { ARCH_BUILD, type Arch } from '../kernels/arch.ts';

/** init and luo_kexec_simple for arch, compiled exactly as vmtest.sh's mkinitrd does. */
export async function selftestBinaries(cache: string, arch: Arch): Promise<string> {
  const archive = new DebianArchive(cache);
  const origin = await resolveSource(archive, parseKernelRef('debian-src:7.3.4') as Extract<ReturnType<typeof parseKernelRef>, { kind: 'debian-src' }>);
  if (origin.how !== 'binary') throw new Error('bench needs the linux-source-7.3 package');
  const a = ARCH_BUILD[arch];
  const gcc = requireTool(a.gcc);
  return cachedDir(join(cache, 'bench', `selftests-${origin.version}${arch === 'x86_64' ? '' : `-${arch}`}`), async (tmp) => {
    const deb = await archive.download(origin.pkg, origin.version);
    const work = join(tmp, 'work');
    await execa('mkdir', ['-p', work]);
    const tar = `./usr/src/${origin.pkg}.tar.xz`;
    await execa('sh', ['-c', `dpkg-deb --fsys-tarfile "$1" | tar -x -O "$2" | tar -xJ -C "$3"`, 'sh', deb, tar, work]);
    const src = join(work, origin.pkg);
    const hdr = join(work, 'usr');
    await execa('make', ['-s', '-C', src, `O=${join(work, 'build')}`, `ARCH=${a.kbuildArch}`, 'headers_install', `INSTALL_HDR_PATH=${hdr}`]);
    const t = join(src, 'tools/testing/selftests/liveupdate');
    const nolibc = join(src, 'tools/include/nolibc');
    await execa(gcc, ['-static', '-O2', '-nostdinc', '-nostdlib', '-I', join(hdr, 'include'), '-I', nolibc, '-I', join(t, 'lib/include'),
      '-o', join(tmp, 'test_binary'), join(t, 'luo_kexec_simple.c'), join(t, 'lib/lu_utils.c')]);
    await execa(gcc, ['-s', '-static', '-Os', '-nostdinc', '-nostdlib', '-fno-asynchronous-unwind-tables', '-fno-ident', '-fno-stack-protector',
      '-I', join(hdr, 'include'), '-I', nolibc, '-o', join(tmp, 'init'), join(t, 'init.c')]);
    rmSync(work, { recursive: true, force: true });
  });
}

/** vmtest.sh's two cpio lists, with the target as /kernel. */
export function vmtestInitrd(bin: string, target: string): Buffer {
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

/** vmtest.sh's QEMU command for arch: its machine, console and accelerators. */
const VMTEST_QEMU: Record<Arch, { qemu: 'qemu-system-x86_64' | 'qemu-system-aarch64'; args: string[]; console: string }> = {
  x86_64: { qemu: 'qemu-system-x86_64', args: ['-accel', 'tcg', '-accel', 'hvf', '-accel', 'kvm'], console: 'ttyS0' },
  arm64: { qemu: 'qemu-system-aarch64', args: ['-M', 'virt', '-cpu', 'max', '-accel', 'tcg'], console: 'ttyAMA0' },
};

/** One vmtest.sh run of kernel with initrd; throws unless it printed TEST PASSED. */
export async function vmtestRun(arch: Arch, kernel: string, initrd: string, serial: string): Promise<void> {
  const v = VMTEST_QEMU[arch];
  rmSync(serial, { force: true });
  await execa('timeout', ['30s', requireTool(v.qemu), '-m', '1G', '-smp', '2', '-no-reboot', '-nographic', '-nodefaults', ...v.args,
    '-serial', `file:${serial}`, '-append', `console=${v.console} liveupdate=on panic=-1`, '-kernel', kernel, '-initrd', initrd], { reject: false, stdin: 'ignore' });
  if (!readFileSync(serial, 'utf8').includes('TEST PASSED')) throw new Error(`vmtest run did not pass; see ${serial}`);
}

export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function timeIt(fn: () => Promise<void>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e9;
}
