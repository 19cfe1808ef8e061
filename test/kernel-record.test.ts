// What results.json and `luqual kernels` say of a prepared kernel.
import test from 'ava';
import { kernelLines } from '../cli/kernels.ts';
import { validateResults } from '../host/results-file.ts';
import { kernelRecord } from '../kernels/entry.ts';
import { MINIMAL_RESULTS } from './helpers.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';

const BUILT: PreparedKernel = {
  id: 'debian-src:7.3.4',
  ref: 'debian-src:7.3.4',
  kind: 'debian-src',
  release: '7.3.4',
  image: '/cache/kernels/7.3.4-1~bpo13+1-x/bzImage',
  sha256: 'a'.repeat(64),
  config: '/cache/kernels/7.3.4-1~bpo13+1-x/config',
  capability: { capable: true, why: 'KHO, LUO and memfd preservation built in' },
  obtained: "built from Debian's linux-source-7.3 7.3.4-1~bpo13+1 with luqual's Kconfig fragment",
  debianVersion: '7.3.4-1~bpo13+1',
  resolved: null,
  unmetOptions: [],
  cmdline: '',
  abi: { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'] },
};
const NIGHTLY: PreparedKernel = { ...BUILT, id: 'debian-src:7.3.x', ref: 'debian-src:7.3.x', resolved: 'debian-src:7.3.4-1~bpo13+1' };

const valid = (k: PreparedKernel) => validateResults({ ...MINIMAL_RESULTS, kernels: [kernelRecord(k)] });

test('a series reference: results.json records the exact reference it resolved to, under the name the user gave', (t) => {
  t.like(kernelRecord(NIGHTLY), { id: 'debian-src:7.3.x', ref: 'debian-src:7.3.x', resolved: 'debian-src:7.3.4-1~bpo13+1', release: '7.3.4' });
  t.false('resolved' in kernelRecord(BUILT), 'an exact reference resolves to nothing else');
  t.deepEqual(valid(NIGHTLY), []);
});

test('luqual kernels says what a series reference resolved to', (t) => {
  t.regex(kernelLines(NIGHTLY), /^debian-src:7\.3\.x\n {2}resolved: +debian-src:7\.3\.4-1~bpo13\+1\n {2}release: +7\.3\.4\n/);
  t.notRegex(kernelLines(BUILT), /resolved:/);
});
