// Facts about the host that go into every results file, and the settings
// shared by every command that boots a guest.
import { execa } from 'execa';
import { hostname, release } from 'node:os';
import { readFileSync } from 'node:fs';
import { requireTool } from '../host/tools.ts';
import { chooseAccel, type AccelSetting } from '../runners/accel.ts';
import { bootRun, DEFAULT_TIMEOUTS, type BootRunResult } from '../runners/boot-run.ts';
import { buildAgent } from '../runners/agent-build.ts';
import { buildInitramfs } from '../runners/initramfs.ts';
import { kernelCmdline, type Accel } from '../runners/qemu.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Host } from '../schemas/types/results.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const LUQUAL_VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function qemuVersion(qemu: string): Promise<string> {
  const r = await execa(qemu, ['--version'], { reject: false });
  return r.stdout.split('\n')[0]?.replace(/^QEMU emulator version /, '') || 'unknown';
}

/**
 * Boots the kernel with an agent that has nothing to do: a last stage of a
 * walk, with nothing to verify, which boots and powers off.
 */
export async function bootWithNothingToDo(qemu: string, cache: string, kernel: PreparedKernel, accel: Accel, signal?: AbortSignal): Promise<BootRunResult> {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-empty-boot-'));
  try {
    const agent = readFileSync(await buildAgent(cache));
    writeFileSync(join(dir, 'initrd.cpio'), buildInitramfs(agent, { suites: [], next: [], runId: 'host-check' }));
    return await bootRun({
      qemu,
      boot: { accel, memoryMiB: 512, cpus: 1, kernel: kernel.image, initrd: join(dir, 'initrd.cpio'), cmdline: kernelCmdline(2, '') },
      suites: [],
      timeouts: { ...DEFAULT_TIMEOUTS, boot: 30, stage2: 30 },
      consoleLog: join(dir, 'console.log'),
      serial: { console: join(dir, 'ttyS0.log'), ktap: join(dir, 'ttyS1.log') },
      qemuLog: join(dir, 'qemu.log'),
      signal,
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function kvmBoots(qemu: string, cache: string, kernel: PreparedKernel): Promise<boolean> {
  const run = await bootWithNothingToDo(qemu, cache, kernel, 'kvm');
  return run.phase === 'shutdown' && run.end.kind !== 'hang';
}

export async function hostFacts(qemu: string, cache: string, setting: AccelSetting, probeKernel: PreparedKernel): Promise<Host & { accelWhy: string }> {
  const version = await qemuVersion(qemu);
  const choice = await chooseAccel(setting, cache, version, () => kvmBoots(qemu, cache, probeKernel));
  return { hostname: hostname(), kernel: release(), qemu: version, accel: choice.accel, accelWhy: choice.why };
}

export function requireQemu(): string {
  return requireTool('qemu-system-x86_64');
}
