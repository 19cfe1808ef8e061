// Ctrl-C at any moment stops the guests: also one that comes while a guest
// is being set up, before QEMU runs (a run interrupted just as its walks
// started once left both QEMUs running to the end of their walks).
import test from 'ava';
import { bootWithNothingToDo, requireQemu } from '../../cli/host.ts';
import { cacheRoot } from '../../host/cache.ts';
import { prepareKernel } from '../../kernels/prepare.ts';
import { parseKernelRef } from '../../matrix/kernel-ref.ts';

test('a guest whose run was aborted before QEMU started is stopped at once', async (t) => {
  const kernel = await prepareKernel(parseKernelRef('debian-src:7.3.4'), { cache: cacheRoot() });
  const abort = new AbortController();
  abort.abort();
  // left alone, this guest boots, finds nothing to do and powers off
  const run = await bootWithNothingToDo(requireQemu(), cacheRoot(), kernel, 'tcg', abort.signal);
  t.deepEqual(run.end, { kind: 'aborted' });
  t.is(run.phase, 'boot', 'the guest never reached its agent');
});
