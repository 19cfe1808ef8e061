// A results file's kernels by architecture: a live update stays on one, so
// the report shows one grid, one table of routes and one set of formats
// per architecture, and names the architecture only when there are two.
import type { Kernel, Results } from '../schemas/types/results.ts';

/** Results of luqual before arm64 name no architecture: they booted x86_64. */
export function archOf(k: Pick<Kernel, 'arch'>): string {
  return k.arch ?? 'x86_64';
}

export interface ArchGroup {
  arch: string;
  kernels: Kernel[];
  /** what a heading adds: empty where the run has one architecture */
  title: string;
}

export function byArch(r: Pick<Results, 'kernels'>): ArchGroup[] {
  const arches = [...new Set(r.kernels.map(archOf))];
  return arches.map((arch) => ({ arch, kernels: r.kernels.filter((k) => archOf(k) === arch), title: arches.length > 1 ? `: ${arch}` : '' }));
}
