// Which of the asked-for suites a pair can run: a suite whose requirement
// the source or the target lacks is skipped with a reason that names the
// missing piece; the others bring their command-line additions and devices.
import { readFileSync } from 'node:fs';
import { parseKconfig, type Kconfig } from '../kernels/kconfig.ts';
import { carriersOf, heirloomSuites, suiteManifest } from '../suites/registry.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Suite } from '../schemas/types/results.ts';

export interface SuitePlan {
  run: string[];
  skipped: Suite[];
  /** command-line additions of the suites that run, for both kernels */
  cmdline: string;
  /** QEMU device models the suites that run add to the guest */
  devices: string[];
  /** "suite/item" -> the handover component that carries it, for the suites that run */
  carriers: Record<string, string>;
  /** of the suites that run, those that hand heirlooms down a walk */
  heirlooms: string[];
  /** the modules the suites that run load, on a kernel that built them as modules */
  modules: string[];
}

/** What the guest luqual boots can give a suite. */
export interface GuestOffer {
  memoryMiB: number;
  /** the device models the QEMU binary has */
  devices: ReadonlySet<string>;
}

/** Each config read once: a walk plans its suites for every hop, a matrix for every pair. */
const configs = new Map<string, Kconfig>();

/** Options the kernel lacks, in words: a module counts where luqual has the kernel's modules to load. */
function missingOptions(k: PreparedKernel, options: readonly string[]): string[] {
  // without a known config there is nothing to check against: run and see
  if (!k.config || !options.length) return [];
  const config = configs.get(k.config) ?? parseKconfig(readFileSync(k.config, 'utf8'));
  configs.set(k.config, config);
  const has = (o: string) => config.get(o) === 'y' || (config.get(o) === 'm' && !!k.modules);
  return options.flatMap((any) => {
    const either = any.split('|');
    if (either.some(has)) return [];
    const modular = either.find((o) => config.get(o) === 'm');
    return [modular ? `${modular} (built as a module, and luqual has no modules of it: name them with modules=DIR)` : either.join(' or ')];
  });
}

export function planSuites(suites: readonly string[], source: PreparedKernel, target: PreparedKernel, guest: GuestOffer): SuitePlan {
  const plan: SuitePlan = { run: [], skipped: [], cmdline: '', devices: [], carriers: {}, heirlooms: [], modules: [] };
  const extra: string[] = [];
  for (const name of suites) {
    const manifest = suiteManifest(name);
    const req = manifest.requirements ?? {};
    const why: string[] = [];
    for (const [side, k] of [['source', source], ['target', target]] as const) {
      const missing = missingOptions(k, req.kconfig ?? []);
      if (missing.length) why.push(`the ${side} ${k.id} lacks ${missing.join(', ')}`);
    }
    if (req.memoryMiB && guest.memoryMiB < req.memoryMiB) why.push(`it needs ${req.memoryMiB} MiB of guest memory, the guest has ${guest.memoryMiB}`);
    const absent = (req.qemuDevices ?? []).filter((d) => !guest.devices.has(d));
    if (absent.length) why.push(`this QEMU has no ${absent.map((d) => `"${d}"`).join(', ')} device`);
    if (why.length) {
      plan.skipped.push({ name, status: 'skip', reason: why.join('; '), tests: [] });
      continue;
    }
    plan.run.push(name);
    if (req.cmdline) extra.push(req.cmdline);
    for (const d of req.qemuDevices ?? []) if (!plan.devices.includes(d)) plan.devices.push(d);
    for (const m of req.modules ?? []) if (!plan.modules.includes(m)) plan.modules.push(m);
  }
  plan.cmdline = extra.join(' ');
  plan.carriers = carriersOf(plan.run);
  plan.heirlooms = heirloomSuites(plan.run);
  return plan;
}
