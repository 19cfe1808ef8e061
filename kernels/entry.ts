// A matrix's kernel entry prepared, and a prepared kernel as results.json
// records it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { prepareKernel } from './prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import type { KernelOptions, PreparedKernel } from './kernel.ts';
import type { Say } from './build-meter.ts';
import type { KernelEntry } from '../schemas/types/matrix.ts';
import type { Kernel } from '../schemas/types/results.ts';

export function prepareEntry(e: KernelEntry, base: string, cache: string, onProgress: Say, trust: Pick<KernelOptions, 'insecureUnverifiedSource'> = {}): Promise<PreparedKernel> {
  return prepareKernel(parseKernelRef(e.ref), {
    ...trust,
    cache,
    id: e.id,
    base,
    cmdline: e.cmdline,
    ...(e.arch ? { arch: e.arch } : {}),
    extraConfig: e.config ? readFileSync(resolve(base, e.config), 'utf8') : null,
    patches: (e.patches ?? []).map((p) => resolve(base, p)),
    onProgress,
  });
}

export function kernelRecord(k: PreparedKernel): Kernel {
  return {
    id: k.id,
    ref: k.ref,
    kind: k.kind,
    release: k.release,
    arch: k.arch,
    sha256: k.sha256,
    obtained: k.obtained,
    debianVersion: k.debianVersion,
    ...(k.resolved ? { resolved: k.resolved } : {}),
    liveUpdate: { capable: k.capability.capable, why: k.capability.why },
    unmetOptions: k.unmetOptions,
    cmdline: k.cmdline,
    abi: k.abi,
    provenance: k.provenance,
  };
}
