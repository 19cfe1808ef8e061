// A Debian source whose .dsc the archive does not serve is built from its
// upstream tarball only when the signed Sources index vouches for that
// tarball's SHA-256; apt's *.FAILED leftovers and unsigned tarballs are
// refused unless --insecure-unverified-source. apt-get and apt-cache are
// stand-ins here that behave as apt does when the .dsc is a 404.
import test from 'ava';
import { createHash } from 'node:crypto';
import { appendFileSync, chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DebianArchive, signedChecksums } from '../kernels/debian-archive.ts';

const TARBALL = 'linux-7.9.9/Makefile: all:\n';
const SIGNED = createHash('sha256').update(TARBALL).digest('hex');

function showsrc(version: string, sha: string): string {
  return `Package: linux\nVersion: 7.8.1-1\nChecksums-Sha256:\n ${'0'.repeat(64)} 10 linux_7.8.1.orig.tar.xz\n\nPackage: linux\nVersion: ${version}\nChecksums-Sha256:\n ${'1'.repeat(64)} 204594 linux_7.9.9-1.dsc\n ${sha} 25 linux_7.9.9.orig.tar.xz\nHomepage: https://www.kernel.org/\n`;
}

/** apt-get that serves the tarball under `name` (as apt leaves it) and a 404 for the .dsc; apt-cache that prints `index`. Returns the file apt-get writes its arguments to. */
function fakeApt(name: string, index: string, exit = 100): string {
  const bin = mkdtempSync(join(tmpdir(), 'fake-apt-'));
  writeFileSync(join(bin, 'tarball'), TARBALL);
  writeFileSync(join(bin, 'index'), index);
  const aptGet = `#!/bin/sh\necho "$@" >> "${join(bin, 'args')}"\nstat -c %u . > "${join(bin, 'owner')}"\nfor a; do last=$a; done\ncase "$last" in update) exit 0;; esac\ncp "${join(bin, 'tarball')}" "${name}"\necho "E: Failed to fetch http://deb.debian.org/debian/pool/main/l/linux/linux_7.9.9-1.dsc  404  Not Found"\nexit ${exit}\n`;
  writeFileSync(join(bin, 'apt-get'), aptGet);
  writeFileSync(join(bin, 'apt-cache'), `#!/bin/sh\ncat "${join(bin, 'index')}"\n`);
  for (const f of ['apt-get', 'apt-cache']) chmodSync(join(bin, f), 0o755);
  process.env.PATH = `${bin}:${process.env.PATH}`;
  return join(bin, 'args');
}

const cache = () => {
  const c = mkdtempSync(join(tmpdir(), 'luqual-cache-'));
  mkdirSync(join(c, 'apt'), { recursive: true });
  return c;
};

test.serial('signedChecksums reads the one version\'s Checksums-Sha256', (t) => {
  const m = signedChecksums(showsrc('7.9.9-1', SIGNED), '7.9.9-1');
  t.deepEqual([...m], [['linux_7.9.9-1.dsc', '1'.repeat(64)], ['linux_7.9.9.orig.tar.xz', SIGNED]]);
  t.deepEqual([...signedChecksums(showsrc('7.9.9-1', SIGNED), '7.9.9')], [], 'versions match whole');
});

test.serial('a tarball apt renamed *.FAILED is not taken for the source', async (t) => {
  fakeApt('linux_7.9.9.orig.tar.xz.FAILED', showsrc('7.9.9-1', SIGNED));
  await t.throwsAsync(new DebianArchive(cache()).downloadSource('7.9.9-1'));
});

test.serial('a tarball whose hash the signed index does not give is refused, unless the user insists by name', async (t) => {
  fakeApt('linux_7.9.9.orig.tar.xz', showsrc('7.9.9-1', 'f'.repeat(64)));
  const e = await t.throwsAsync(new DebianArchive(cache()).downloadSource('7.9.9-1'));
  t.regex(e.message, /no signed hash in its Sources index vouches for linux_7\.9\.9\.orig\.tar\.xz; refusing to build it \(--insecure-unverified-source builds it anyway\)/);
  const files = await new DebianArchive(cache()).downloadSource('7.9.9-1', true);
  t.regex(files.orig!, /linux_7\.9\.9\.orig\.tar\.xz$/);
});

test.serial('a tarball no signed index lists, kept in the cache under --insecure-unverified-source, is not used again without it', async (t) => {
  fakeApt('linux_7.9.9.orig.tar.xz', showsrc('7.9.8-1', SIGNED));
  const c = cache();
  const files = await new DebianArchive(c).downloadSource('7.9.9-1', true);
  t.regex(files.orig!, /linux_7\.9\.9\.orig\.tar\.xz$/);
  const again = await t.throwsAsync(new DebianArchive(c).downloadSource('7.9.9-1'));
  t.regex(again?.message ?? '', /no signed hash in the archive's Sources index vouches for .*linux_7\.9\.9\.orig\.tar\.xz; refusing to build it/);
});

test.serial('a tarball the signed index vouches for is built from, with the missing parts named; apt is not told to stay root', async (t) => {
  const args = fakeApt('linux_7.9.9.orig.tar.xz', showsrc('7.9.9-1', SIGNED));
  const files = await new DebianArchive(cache()).downloadSource('7.9.9-1');
  t.like(files, { dsc: null, missing: ['linux_7.9.9-1.dsc'] });
  t.regex(files.orig!, /linux_7\.9\.9\.orig\.tar\.xz$/);
  const told = readFileSync(args, 'utf8');
  t.regex(told, /source --download-only linux=7\.9\.9-1/);
  t.notRegex(told, /APT::Sandbox::User/, 'apt keeps its privilege drop to _apt');
  const apt = /^_apt:[^:]*:(\d+):/m.exec(existsSync('/etc/passwd') ? readFileSync('/etc/passwd', 'utf8') : '');
  if (process.getuid?.() === 0 && apt) {
    t.is(readFileSync(join(args, '..', 'owner'), 'utf8').trim(), apt[1]!, 'run as root, the download folder is _apt\'s while apt writes it');
    t.deepEqual([statSync(join(files.orig!, '..')).uid, statSync(files.orig!).uid], [0, 0], 'and taken back, with what it holds, once apt is done');
  }
});

test.serial('what the cache holds is checked against the signed index every time it is used', async (t) => {
  fakeApt('linux_7.9.9.orig.tar.xz', showsrc('7.9.9-1', SIGNED));
  const c = cache();
  const files = await new DebianArchive(c).downloadSource('7.9.9-1');
  appendFileSync(files.orig!, 'echo owned\n');
  const e = await t.throwsAsync(new DebianArchive(c).downloadSource('7.9.9-1'));
  t.regex(e.message, /linux_7\.9\.9\.orig\.tar\.xz is not what the archive's signed Sources index describes \(SHA-256 differs\): remove .* to download it again/);

  fakeApt('hello_1_amd64.deb', `Package: hello\nVersion: 1\nSHA256: ${SIGNED}\n`, 0);
  const deb = await new DebianArchive(c).download('hello', '1');
  appendFileSync(deb, 'x');
  await t.throwsAsync(new DebianArchive(c).download('hello', '1'), { message: /hello_1_amd64\.deb is not the hello 1 the archive's signed index describes/ });
});
