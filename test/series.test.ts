// Series references (debian-src:7.3.x, debian:latest) resolve to the newest
// version the archive really serves. apt-get and apt-cache are stand-ins
// that answer from a small archive written here: linux-source-X.Y packages,
// a Sources index listing more versions than are served (the rest answer
// 404, as some do in Debian's archive), and stock image packages.
import test from 'ava';
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { resolveSeries } from '../kernels/series.ts';
import { parseKernelRef, type KernelRef } from '../matrix/kernel-ref.ts';

const DSC = 'Format: 3.0 (quilt)\nSource: linux\n';
const DSC_SHA = createHash('sha256').update(DSC).digest('hex');

// listed in the Sources index; `served` ones download, the others answer 404
const SOURCES: Array<{ version: string; served: boolean }> = [
  { version: '7.3.4-1~bpo13+1', served: true },
  { version: '7.3.5-1', served: false },
  { version: '7.2.12-1', served: true },
  { version: '7.1.13-1', served: true },
  { version: '7.1.14-1', served: false },
  { version: '7.0.13-1', served: false },
];
const PACKAGES: Record<string, string[]> = {
  'linux-source-7.3': ['7.3.4-1~bpo13+1'],
  'linux-source-7.2': ['7.2.12-1'],
  'linux-binary-7.3.4+deb13-amd64': ['7.3.4-1~bpo13+1'],
  'linux-binary-7.2.12+deb13-amd64': ['7.2.12-1'],
  'linux-image-6.12.117+deb13-amd64': ['6.12.117-1'],
};
// not the generic flavour: never the answer
const OTHER_IMAGES = ['linux-image-7.3.9+deb13-cloud-amd64', 'linux-image-7.3.9+deb13-amd64-unsigned'];

function standInArchive(): string {
  const d = mkdtempSync(join(tmpdir(), 'fake-archive-'));
  mkdirSync(join(d, 'madison'));
  mkdirSync(join(d, 'serve'));
  const showsrc = SOURCES.map((s) => `Package: linux\nVersion: ${s.version}\nChecksums-Sha256:\n ${DSC_SHA} ${DSC.length} linux_${s.version}.dsc\n`).join('\n');
  writeFileSync(join(d, 'showsrc'), showsrc);
  for (const s of SOURCES.filter((x) => x.served)) writeFileSync(join(d, 'serve', s.version), DSC);
  for (const [pkg, versions] of Object.entries(PACKAGES)) {
    writeFileSync(join(d, 'madison', pkg), versions.map((v) => ` ${pkg} | ${v} | http://deb.debian.org/debian sid/main amd64 Packages\n`).join(''));
  }
  writeFileSync(join(d, 'names'), [...Object.keys(PACKAGES), ...OTHER_IMAGES].join('\n') + '\n');
  const skip = 'while [ "$1" = "-o" ]; do shift 2; done\n';
  writeFileSync(
    join(d, 'apt-cache'),
    `#!/bin/sh\n${skip}cmd=$1; shift\ncase "$cmd" in\n` +
      `madison) for p; do [ -f "${d}/madison/$p" ] && cat "${d}/madison/$p"; done ;;\n` +
      `showsrc) cat "${d}/showsrc" ;;\n` +
      `search) grep -E "$2" "${d}/names" | sed 's/$/ - Linux/' ;;\n` +
      `esac\nexit 0\n`,
  );
  writeFileSync(
    join(d, 'apt-get'),
    `#!/bin/sh\n${skip}case "$1" in update) exit 0;; esac\nfor a; do last=$a; done\nv=\${last#linux=}\n` +
      `if [ -f "${d}/serve/$v" ]; then cp "${d}/serve/$v" "linux_$v.dsc"; exit 0; fi\n` +
      `echo "E: Failed to fetch http://deb.debian.org/debian/pool/main/l/linux/linux_$v.dsc  404  Not Found"\nexit 100\n`,
  );
  for (const f of ['apt-cache', 'apt-get']) chmodSync(join(d, f), 0o755);
  return d;
}

process.env.PATH = `${standInArchive()}:${process.env.PATH}`;

async function resolve(text: string) {
  const ref = parseKernelRef(text) as Extract<KernelRef, { kind: 'series' }>;
  const cache = mkdtempSync(join(tmpdir(), 'luqual-cache-'));
  const progress: string[] = [];
  const exact = await resolveSeries(ref, { cache, onProgress: (m) => progress.push(m) });
  return { exact, progress };
}

test('debian-src:7.3.x is the newest 7.3 served: a newer one only listed, answering 404, is passed over', async (t) => {
  const { exact, progress } = await resolve('debian-src:7.3.x');
  t.deepEqual(exact, { kind: 'debian-src', upstream: '7.3.4', debianVersion: '7.3.4-1~bpo13+1', text: 'debian-src:7.3.4-1~bpo13+1' });
  t.is(progress.at(-1), 'debian-src:7.3.x: resolved to debian-src:7.3.4-1~bpo13+1');
});

test('a series with no linux-source package: the newest version whose source downloads', async (t) => {
  t.like((await resolve('debian-src:7.1.x')).exact, { upstream: '7.1.13', debianVersion: '7.1.13-1' });
});

test('latest is the newest of all series served', async (t) => {
  t.like((await resolve('debian-src:latest')).exact, { kind: 'debian-src', debianVersion: '7.3.4-1~bpo13+1' });
  t.like((await resolve('debian:latest')).exact, { kind: 'debian', debianVersion: '7.3.4-1~bpo13+1', text: 'debian:7.3.4-1~bpo13+1' });
});

test('a series with nothing served is bad input that lists what is', async (t) => {
  const e = await t.throwsAsync(resolve('debian-src:7.0.x'), { instanceOf: InputError });
  t.is(e.message.split('\n').length, 1);
  t.regex(e.message, /^debian-src:7\.0\.x: Debian's archive serves no kernel source of the 7\.0 series \(it lists 7\.0\.13-1 but answers 404\)\. Served as linux-source packages: 7\.2\.12, 7\.3\.4\./);
  const none = await t.throwsAsync(resolve('debian-src:6.1.x'), { instanceOf: InputError });
  t.regex(none.message, /^debian-src:6\.1\.x: Debian's archive serves no kernel source of the 6\.1 series\. Served as linux-source packages: 7\.2\.12, 7\.3\.4\./);
});

test('debian:7.2.x is the newest generic stock image of 7.2; none of 7.3.9 in other flavours counts', async (t) => {
  t.like((await resolve('debian:7.2.x')).exact, { kind: 'debian', upstream: '7.2.12', debianVersion: '7.2.12-1' });
  t.like((await resolve('debian:7.3.x')).exact, { debianVersion: '7.3.4-1~bpo13+1' });
  const e = await t.throwsAsync(resolve('debian:6.19.x'), { instanceOf: InputError });
  t.is(e.message, "debian:6.19.x: Debian's archive serves no amd64 kernel image of the 6.19 series. Served amd64 images: 6.12.117, 7.2.12, 7.3.4.");
});
