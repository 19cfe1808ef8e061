// How luqual starts QEMU: a q35 machine with the emulated Intel IOMMU, no
// network, the kernel's console (ttyS0) and the agent's KTAP (ttyS1) each
// written to a file, QEMU itself under seccomp, and -no-reboot so that a
// reboot or a panic (panic=-1) ends the process instead of looping.
export type Accel = 'tcg' | 'kvm';

export interface QemuMachine {
  accel: Accel;
  memoryMiB: number;
  cpus: number;
}

export interface QemuBoot extends QemuMachine {
  kernel: string;
  initrd: string;
  cmdline: string;
  /** device models the suites add (-device NAME) */
  devices?: readonly string[];
  /** the kernels a walk kexecs into (runners/initramfs.ts), as an ivshmem device's memory */
  kernelStore?: { path: string; bytes: number };
}

/** Files the two serial ports are written to: ttyS0 the kernel console, ttyS1 the agent's KTAP. */
export interface SerialFiles {
  console: string;
  ktap: string;
}

/** share=off: the guest's writes, if any, stay out of the file. A comma in an option value is doubled. */
function kernelStoreArgs(store: NonNullable<QemuBoot['kernelStore']>): string[] {
  const path = store.path.replaceAll(',', ',,');
  return ['-object', `memory-backend-file,id=luqual-kernels,mem-path=${path},size=${store.bytes},share=off`, '-device', 'ivshmem-plain,memdev=luqual-kernels'];
}

export function qemuArgs(b: QemuBoot, serial: SerialFiles): string[] {
  return [
    '-machine', b.accel === 'kvm' ? 'q35,kernel-irqchip=split' : 'q35',
    // TCG on one host thread: as fast here as one thread per vCPU, and a
    // guest then needs one host core, so several run side by side without
    // starving each other (a starved 2-vCPU guest once froze in boot)
    '-accel', b.accel === 'kvm' ? 'kvm' : 'tcg,thread=single',
    // TCG runs `rep movsb`/`rep stosb` a byte per step; without ERMS and
    // FSRM the guest kernel clears and copies pages a word at a time, which
    // is faster under TCG (README, "How a pair runs", has the figures).
    // TCG also runs AVX and AVX2 through a helper call per instruction:
    // without them the kernel hashes the next kernel in kexec_file_load
    // with its SSSE3 SHA-256 instead of the AVX2 one, on every hop;
    // FMA and VAES go with AVX (the kernel warns of either without it)
    '-cpu', b.accel === 'kvm' ? 'host' : 'max,erms=off,fsrm=off,avx=off,avx2=off,fma=off,vaes=off',
    '-smp', String(b.cpus),
    '-m', `${b.memoryMiB}M`,
    '-device', 'intel-iommu,intremap=on',
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
    '-serial', `file:${serial.console}`,
    '-serial', `file:${serial.ktap}`,
    '-kernel', b.kernel,
    '-initrd', b.initrd,
    '-append', b.cmdline,
  ];
}

/**
 * The command line every boot gets; the stage marker tells the agent where
 * it is in its walk (1: booted by QEMU). no_timer_check: under TCG on a loaded host the boot-time check that
 * timer interrupts arrive can time out, and with interrupt remapping on the
 * kernel then panics ("timer doesn't work through Interrupt-remapped
 * IO-APIC", seen here after a kexec); KVM guests skip that check anyway.
 */
export function kernelCmdline(stage: number, extra: string): string {
  return ['console=ttyS0,115200', 'panic=-1', 'no_timer_check', 'kho=on', 'liveupdate=on', 'retain_initrd', extra.trim(), `luqual.stage=${stage}`].filter(Boolean).join(' ');
}

/** A shell-quoted command, for logs and reproducers. */
export function shellQuote(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
