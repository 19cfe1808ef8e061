// What results.json and `luqual kernels` say of a prepared kernel.
import test from 'ava';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kernelLines } from '../cli/kernels.ts';
import { validateResults } from '../host/results-file.ts';
import { kernelRecord } from '../kernels/entry.ts';
import { describeKernel } from '../kernels/kernel.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { fakeBzHeader, MINIMAL_RESULTS } from './helpers.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';

const BUILT: PreparedKernel = {
  id: 'debian-src:7.3.4',
  ref: 'debian-src:7.3.4',
  kind: 'debian-src',
  release: '7.3.4',
  arch: 'x86_64',
  image: '/cache/kernels/7.3.4-1~bpo13+1-x/bzImage',
  sha256: 'a'.repeat(64),
  modules: null,
  config: '/cache/kernels/7.3.4-1~bpo13+1-x/config',
  capability: { capable: true, why: 'KHO, LUO and memfd preservation built in' },
  obtained: "built from Debian's linux-source-7.3 7.3.4-1~bpo13+1 with luqual's Kconfig fragment",
  debianVersion: '7.3.4-1~bpo13+1',
  resolved: null,
  unmetOptions: [],
  cmdline: '',
  abi: { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'] },
  provenance: { configSha256: 'c'.repeat(64), patches: [] },
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

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
test('provenance: the config and every patch by name and SHA-256, as sha256sum gives them', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'provenance-'));
  const files = { image: join(dir, 'bzImage'), config: join(dir, 'config'), a: join(dir, 'kho-v5.patch'), b: join(dir, 'memfd-v3.patch') };
  writeFileSync(files.image, fakeBzHeader('7.3.4 (luqual@test) #1', 0x3));
  writeFileSync(files.config, 'CONFIG_KEXEC_HANDOVER=y\n');
  writeFileSync(files.a, 'a patch\n');
  writeFileSync(files.b, Buffer.from([0xff, 0xfe, 0x0a]));
  const facts = { kind: 'debian-src' as const, image: files.image, config: files.config, obtained: 'built', debianVersion: '7.3.4-1' };
  const k = describeKernel(parseKernelRef('debian-src:7.3.4'), { cache: dir }, { ...facts, patches: [{ name: 'kho-v5.patch', path: files.a }, { name: 'memfd-v3.patch', path: files.b }] });
  t.deepEqual(k.provenance, {
    configSha256: sha256('CONFIG_KEXEC_HANDOVER=y\n'),
    patches: [{ name: 'kho-v5.patch', sha256: sha256('a patch\n') }, { name: 'memfd-v3.patch', sha256: sha256(Buffer.from([0xff, 0xfe, 0x0a])) }],
  });
  t.deepEqual(kernelRecord(k).provenance, k.provenance);
  t.deepEqual(valid(k), []);
  const lone = describeKernel(parseKernelRef('./bzImage'), { cache: dir }, { ...facts, kind: 'path', config: null });
  t.deepEqual(lone.provenance, { configSha256: null, patches: [] }, 'no config known, nothing patched');
  t.deepEqual(valid(lone), []);
});

test('luqual kernels prints the handover formats read from the image, and the provenance', (t) => {
  const patched = { ...BUILT, provenance: { configSha256: 'c'.repeat(64), patches: [{ name: 'kho-v5.patch', sha256: 'd'.repeat(64) }] } };
  const lines = kernelLines(patched).split('\n');
  t.true(lines.includes('  formats:     kho-v4 luo-v5 memfd-v2'));
  t.true(lines.includes(`  config:      ${BUILT.config} (sha256 ${'c'.repeat(64)})`));
  t.true(lines.includes(`  patch:       kho-v5.patch (sha256 ${'d'.repeat(64)})`));
  t.regex(kernelLines({ ...BUILT, abi: {} }), /\n {2}formats: +none \(no handover format in the image\)/);
  t.regex(kernelLines({ ...BUILT, abi: null }), /\n {2}formats: +unknown \(the image could not be unpacked\)/);
  t.regex(kernelLines({ ...BUILT, config: null }), new RegExp(`\\n {2}config: +its IKCONFIG \\(sha256 ${'c'.repeat(64)}\\)`));
});
