// What every stage of a walk boots (one pair is a walk of two kernels):
// an initramfs of the agent and its plan, which the agent passes on
// unchanged to each next kernel, and the kernel store, which holds the
// kernels the walk kexecs into (one store serves a whole run:
// runners/media.ts) and reaches the guest as the memory of an ivshmem
// device, outside its RAM (agent/walk.c says why).
import { writeCpio, type CpioEntry } from './cpio.ts';
import { BOARDS } from './qemu.ts';
import type { Arch } from '../kernels/arch.ts';

/** Where a bzImage is in the kernel store: page-aligned, for mmap. */
export interface StoreSlot {
  offset: number;
  size: number;
}

/** A kernel the walk kexecs into, in walk order: the first is stage 2. */
export interface WalkStage {
  kernel: StoreSlot;
  /** the stage's full command line, stage marker included */
  cmdline: string;
}

export interface AgentPlan {
  suites: string[];
  next: WalkStage[];
  /** unique per run: suites mark what they hand over with it */
  runId: string;
  /** test-only: suites that damage what they preserved after recording it */
  corrupt?: string[];
  /** the suites whose heirlooms the walk hands down (agent/heir.c) */
  heirlooms?: string[];
  /** test-only: the walk's kernel (counted from 1) that damages an heirloom it hands on */
  heirloomCorrupt?: number;
  /** the walk's architecture, whose board names the agent's KTAP port (default x86_64) */
  arch?: Arch;
}

const PAGE = 4096;

/**
 * The kernel store: the images one after another, page-aligned (slots[i]
 * is where images[i] is), its bytes, and the size of the PCI BAR that holds
 * them, a power of two. Written to a file (sparse up to that size), it
 * backs the guest's ivshmem device (runners/qemu.ts).
 */
export function buildKernelStore(images: readonly Uint8Array[]): { data: Buffer; bytes: number; slots: StoreSlot[] } {
  let end = 0;
  const slots = images.map((image) => {
    const slot = { offset: end, size: image.length };
    end += Math.ceil(image.length / PAGE) * PAGE;
    return slot;
  });
  const used = Math.max(PAGE, ...slots.map((x) => x.offset + x.size));
  const data = Buffer.alloc(used);
  images.forEach((image, i) => data.set(image, slots[i]!.offset));
  return { data, bytes: 2 ** Math.ceil(Math.log2(used)), slots };
}

export function planText(plan: AgentPlan): string {
  const lines = [
    `suites ${plan.suites.join(' ')}`,
    `run_id ${plan.runId}`,
    `corrupt ${(plan.corrupt ?? []).join(' ')}`,
    `ktap_port ${BOARDS[plan.arch ?? 'x86_64'].ktapPort}`,
    ...(plan.heirlooms?.length ? [`heirlooms ${plan.heirlooms.join(' ')}`] : []),
    ...(plan.heirloomCorrupt ? [`heirloom_corrupt ${plan.heirloomCorrupt}`] : []),
    ...plan.next.flatMap((s, i) => [`kernel_${i + 2} ${s.kernel.offset} ${s.kernel.size}`, `cmdline_${i + 2} ${s.cmdline}`]),
  ];
  for (const l of lines) if (/\n/.test(l)) throw new Error(`plan line with a newline: ${l}`);
  return lines.join('\n') + '\n';
}

/**
 * The modules one kernel of the walk loads (kernels/modules.ts), in load
 * order. Kept by the kernel's image hash, not its release: a patched
 * variant has the release of its base and modules of its own.
 */
export interface KernelModules {
  /** the kernel's image SHA-256 */
  kernel: string;
  files: Array<{ path: string; data: Uint8Array }>;
}

/**
 * luqual/modules/KERNEL/ holds each kernel's modules, once however often it
 * comes in the walk, and luqual/modules/N.load lists what stage N loads
 * (agent/modules.c), paths relative to luqual/modules.
 */
function moduleEntries(stages: ReadonlyArray<KernelModules | null>): CpioEntry[] {
  const dirs = new Set<string>();
  const files = new Map<string, CpioEntry>();
  const lists: CpioEntry[] = [];
  stages.forEach((k, i) => {
    if (!k?.files.length) return;
    const key = k.kernel.slice(0, 24);
    for (const m of k.files) {
      const path = `luqual/modules/${key}/${m.path}`;
      const parts = path.split('/');
      for (let j = 2; j < parts.length; j++) dirs.add(parts.slice(0, j).join('/'));
      files.set(path, { kind: 'file', path, data: m.data });
    }
    lists.push({ kind: 'file', path: `luqual/modules/${i + 1}.load`, data: Buffer.from(k.files.map((m) => `${key}/${m.path}\n`).join('')) });
  });
  return [...[...dirs].sort().map((path): CpioEntry => ({ kind: 'dir', path })), ...files.values(), ...lists];
}

/** stageModules[i]: what stage i + 1 of the walk loads, null for none. */
export function buildInitramfs(agent: Uint8Array, plan: AgentPlan, stageModules: ReadonlyArray<KernelModules | null> = []): Buffer {
  return writeCpio([
    { kind: 'dir', path: 'dev' },
    // the kernel opens /dev/console for init before anything is mounted
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { kind: 'dir', path: 'proc' },
    { kind: 'dir', path: 'sys' },
    { kind: 'dir', path: 'luqual' },
    { kind: 'file', path: 'init', data: agent, mode: 0o755 },
    { kind: 'file', path: 'luqual/plan', data: Buffer.from(planText(plan)) },
    ...moduleEntries(stageModules),
  ]);
}
