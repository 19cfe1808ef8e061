// Real kernels, prepared the way every command prepares them (built or
// downloaded on first use, then from the cache; scripts/test.sh warms it).
import test from 'ava';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cacheRoot } from '../../host/cache.ts';
import { inspectBzImage } from '../../kernels/bzimage.ts';
import { extractIkconfig } from '../../kernels/kernel-image.ts';
import { parseKconfig } from '../../kernels/kconfig.ts';
import { prepareKernel } from '../../kernels/prepare.ts';
import { parseKernelRef } from '../../matrix/kernel-ref.ts';
import { luqual } from '../helpers.ts';

const prepare = (ref: string) => prepareKernel(parseKernelRef(ref), { cache: cacheRoot() });

test('debian-src:7.3.4 is built with KHO and LUO, and says so', async (t) => {
  const k = await prepare('debian-src:7.3.4');
  t.is(k.release, '7.3.4');
  t.true(k.capability.capable);
  t.regex(k.obtained, /linux-source-7\.3 7\.3\.4-/);
  t.deepEqual(k.unmetOptions, []);
  const image = readFileSync(k.image);
  const embedded = parseKconfig(extractIkconfig(image)!);
  t.deepEqual(embedded, parseKconfig(readFileSync(k.config!, 'utf8')), 'IKCONFIG matches the .config we kept');
  t.true(inspectBzImage(image, k.image).loadableAbove4G);
});

test('debian:7.3.4 is the stock image, without live update', async (t) => {
  const k = await prepare('debian:7.3.4');
  t.regex(k.release, /^7\.3\.4\+deb13-amd64$/);
  t.false(k.capability.capable);
  t.regex(k.capability.why, /CONFIG_KEXEC_HANDOVER/);
});

test('luqual kernels prints what it knows', async (t) => {
  const r = await luqual(['kernels', 'debian-src:7.2.12', 'debian:7.3.4']);
  t.is(r.exitCode, 0, r.all);
  t.regex(r.stdout, /debian-src:7\.2\.12\n {2}release: +7\.2\.12\n/);
  t.regex(r.stdout, /live update: yes/);
  t.regex(r.stdout, /live update: no \(CONFIG_KEXEC_HANDOVER/);
});

test('a series reference: the newest 7.3 served, which luqual names, with its formats and hashes', async (t) => {
  const r = await luqual(['kernels', 'debian-src:7.3.x']);
  t.is(r.exitCode, 0, r.all);
  const m = /^debian-src:7\.3\.x\n {2}resolved: +debian-src:(7\.3\.\d+)-\S+\n {2}release: +(\S+)\n/.exec(r.stdout);
  t.truthy(m, r.stdout);
  t.is(m?.[2], m?.[1], 'the kernel built is the version it resolved to');
  t.regex(r.stdout, /\n {2}config: +\S+ \(sha256 [0-9a-f]{64}\)\n/);
  t.regex(r.stdout, /\n {2}formats: +kho-v4 .*luo-v5 .*memfd-v2/);
});

test('an unknown Debian version is refused, listing what can be had', async (t) => {
  const r = await luqual(['kernels', 'debian-src:7.3.99']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /debian-src:7\.3\.99: Debian's archive has no kernel source of that version/);
  t.regex(r.stderr, /Served as linux-source packages: .*7\.3\.4/);
});

test('a bzImage of the user\'s own: release from its header, config from beside it', async (t) => {
  const built = await prepare('debian-src:7.3.4');
  const k = await prepare(built.image);
  t.is(k.kind, 'path');
  t.is(k.release, '7.3.4');
  t.is(k.config, built.config);
  t.true(k.capability.capable);
});

test('a lone bzImage: its config comes from its IKCONFIG', async (t) => {
  const built = await prepare('debian-src:7.3.4');
  const dir = mkdtempSync(join(tmpdir(), 'lone-'));
  copyFileSync(built.image, join(dir, 'vmlinuz'));
  const k = await prepare(join(dir, 'vmlinuz'));
  t.is(k.config, null);
  t.regex(k.obtained, /config from its IKCONFIG/);
  t.true(k.capability.capable);
});

test('the formats a kernel speaks are read from its image', async (t) => {
  const k = await prepare('debian-src:7.3.4');
  t.like(k.abi, { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'], memblock: ['memblock-v1'] });
  t.deepEqual((await prepare('debian:7.3.4')).abi, {}, 'no handover format in a stock image');
  t.like((await prepare('debian-src:7.1.13')).abi, { kho: ['kho-v3'], luo: ['luo-v1'], 'luo-session': ['luo-session-v2'], 'luo-flb': ['luo-flb-v1'] });
});

test('a version the archive lists but does not serve: one line, and what can be had', async (t) => {
  const r = await luqual(['kernels', 'debian-src:7.0.13']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /debian-src:7\.0\.13: Debian's archive lists linux source 7\.0\.13-\d+ but does not serve it \(404 Not Found\)\. Served as linux-source packages: .*7\.3\.4/);
});
