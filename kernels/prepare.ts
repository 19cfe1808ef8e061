// One entry point for every kind of kernel reference.
import { prepareDebianSrc } from './debian-src.ts';
import { prepareDebianStock } from './debian-stock.ts';
import { prepareUserImage } from './user-image.ts';
import { prepareUserTree } from './user-tree.ts';
import { resolveSeries } from './series.ts';
import type { KernelOptions, PreparedKernel } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

export async function prepareKernel(ref: KernelRef, opts: KernelOptions): Promise<PreparedKernel> {
  switch (ref.kind) {
    case 'debian-src': return prepareDebianSrc(ref, opts);
    case 'debian': return prepareDebianStock(ref, opts);
    case 'path': return prepareUserImage(ref, opts, opts.base);
    case 'tree': return prepareUserTree(ref, opts, opts.base);
    case 'series': {
      // known by the name the user gave it, built or fetched as the exact version
      const exact = await resolveSeries(ref, opts);
      return { ...(await prepareKernel({ ...exact, text: ref.text }, opts)), resolved: exact.text };
    }
  }
}
