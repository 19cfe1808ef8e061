// arm64 beside x86_64 in one run: Debian's 7.3.4 cross-built for arm64
// live-updates into itself on QEMU's virt board with an SMMUv3, every suite
// the board and the kernel allow passing; into Debian's own arm64 7.3.4 it
// is incompatible-clean, the evidence what that kernel's device tree held.
// results.json names every kernel's and pair's architecture, and the report
// draws a grid for each.
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Results } from '../../schemas/types/results.ts';
import { luqual, ROOT } from '../helpers.ts';

const MATRIX = join(ROOT, 'test', 'fixtures', 'arm64', 'matrix.yaml');

test('x86_64 and arm64 in one run: arm64 7.3.4 into itself compatible, into Debian\'s stock arm64 7.3.4 incompatible-clean, two grids', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-arm64-'));
  const r = await luqual(['run', MATRIX, '--out', out]);
  t.is(r.exitCode, 0, r.all);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.deepEqual(validateResults(results), []);
  t.deepEqual(results.kernels.map((k) => [k.id, k.arch]), [['7.3', 'x86_64'], ['7.3-arm64', 'arm64'], ['7.3-arm64-stock', 'arm64']]);
  const pair = (from: string, to: string) => results.pairs.find((p) => p.source.id === from && p.target.id === to)!;

  const self = pair('7.3-arm64', '7.3-arm64');
  t.is(self.arch, 'arm64');
  t.is(self.verdict, 'compatible', self.reason);
  // vfio too: QEMU's edu device doing DMA through the SMMUv3
  for (const name of ['memfd', 'sessions', 'kho', 'vfio']) t.is(self.suites.find((s) => s.name === name)?.status, 'pass', `${name} on arm64`);
  const console = readFileSync(join(out, self.logs.console), 'utf8');
  t.regex(console, /Machine model: linux,dummy-virt/);
  t.regex(console, /arm-smmu-v3 .*smmuv3/);
  t.regex(console, /KHO: found kexec handover data\./);

  const stock = pair('7.3-arm64', '7.3-arm64-stock');
  t.is(stock.verdict, 'incompatible-clean', stock.reason);
  t.regex(stock.reason, /its device tree held the handover at \/chosen\/linux,kho-fdt, and it took none of it/);
  t.is(pair('7.3', '7.3').arch, 'x86_64');

  // the arm64 kernel's formats are read from its Image: those of the x86_64 build of the same source
  const abi = (id: string) => results.kernels.find((k) => k.id === id)!.abi;
  t.deepEqual(abi('7.3-arm64'), abi('7.3'));
  const html = readFileSync(join(out, 'report', 'index.html'), 'utf8');
  t.regex(html, /<h3 id="grid-x86_64">x86_64<\/h3>/);
  t.regex(html, /<h3 id="grid-arm64">arm64<\/h3>/);
});
