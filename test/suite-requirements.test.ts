import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSuites } from '../runners/suite-plan.ts';
import { parseDeviceHelp } from '../runners/qemu-devices.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';

function kernel(id: string, config: string | null, modules: string | null = null): PreparedKernel {
  let path: string | null = null;
  if (config !== null) {
    path = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'config');
    writeFileSync(path, config);
  }
  return { id, ref: id, kind: 'path', release: '7.3.4', arch: 'x86_64', image: '/x', sha256: '0'.repeat(64), config: path, modules, capability: { capable: true, why: '' }, obtained: '', debianVersion: null, resolved: null, unmetOptions: [], cmdline: '', abi: null, provenance: { configSha256: null, patches: [] } };
}

function guest(memoryMiB: number, devices: string[] = []) {
  return { memoryMiB, devices: new Set(devices) };
}

const FULL = 'CONFIG_HUGETLBFS=y\nCONFIG_HUGETLB_PAGE=y\n';

test('suites that can run bring their command line; the others are skipped with the missing piece', (t) => {
  const p = planSuites(['memfd', 'hugetlb'], kernel('a', FULL), kernel('b', '# CONFIG_HUGETLBFS is not set\n'), guest(1024));
  t.deepEqual(p.run, ['memfd']);
  t.deepEqual(p.skipped, [{ name: 'hugetlb', status: 'skip', reason: 'the target b lacks CONFIG_HUGETLBFS, CONFIG_HUGETLB_PAGE', tests: [] }]);
  t.is(p.cmdline, '');
  const ok = planSuites(['memfd', 'hugetlb'], kernel('a', FULL), kernel('b', FULL), guest(1024));
  t.deepEqual(ok.run, ['memfd', 'hugetlb']);
  t.is(ok.cmdline, 'hugepagesz=2M hugepages=8');
});

test('too little guest memory, and kernels whose config is unknown', (t) => {
  t.regex(planSuites(['hugetlb'], kernel('a', FULL), kernel('b', FULL), guest(256)).skipped[0]!.reason!, /needs 512 MiB of guest memory, the guest has 256/);
  t.deepEqual(planSuites(['hugetlb'], kernel('a', null), kernel('b', null), guest(1024)).run, ['hugetlb'], 'nothing to check against: run and see');
});

test('a suite needing a device this QEMU lacks is skipped; one that has it gets the device', (t) => {
  const k = kernel('a', 'CONFIG_VFIO=y\nCONFIG_VFIO_PCI=y\nCONFIG_INTEL_IOMMU=y\n');
  const without = planSuites(['vfio'], k, k, guest(1024, ['e1000']));
  t.deepEqual(without.run, []);
  t.is(without.skipped[0]!.reason, 'this QEMU has no "edu" device');
  const withEdu = planSuites(['memfd', 'vfio'], k, k, guest(1024, ['edu']));
  t.deepEqual(withEdu.run, ['memfd', 'vfio']);
  t.deepEqual(withEdu.devices, ['edu']);
});

test('a driver built as a module counts where luqual has the kernel\'s modules, and the suite names what to load', (t) => {
  const m = 'CONFIG_MODULES=y\nCONFIG_VFIO=m\nCONFIG_VFIO_PCI=m\nCONFIG_INTEL_IOMMU=y\n';
  const without = planSuites(['vfio'], kernel('a', m), kernel('b', m), guest(1024, ['edu']));
  t.deepEqual(without.run, []);
  t.regex(without.skipped[0]!.reason!, /^the source a lacks CONFIG_VFIO \(built as a module, and luqual has no modules of it: name them with modules=DIR\), CONFIG_VFIO_PCI \(built as a module/);
  const withModules = planSuites(['memfd', 'vfio'], kernel('a', m, '/mods/a'), kernel('b', m, '/mods/b'), guest(1024, ['edu']));
  t.deepEqual(withModules.run, ['memfd', 'vfio']);
  t.deepEqual(withModules.modules, ['vfio-pci', 'iommufd', 'vfio_iommu_type1']);
});

test('the device list is read from QEMU\'s -device help', (t) => {
  const help = 'Misc devices:\nname "edu", bus PCI\nname "pvpanic", bus ISA, desc "pvpanic device"\n';
  t.deepEqual([...parseDeviceHelp(help)], ['edu', 'pvpanic']);
});
