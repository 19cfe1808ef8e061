// The initramfs every stage of a walk boots (one pair is a walk of two
// kernels): the agent, the plan and the kernels the walk kexecs into. The
// agent passes it on unchanged to each next kernel (runners/agent/walk.c).
import { writeCpio, type CpioEntry } from './cpio.ts';

/** A kernel the walk kexecs into, in walk order: the first is stage 2. */
export interface WalkStage {
  /** the bzImage's bytes; one copy per distinct image */
  image: Uint8Array;
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
}

/** The serial port the agent writes KTAP to; the kernel's console is ttyS0. */
export const KTAP_PORT = '/dev/ttyS1';

/** Each distinct image once, by identity of its bytes. */
function kernelFiles(next: readonly WalkStage[]): Map<Uint8Array, string> {
  const files = new Map<Uint8Array, string>();
  for (const s of next) if (!files.has(s.image)) files.set(s.image, `luqual/kernels/${files.size}.bzImage`);
  return files;
}

export function planText(plan: AgentPlan): string {
  const files = kernelFiles(plan.next);
  const lines = [
    `suites ${plan.suites.join(' ')}`,
    `run_id ${plan.runId}`,
    `corrupt ${(plan.corrupt ?? []).join(' ')}`,
    `ktap_port ${KTAP_PORT}`,
    ...plan.next.flatMap((s, i) => [`kernel_${i + 2} /${files.get(s.image)}`, `cmdline_${i + 2} ${s.cmdline}`]),
  ];
  for (const l of lines) if (/\n/.test(l)) throw new Error(`plan line with a newline: ${l}`);
  return lines.join('\n') + '\n';
}

export function buildInitramfs(agent: Uint8Array, plan: AgentPlan): Buffer {
  return writeCpio([
    { kind: 'dir', path: 'dev' },
    // the kernel opens /dev/console for init before anything is mounted
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
    { kind: 'dir', path: 'proc' },
    { kind: 'dir', path: 'sys' },
    { kind: 'dir', path: 'luqual' },
    { kind: 'file', path: 'init', data: agent, mode: 0o755 },
    { kind: 'file', path: 'luqual/plan', data: Buffer.from(planText(plan)) },
    { kind: 'dir', path: 'luqual/kernels' },
    ...[...kernelFiles(plan.next)].map(([data, path]): CpioEntry => ({ kind: 'file', path, data })),
  ]);
}
