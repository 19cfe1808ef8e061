import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { planSuites } from '../matrix/suite-requirements.ts';
import type { PreparedKernel } from '../matrix/kernels/kernel.ts';

function kernel(id: string, config: string | null): PreparedKernel {
  let path: string | null = null;
  if (config !== null) {
    path = join(mkdtempSync(join(tmpdir(), 'cfg-')), 'config');
    writeFileSync(path, config);
  }
  return { id, ref: id, kind: 'path', release: '7.3.4', image: '/x', config: path, capability: { capable: true, why: '' }, obtained: '', debianVersion: null, unmetOptions: [], cmdline: '', abi: null };
}

const FULL = 'CONFIG_HUGETLBFS=y\nCONFIG_HUGETLB_PAGE=y\n';

test('suites that can run bring their command line; the others are skipped with the missing piece', (t) => {
  const p = planSuites(['memfd', 'hugetlb'], kernel('a', FULL), kernel('b', '# CONFIG_HUGETLBFS is not set\n'), 1024);
  t.deepEqual(p.run, ['memfd']);
  t.deepEqual(p.skipped, [{ name: 'hugetlb', status: 'skip', reason: 'the target b lacks CONFIG_HUGETLBFS, CONFIG_HUGETLB_PAGE', tests: [] }]);
  t.is(p.cmdline, '');
  const ok = planSuites(['memfd', 'hugetlb'], kernel('a', FULL), kernel('b', FULL), 1024);
  t.deepEqual(ok.run, ['memfd', 'hugetlb']);
  t.is(ok.cmdline, 'hugepagesz=2M hugepages=8');
});

test('too little guest memory, and kernels whose config is unknown', (t) => {
  t.regex(planSuites(['hugetlb'], kernel('a', FULL), kernel('b', FULL), 256).skipped[0]!.reason!, /needs 512 MiB of guest memory, the guest has 256/);
  t.deepEqual(planSuites(['hugetlb'], kernel('a', null), kernel('b', null), 1024).run, ['hugetlb'], 'nothing to check against: run and see');
});
