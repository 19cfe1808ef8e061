// The QEMU command line: QEMU parses what a guest writes to its devices, so
// it runs under seccomp with what an escaped guest could use denied.
import test from 'ava';
import { qemuArgs } from '../runners/qemu.ts';

const BOOT = { accel: 'tcg', memoryMiB: 1024, cpus: 2, kernel: 'k', initrd: 'i', cmdline: 'c' } as const;

for (const accel of ['tcg', 'kvm'] as const) {
  test(`QEMU runs with -sandbox on, denying spawning, privileges, resource control and obsolete calls (${accel})`, (t) => {
    const args = qemuArgs({ ...BOOT, accel }, { console: 'c.log', ktap: 'k.log' });
    t.is(args.filter((a) => a === '-sandbox').length, 1);
    const [on, ...options] = args[args.indexOf('-sandbox') + 1]!.split(',');
    t.is(on, 'on');
    t.deepEqual(options.sort(), ['elevateprivileges=deny', 'obsolete=deny', 'resourcecontrol=deny', 'spawn=deny']);
  });
}
