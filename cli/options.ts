// The command line's options, and the settings more than one command reads,
// each checked the same way wherever it is given: the accelerator, the guest
// machine, timeouts, --keep.
import type { parseArgs } from 'node:util';
import { InputError } from '../judge/errors.ts';
import { DEFAULT_TIMEOUTS, type PhaseTimeouts } from '../runners/boot-run.ts';
import type { AccelSetting } from '../runners/accel.ts';
import type { QemuMachine } from '../runners/qemu.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import { DEFAULT_KEEP, KEEP, type Keep } from '../judge/keep.ts';
import { ARCHES, type Arch } from '../kernels/arch.ts';

export const OPTIONS = {
  out: { type: 'string' },
  matrix: { type: 'string' },
  resume: { type: 'string' },
  baseline: { type: 'string' },
  shard: { type: 'string' },
  suite: { type: 'string', multiple: true },
  accel: { type: 'string' },
  memory: { type: 'string' },
  cpus: { type: 'string' },
  timeout: { type: 'string' },
  cmdline: { type: 'string' },
  // pair and kernels: the architecture to build and boot (x86_64, arm64)
  arch: { type: 'string' },
  available: { type: 'boolean' },
  // kernels: print luqual's Kconfig fragment, for a kernel of the user's own
  fragment: { type: 'boolean' },
  'no-chain': { type: 'boolean' },
  // path and check: the qualification results to look routes and pairs up in
  results: { type: 'string', multiple: true },
  // check: the images of a live update about to happen, and an answer for scripts
  from: { type: 'string' },
  to: { type: 'string' },
  json: { type: 'boolean' },
  // history: how many of the newest runs it shows
  last: { type: 'string' },
  // cache prune: how much to keep
  'keep-days': { type: 'string' },
  'max-size': { type: 'string' },
  // pair: the verdicts that count as success, for git bisect run
  expect: { type: 'string' },
  // run and pair: whose initramfs, qemu.sh and kernel store stay after the run
  keep: { type: 'string' },
  // build a Debian source whose upstream tarball apt could not verify: named to be typed on purpose
  'insecure-unverified-source': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type Options = ReturnType<typeof parseArgs<{ options: typeof OPTIONS; allowPositionals: true }>>['values'];

export function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--${name} ${JSON.stringify(v)}: expected a positive whole number`);
  return n;
}

/** --accel, else the matrix, else LUQUAL_ACCEL, else auto. */
export function accelSetting(o: Options, m: LoadedMatrix | null): AccelSetting {
  const accel = o.accel ?? m?.qemu?.accel ?? process.env.LUQUAL_ACCEL ?? 'auto';
  if (!['auto', 'tcg', 'kvm'].includes(accel)) throw new InputError(`--accel ${JSON.stringify(accel)}: expected auto, tcg or kvm`);
  return accel as AccelSetting;
}

/** --arch, by default x86_64. */
export function archSetting(o: Options): Arch {
  const arch = o.arch ?? 'x86_64';
  if (!(ARCHES as readonly string[]).includes(arch)) throw new InputError(`--arch ${JSON.stringify(arch)}: expected ${ARCHES.join(' or ')}`);
  return arch as Arch;
}

/** --keep, by default failures. */
export function keepSetting(o: Options): Keep {
  const keep = o.keep ?? DEFAULT_KEEP;
  if (!(KEEP as readonly string[]).includes(keep)) throw new InputError(`--keep ${JSON.stringify(keep)}: expected ${KEEP.join(', ')}`);
  return keep as Keep;
}

/** The guest machine and watchdogs: the options, else the matrix, else luqual's defaults. */
export function machineOptions(o: Options, m: LoadedMatrix | null): { machine: Omit<QemuMachine, 'accel'>; accel: AccelSetting; timeouts: PhaseTimeouts } {
  const accel = accelSetting(o, m);
  const t = o.timeout === undefined ? null : positiveInt('timeout', o.timeout, 0);
  const timeouts = t ? { boot: t, stage1: t, kexec: t, stage2: t } : { ...DEFAULT_TIMEOUTS, ...m?.timeouts };
  return {
    machine: { memoryMiB: positiveInt('memory', o.memory, m?.qemu?.memory ?? 1024), cpus: positiveInt('cpus', o.cpus, m?.qemu?.cpus ?? 2) },
    accel,
    timeouts,
  };
}
