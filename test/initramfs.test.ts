import test from 'ava';
import { buildKernelStore, planText } from '../runners/initramfs.ts';
import { qemuArgs } from '../runners/qemu.ts';

const a = Buffer.alloc(5000, 0xaa);
const b = Buffer.alloc(4096, 0xbb);

test('each kernel is in the store once, page-aligned, and a walk a -> b -> a -> b finds them where the plan says', (t) => {
  const { data: store, bytes, slots } = buildKernelStore([a, b]);
  t.deepEqual(slots, [
    { offset: 0, size: 5000 },
    { offset: 8192, size: 4096 },
  ]);
  const next = [0, 1, 0].map((i, n) => ({ kernel: slots[i]!, cmdline: `luqual.stage=${n + 2}` }));
  const plan = planText({ suites: ['memfd'], next, runId: 'r' });
  const at = [...plan.matchAll(/^kernel_(\d+) (\d+) (\d+)$/gm)].map((m) => ({ stage: Number(m[1]), offset: Number(m[2]), size: Number(m[3]) }));
  t.deepEqual(at, [
    { stage: 2, offset: 0, size: 5000 },
    { stage: 3, offset: 8192, size: 4096 },
    { stage: 4, offset: 0, size: 5000 },
  ]);
  for (const { offset } of at) t.is(offset % 4096, 0);
  t.deepEqual(store.subarray(0, 5000), a);
  t.deepEqual(store.subarray(8192, 8192 + 4096), b);
  // what is used, and a PCI BAR's size: a power of two
  t.is(store.length, 12288);
  t.is(bytes, 16384);
});

test('the store reaches QEMU as an ivshmem device, a comma in its path doubled', (t) => {
  const args = qemuArgs(
    { accel: 'tcg', memoryMiB: 1024, cpus: 2, kernel: 'k', initrd: 'i', cmdline: 'c', kernelStore: { path: '/out/a,b/kernels.store', bytes: 16384 } },
    { console: 'c.log', ktap: 'k.log' },
  );
  const object = args[args.indexOf('-object') + 1];
  t.is(object, 'memory-backend-file,id=luqual-kernels,mem-path=/out/a,,b/kernels.store,size=16384,share=off');
  t.true(args.includes('ivshmem-plain,memdev=luqual-kernels'));
});
