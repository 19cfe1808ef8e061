// How luqual starts QEMU: a q35 machine with the emulated Intel IOMMU, no
// network, the kernel's console (ttyS0) on stdout and the agent's KTAP
// (ttyS1) on a socket, and -no-reboot so that a reboot or a panic (panic=-1)
// ends the process instead of looping.
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
}

/**
 * The ttyS1 backend: a UNIX socket luqual listens on while it runs QEMU, or
 * a file when a person runs the command by hand.
 */
export type KtapSink = { socket: string } | { file: string };

function ktapChardev(k: KtapSink): string {
  return 'socket' in k ? `socket,id=ktap,path=${k.socket}` : `file,id=ktap,path=${k.file}`;
}

export function qemuArgs(b: QemuBoot, ktap: KtapSink): string[] {
  return [
    '-machine', b.accel === 'kvm' ? 'q35,accel=kvm,kernel-irqchip=split' : 'q35,accel=tcg',
    '-cpu', b.accel === 'kvm' ? 'host' : 'max',
    '-smp', String(b.cpus),
    '-m', `${b.memoryMiB}M`,
    '-device', 'intel-iommu,intremap=on',
    '-nodefaults',
    '-display', 'none',
    '-no-reboot',
    '-serial', 'stdio',
    // ttyS1: the agent's KTAP, on a port of its own
    '-chardev', ktapChardev(ktap),
    '-serial', 'chardev:ktap',
    '-kernel', b.kernel,
    '-initrd', b.initrd,
    '-append', b.cmdline,
  ];
}

/** The command line every boot gets; the stage marker tells the agent where it is. */
export function kernelCmdline(stage: 1 | 2, extra: string): string {
  return ['console=ttyS0,115200', 'panic=-1', 'kho=on', 'liveupdate=on', extra.trim(), `luqual.stage=${stage}`].filter(Boolean).join(' ');
}

/** A shell-quoted command, for logs and reproducers. */
export function shellQuote(args: readonly string[]): string {
  return args.map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`)).join(' ');
}
