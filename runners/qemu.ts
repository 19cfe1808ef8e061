// How luqual starts QEMU: on x86_64 a q35 machine with the emulated Intel
// IOMMU, on arm64 the virt board with an SMMUv3; no network, the kernel's
// console and the agent's KTAP each written to a file, QEMU itself under
// seccomp, and -no-reboot so that a reboot or a panic (panic=-1) ends the
// process instead of looping.
import type { Arch } from '../kernels/arch.ts';
import type { HostTool } from '../host/tools.ts';

export type Accel = 'tcg' | 'kvm';

export interface QemuMachine {
  accel: Accel;
  memoryMiB: number;
  cpus: number;
}

export interface QemuBoot extends QemuMachine {
  /** default x86_64 */
  arch?: Arch;
  kernel: string;
  initrd: string;
  cmdline: string;
  /** device models the suites add (-device NAME) */
  devices?: readonly string[];
  /** the kernels a walk kexecs into (runners/initramfs.ts), as an ivshmem device's memory */
  kernelStore?: { path: string; bytes: number };
}

/** Files the two serial ports are written to: the kernel's console, and the agent's KTAP. */
export interface SerialFiles {
  console: string;
  ktap: string;
}

/** share=off: the guest's writes, if any, stay out of the file. A comma in an option value is doubled. */
function kernelStoreArgs(store: NonNullable<QemuBoot['kernelStore']>): string[] {
  const path = store.path.replaceAll(',', ',,');
  return ['-object', `memory-backend-file,id=luqual-kernels,mem-path=${path},size=${store.bytes},share=off`, '-device', 'ivshmem-plain,memdev=luqual-kernels'];
}

/** What differs between the machines luqual boots, one per architecture. */
interface Board {
  qemu: HostTool;
  /** the machine, the accelerator, the CPU model and the emulated IOMMU */
  machine(accel: Accel): string[];
  /** the kernel's console port, then the port the agent writes KTAP to */
  serial(files: SerialFiles): string[];
  /** the console as the kernel names it */
  console: string;
  /** the agent's KTAP port, as the guest sees it */
  ktapPort: string;
  /** parameters of this architecture's kernels */
  cmdline: string[];
}

const X86_64: Board = {
  qemu: 'qemu-system-x86_64',
  machine: (accel) => [
    '-machine', accel === 'kvm' ? 'q35,kernel-irqchip=split' : 'q35',
    // TCG on one host thread: as fast here as one thread per vCPU, and a
    // guest then needs one host core, so several run side by side without
    // starving each other (a starved 2-vCPU guest once froze in boot)
    '-accel', accel === 'kvm' ? 'kvm' : 'tcg,thread=single',
    // TCG runs `rep movsb`/`rep stosb` a byte per step; without ERMS and
    // FSRM the guest kernel clears and copies pages a word at a time, which
    // is faster under TCG (README, "How a pair runs", has the figures).
    // TCG also runs AVX and AVX2 through a helper call per instruction:
    // without them the kernel hashes the next kernel in kexec_file_load
    // with its SSSE3 SHA-256 instead of the AVX2 one, on every hop;
    // FMA and VAES go with AVX (the kernel warns of either without it)
    '-cpu', accel === 'kvm' ? 'host' : 'max,erms=off,fsrm=off,avx=off,avx2=off,fma=off,vaes=off',
    '-device', 'intel-iommu,intremap=on',
  ],
  serial: (f) => ['-serial', `file:${f.console}`, '-serial', `file:${f.ktap}`],
  console: 'ttyS0,115200',
  ktapPort: '/dev/ttyS1',
  // under TCG on a loaded host the boot-time check that timer interrupts
  // arrive can time out, and with interrupt remapping on the kernel then
  // panics ("timer doesn't work through Interrupt-remapped IO-APIC", seen
  // here after a kexec); KVM guests skip that check anyway
  cmdline: ['no_timer_check'],
};

const ARM64: Board = {
  qemu: 'qemu-system-aarch64',
  // the virt board with an emulated SMMUv3 in front of its PCI devices;
  // always TCG on an x86 host. Without pointer authentication: TCG runs
  // each PAC instruction through a QARMA helper, and a kernel built with
  // it (Debian's) boots in 8.5 s on max, 5.9 s with pauth-impdef, 3.2 s
  // without (luqual's own builds leave it out and boot alike on all three)
  machine: () => ['-machine', 'virt,gic-version=3,iommu=smmuv3', '-accel', 'tcg,thread=single', '-cpu', 'max,pauth=off'],
  // the board has one PL011 for the kernel's console; the agent's port is
  // a 16550 on PCI, the guest's ttyS0
  serial: (f) => ['-serial', `file:${f.console}`, '-chardev', `file,id=luqual-ktap,path=${f.ktap.replaceAll(',', ',,')}`, '-device', 'pci-serial,chardev=luqual-ktap'],
  console: 'ttyAMA0',
  ktapPort: '/dev/ttyS0',
  cmdline: [],
};

export const BOARDS: Record<Arch, Board> = { x86_64: X86_64, arm64: ARM64 };

export function qemuArgs(b: QemuBoot, serial: SerialFiles): string[] {
  const board = BOARDS[b.arch ?? 'x86_64'];
  return [
    ...board.machine(b.accel),
    '-smp', String(b.cpus),
    '-m', `${b.memoryMiB}M`,
    ...(b.devices ?? []).flatMap((d) => ['-device', d]),
    ...(b.kernelStore ? kernelStoreArgs(b.kernelStore) : []),
    '-nodefaults',
    // seccomp: QEMU parses what the guest writes to its devices, so a
    // guest that escaped into QEMU should get no further. Deny the
    // obsolete system calls, gaining privileges (setuid), starting
    // programs and changing its priority or CPU affinity
    '-sandbox', 'on,obsolete=deny,elevateprivileges=deny,spawn=deny,resourcecontrol=deny',
    '-display', 'none',
    '-no-reboot',
    ...board.serial(serial),
    '-kernel', b.kernel,
    '-initrd', b.initrd,
    '-append', b.cmdline,
  ];
}

/**
 * The command line every boot gets; the stage marker tells the agent where
 * it is in its walk (1: booted by QEMU).
 */
export function kernelCmdline(stage: number, extra: string, arch: Arch = 'x86_64'): string {
  const board = BOARDS[arch];
  return [`console=${board.console}`, 'panic=-1', ...board.cmdline, 'kho=on', 'liveupdate=on', 'retain_initrd', extra.trim(), `luqual.stage=${stage}`].filter(Boolean).join(' ');
}

/** A shell-quoted command, for logs and reproducers. */
export function shellQuote(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
