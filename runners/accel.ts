// TCG or KVM. /dev/kvm existing is not enough: a paravirtual KVM (as on
// luqual's own CI machines) exposes /dev/kvm but cannot boot an unmodified
// kernel. So "auto" boots a real kernel under KVM once and remembers the
// answer per host kernel and QEMU version.
import { accessSync, constants, existsSync, readFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { release } from 'node:os';
import { atomicWrite } from '../host/atomic-write.ts';
import type { Accel } from './qemu.ts';

export type AccelSetting = 'auto' | Accel;

export interface AccelChoice {
  accel: Accel;
  why: string;
}

function kvmAccessible(): boolean {
  try {
    accessSync('/dev/kvm', constants.R_OK | constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function chooseAccel(
  setting: AccelSetting,
  cache: string,
  qemuVersion: string,
  probe: () => Promise<boolean>,
): Promise<AccelChoice> {
  if (setting !== 'auto') return { accel: setting, why: `asked for ${setting}` };
  if (!kvmAccessible()) return { accel: 'tcg', why: '/dev/kvm is absent or not accessible' };
  const file = join(cache, 'accel.json');
  const key = `${release()} ${qemuVersion}`;
  let known: Record<string, boolean> = {};
  if (existsSync(file)) {
    try {
      known = JSON.parse(readFileSync(file, 'utf8')) as Record<string, boolean>;
    } catch {
      known = {};
    }
  }
  if (!(key in known)) {
    known[key] = await probe();
    mkdirSync(cache, { recursive: true });
    // whole or not at all: runs on one host share the file, and a torn one
    // reads as empty, losing every answer in it
    atomicWrite(file, JSON.stringify(known, null, 2));
  }
  return known[key]
    ? { accel: 'kvm', why: 'a kernel booted under KVM on this host' }
    : { accel: 'tcg', why: '/dev/kvm is there but a kernel did not boot under it (paravirtual KVM?)' };
}
