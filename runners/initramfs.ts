// The initramfs each stage boots. Stage 2's holds the agent and the plan;
// stage 1's holds the same plus the target kernel and stage 2's initramfs,
// which the agent hands to kexec_file_load.
import { writeCpio, type CpioEntry } from './cpio.ts';

export interface AgentPlan {
  suites: string[];
  /** the target's full command line, stage marker included */
  targetCmdline: string;
  /** unique per run: suites mark what they hand over with it */
  runId: string;
  /** test-only: suites that damage what they preserved after recording it */
  corrupt?: string[];
}

/** The serial port the agent writes KTAP to; the kernel's console is ttyS0. */
export const KTAP_PORT = '/dev/ttyS1';

const TARGET_KERNEL = '/luqual/target/bzImage';
const TARGET_INITRD = '/luqual/target/initrd.cpio';

export function planText(plan: AgentPlan): string {
  const lines = [
    `suites ${plan.suites.join(' ')}`,
    `target_kernel ${TARGET_KERNEL}`,
    `target_initrd ${TARGET_INITRD}`,
    `target_cmdline ${plan.targetCmdline}`,
    `run_id ${plan.runId}`,
    `corrupt ${(plan.corrupt ?? []).join(' ')}`,
    `ktap_port ${KTAP_PORT}`,
  ];
  for (const l of lines) if (/\n/.test(l)) throw new Error(`plan line with a newline: ${l}`);
  return lines.join('\n') + '\n';
}

function base(agent: Uint8Array, plan: AgentPlan): CpioEntry[] {
  return [
    { kind: 'dir', path: 'dev' },
    // the kernel opens /dev/console for init before anything is mounted
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { kind: 'dir', path: 'proc' },
    { kind: 'dir', path: 'sys' },
    { kind: 'dir', path: 'luqual' },
    { kind: 'file', path: 'init', data: agent, mode: 0o755 },
    { kind: 'file', path: 'luqual/plan', data: Buffer.from(planText(plan)) },
  ];
}

export function buildInitramfs(agent: Uint8Array, targetImage: Uint8Array, plan: AgentPlan): { stage1: Buffer; stage2: Buffer } {
  const stage2 = writeCpio(base(agent, plan));
  const stage1 = writeCpio([
    ...base(agent, plan),
    { kind: 'dir', path: 'luqual/target' },
    { kind: 'file', path: TARGET_KERNEL.slice(1), data: targetImage },
    { kind: 'file', path: TARGET_INITRD.slice(1), data: stage2 },
  ]);
  return { stage1, stage2 };
}
