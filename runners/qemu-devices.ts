// The device models a QEMU binary offers (`-device help`), asked once per
// binary: a suite that needs one the binary lacks is skipped, not failed.
import { execa } from 'execa';

const known = new Map<string, Promise<ReadonlySet<string>>>();

export function parseDeviceHelp(text: string): Set<string> {
  return new Set([...text.matchAll(/^name "([^"]+)"/gm)].map((m) => m[1]!));
}

export function qemuDevices(qemu: string): Promise<ReadonlySet<string>> {
  let p = known.get(qemu);
  if (!p) {
    p = execa(qemu, ['-device', 'help'], { reject: false }).then((r) => parseDeviceHelp(`${r.stdout}\n${r.stderr}`));
    known.set(qemu, p);
  }
  return p;
}
