import test from 'ava';
import { execa } from 'execa';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrder, moduleFiles, moduleName, parseModulesDep } from '../kernels/modules.ts';
import { buildInitramfs } from '../runners/initramfs.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';

// the modules.dep that depmod wrote for test/fixtures/modules' kernel (7.3.4
// with VFIO and iommufd as modules), line for line
const DEP = [
  'kernel/drivers/iommu/iommufd/iommufd.ko:',
  'kernel/drivers/vfio/vfio.ko: kernel/drivers/iommu/iommufd/iommufd.ko',
  'kernel/drivers/vfio/vfio_iommu_type1.ko: kernel/drivers/vfio/vfio.ko kernel/drivers/iommu/iommufd/iommufd.ko',
  'kernel/drivers/vfio/pci/vfio-pci-core.ko: kernel/virt/lib/irqbypass.ko kernel/drivers/vfio/vfio.ko kernel/drivers/iommu/iommufd/iommufd.ko',
  'kernel/drivers/vfio/pci/vfio-pci.ko: kernel/drivers/vfio/pci/vfio-pci-core.ko kernel/virt/lib/irqbypass.ko kernel/drivers/vfio/vfio.ko kernel/drivers/iommu/iommufd/iommufd.ko',
  'kernel/virt/lib/irqbypass.ko:',
  '',
].join('\n');

test('a module comes after everything it needs, each once, and a module modules.dep lacks is built in', (t) => {
  const dep = parseModulesDep(DEP);
  t.is(moduleName('kernel/drivers/vfio/pci/vfio-pci.ko.xz'), 'vfio_pci');
  const order = loadOrder(dep, ['vfio-pci', 'iommufd', 'vfio_iommu_type1', 'intel-iommu']);
  t.deepEqual(order, [
    'kernel/virt/lib/irqbypass.ko',
    'kernel/drivers/iommu/iommufd/iommufd.ko',
    'kernel/drivers/vfio/vfio.ko',
    'kernel/drivers/vfio/pci/vfio-pci-core.ko',
    'kernel/drivers/vfio/pci/vfio-pci.ko',
    'kernel/drivers/vfio/vfio_iommu_type1.ko',
  ]);
  for (const [i, p] of order.entries()) for (const d of dep.get(moduleName(p))!.deps) t.true(order.indexOf(d) < i, `${d} before ${p}`);
});

test('modules.dep naming a file outside its folder is refused; a path reference takes modules=DIR', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mods-'));
  writeFileSync(join(dir, 'modules.dep'), '../../etc/passwd.ko:\n');
  t.throws(() => moduleFiles(dir, ['passwd']), { message: /outside the folder/ });
  t.like(parseKernelRef('./bzImage,modules=./lib/modules/7.3.4,config=./.config'), { kind: 'path', image: './bzImage', modules: './lib/modules/7.3.4', config: './.config' });
  t.throws(() => parseKernelRef('./bzImage,firmware=x'), { message: /only config=PATH and modules=DIR/ });
});

test('the initramfs holds each kernel\'s modules once and a load list per stage, as cpio unpacks it', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'mods-'));
  for (const line of DEP.split('\n').filter(Boolean)) {
    const path = line.split(':')[0]!;
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `module ${path}`);
  }
  writeFileSync(join(dir, 'modules.dep'), DEP);
  const a = { kernel: 'a'.repeat(64), files: moduleFiles(dir, ['vfio-pci']) };
  const b = { kernel: 'b'.repeat(64), files: moduleFiles(dir, ['iommufd']) };
  const cpio = buildInitramfs(Buffer.from('agent'), { suites: ['vfio'], next: [], runId: 'r' }, [a, null, b, a]);
  const out = mkdtempSync(join(tmpdir(), 'unpacked-'));
  await execa('cpio', ['-id', '--quiet'], { cwd: out, input: cpio });
  const mods = join(out, 'luqual/modules');
  const list = (n: number) => readFileSync(join(mods, `${n}.load`), 'utf8').trim().split('\n');
  t.is(list(1).length, 5);
  t.deepEqual(list(4), list(1));
  t.deepEqual(list(3), [`${'b'.repeat(24)}/kernel/drivers/iommu/iommufd/iommufd.ko`]);
  t.throws(() => list(2), { code: 'ENOENT' });
  for (const l of list(1)) t.is(readFileSync(join(mods, l), 'utf8'), `module ${l.slice(25)}`);
});
