// Ctrl-C at any moment stops the guests: also one that comes while a guest
// is being set up, before QEMU runs (a run interrupted just as its walks
// started once left both QEMUs running to the end of their walks).
import test from 'ava';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireQemu } from '../../cli/host.ts';
import { cacheRoot } from '../../matrix/cache.ts';
import { prepareKernel } from '../../matrix/kernels/prepare.ts';
import { parseKernelRef } from '../../matrix/kernels/ref.ts';
import { buildAgent } from '../../runners/agent-build.ts';
import { bootRun, DEFAULT_TIMEOUTS } from '../../runners/boot-run.ts';
import { buildInitramfs } from '../../runners/initramfs.ts';
import { kernelCmdline } from '../../runners/qemu.ts';

test('a guest whose run was aborted before QEMU started is stopped at once', async (t) => {
  const kernel = await prepareKernel(parseKernelRef('debian-src:7.3.4'), { cache: cacheRoot() });
  const dir = mkdtempSync(join(tmpdir(), 'luqual-abort-'));
  const agent = readFileSync(await buildAgent(cacheRoot()));
  // left alone, this guest boots, finds nothing to do and powers off
  writeFileSync(join(dir, 'initrd.cpio'), buildInitramfs(agent, { suites: [], next: [], runId: 'abort' }));
  const abort = new AbortController();
  abort.abort();
  const run = await bootRun({
    qemu: requireQemu(),
    boot: { accel: 'tcg', memoryMiB: 512, cpus: 1, kernel: kernel.image, initrd: join(dir, 'initrd.cpio'), cmdline: kernelCmdline(2, '') },
    suites: [],
    timeouts: DEFAULT_TIMEOUTS,
    consoleLog: join(dir, 'console.log'),
    serial: { console: join(dir, 'ttyS0.log'), ktap: join(dir, 'ttyS1.log') },
    qemuLog: join(dir, 'qemu.log'),
    signal: abort.signal,
  });
  t.true(run.aborted);
  t.is(run.exit.signal, 'SIGKILL');
  t.is(run.phase, 'boot', 'the guest never reached its agent');
});
