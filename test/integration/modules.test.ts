// A kernel whose VFIO and iommufd are modules, as a distro config builds
// them: luqual builds and installs its modules, the vfio suite runs on it
// instead of being skipped for "lacks CONFIG_VFIO", and the agent loads the
// modules on the source and on the target.
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../schemas/types/results.ts';
import { luqual, ROOT } from '../helpers.ts';

const MATRIX = join(ROOT, 'test', 'fixtures', 'modules', 'matrix.yaml');

test('vfio as modules: loaded from the initramfs on both kernels, and the suite passes', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-modules-'));
  const r = await luqual(['run', MATRIX, '--out', out, '--keep', 'all']);
  t.is(r.exitCode, 0, r.all);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const k = results.kernels.find((x) => x.id === '7.3-vfio-m')!;
  // vfio-m.config asks for them as modules, and the kernel has what was asked
  t.deepEqual(k.unmetOptions, []);
  const pair = results.pairs[0]!;
  t.is(pair.verdict, 'compatible', pair.reason);
  const vfio = pair.suites.find((s) => s.name === 'vfio')!;
  t.is(vfio.status, 'pass', JSON.stringify(vfio));
  t.true(vfio.tests.some((x) => x.name === 'dma-from-device' && x.status === 'pass'));
  const ktap = readFileSync(join(out, pair.logs.console), 'utf8');
  const loads = [...ktap.matchAll(/# luqual: modules loaded=(\d+) failed=(\d+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
  t.is(loads.length, 2, 'the source and the target each loaded theirs');
  for (const [loaded, failed] of loads) {
    t.true(loaded! >= 4, `vfio-pci, vfio-pci-core, vfio, iommufd at least: ${loaded}`);
    t.is(failed, 0);
  }
});
