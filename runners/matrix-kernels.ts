// The kernels of a matrix run, each prepared once; one that cannot be had
// makes its pairs errors while the others run.
import { HostError, MissingToolError } from '../judge/errors.ts';
import { kernelRecord, prepareEntry } from '../kernels/entry.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import type { KernelOptions, PreparedKernel } from '../kernels/kernel.ts';
import type { Say } from '../kernels/build-meter.ts';
import type { Kernel } from '../schemas/types/results.ts';
import type { MatrixPlan } from './matrix-plan.ts';

/** A kernel of the matrix that could not be had (its build failed, its download did): its pairs are errors. */
export interface UnpreparedKernel {
  id: string;
  ref: string;
  /** the version its reference names */
  release: string;
  error: HostError;
}

/** What the results say of a kernel that could not be had. */
function unpreparedRecord(k: UnpreparedKernel): Kernel {
  const why = `could not be prepared: ${k.error.message.split('\n')[0]}`;
  const ref = parseKernelRef(k.ref);
  return { id: k.id, ref: k.ref, kind: ref.kind === 'series' ? ref.of : ref.kind, release: k.release, obtained: why, liveUpdate: { capable: null, why } };
}

export interface MatrixKernels {
  prepared: PreparedKernel[];
  unprepared: UnpreparedKernel[];
}

/**
 * Kernels in matrix order, each prepared once; only those some pair uses.
 * A kernel that fails to build is its pairs' error and the others still
 * run; bad input, or a tool the host lacks (which every build would miss),
 * stops the run.
 */
export async function prepareMatrixKernels(m: LoadedMatrix, plan: MatrixPlan, cache: string, onProgress: Say, trust: Pick<KernelOptions, 'insecureUnverifiedSource'> = {}): Promise<MatrixKernels> {
  const used = new Set(plan.pairs.flatMap((p) => [p.from, p.to]));
  const out: MatrixKernels = { prepared: [], unprepared: [] };
  for (const e of m.kernels.filter((k) => used.has(k.id))) {
    try {
      out.prepared.push(await prepareEntry(e, m.base, cache, onProgress, trust));
    } catch (err) {
      if (!(err instanceof HostError) || err instanceof MissingToolError) throw err;
      onProgress(`${e.id}: could not be prepared, its pairs are errors: ${err.message}`);
      out.unprepared.push({ id: e.id, ref: e.ref, release: plan.versions.find((v) => v.id === e.id)!.release, error: err });
    }
  }
  if (!out.prepared.length) throw out.unprepared[0]!.error;
  return out;
}

/** The kernels of the results, in matrix order, those that could not be had too. */
export function kernelRecords(m: LoadedMatrix, k: MatrixKernels): Kernel[] {
  const rank = (x: Kernel) => m.kernels.findIndex((e) => e.id === x.id);
  return [...k.prepared.map(kernelRecord), ...k.unprepared.map(unpreparedRecord)].sort((a, b) => rank(a) - rank(b));
}
