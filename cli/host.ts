// Facts about the host that go into every results file, and the settings
// shared by every command that boots a guest.
import { execa } from 'execa';
import { hostname, release } from 'node:os';
import { readFileSync } from 'node:fs';
import { requireTool } from '../runners/host-tools.ts';
import { chooseAccel, type AccelSetting } from '../runners/accel.ts';
import { bootRun, DEFAULT_TIMEOUTS } from '../runners/boot-run.ts';
import { buildAgent } from '../runners/agent-build.ts';
import { buildInitramfs } from '../runners/initramfs.ts';
import { kernelCmdline } from '../runners/qemu.ts';
import type { PreparedKernel } from '../matrix/kernels/kernel.ts';
import type { Host } from '../schemas/types/results.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

export const LUQUAL_VERSION: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

export async function qemuVersion(qemu: string): Promise<string> {
  const r = await execa(qemu, ['--version'], { reject: false });
  return r.stdout.split('\n')[0]?.replace(/^QEMU emulator version /, '') || 'unknown';
}

/** Boots the kernel under KVM with an agent that has nothing to do. */
async function kvmBoots(qemu: string, cache: string, kernel: PreparedKernel): Promise<boolean> {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-kvm-'));
  try {
    const agent = readFileSync(await buildAgent(cache));
    // a last stage of a walk, with nothing to verify: boot, power off
    writeFileSync(join(dir, 'initrd.cpio'), buildInitramfs(agent, { suites: [], next: [], runId: 'host-check' }));
    const run = await bootRun({
      qemu,
      boot: { accel: 'kvm', memoryMiB: 512, cpus: 1, kernel: kernel.image, initrd: join(dir, 'initrd.cpio'), cmdline: kernelCmdline(2, '') },
      suites: [],
      timeouts: { ...DEFAULT_TIMEOUTS, boot: 30, stage2: 30 },
      consoleLog: join(dir, 'console.log'),
      serial: { console: join(dir, 'ttyS0.log'), ktap: join(dir, 'ttyS1.log') },
      qemuLog: join(dir, 'qemu.log'),
    });
    return run.phase === 'shutdown' && !run.hang;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function hostFacts(qemu: string, cache: string, setting: AccelSetting, probeKernel: PreparedKernel): Promise<Host & { accelWhy: string }> {
  const version = await qemuVersion(qemu);
  const choice = await chooseAccel(setting, cache, version, () => kvmBoots(qemu, cache, probeKernel));
  return { hostname: hostname(), kernel: release(), qemu: version, accel: choice.accel, accelWhy: choice.why };
}

export function requireQemu(): string {
  return requireTool('qemu-system-x86_64');
}
