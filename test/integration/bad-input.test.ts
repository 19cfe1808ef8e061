// Bad input gets a clear message and exit 2; a missing host tool says which
// Debian package to install.
import test from 'ava';
import { luqual, ROOT } from '../helpers.ts';
import { join } from 'node:path';

test('a kernel file that does not exist', async (t) => {
  const r = await luqual(['pair', './no/such/bzImage', 'debian-src:7.3.4']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /\.\/no\/such\/bzImage: no such file .*no\/such\/bzImage/);
});

test('a file that is not a bzImage', async (t) => {
  const r = await luqual(['pair', join(ROOT, 'package.json'), 'debian-src:7.3.4']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /package\.json is not a bzImage/);
});

test('an unknown Debian version', async (t) => {
  const r = await luqual(['pair', 'debian-src:7.3.4', 'debian:7.3.99']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /debian:7\.3\.99: Debian's archive has no amd64 kernel image of that version/);
});

test('a reference that does not parse, and bad usage', async (t) => {
  const kind = await luqual(['pair', 'fedora:40', 'debian-src:7.3.4']);
  t.is(kind.exitCode, 2);
  t.regex(kind.stderr, /unknown kind "fedora"/);
  const count = await luqual(['pair', 'debian-src:7.3.4']);
  t.is(count.exitCode, 2);
  t.regex(count.stderr, /exactly two kernel references/);
  const opt = await luqual(['pair', 'a', 'b', '--frobnicate']);
  t.is(opt.exitCode, 2);
  t.regex(opt.stderr, /Unknown option '--frobnicate'/);
  const mem = await luqual(['pair', 'debian-src:7.3.4', 'debian-src:7.3.4', '--memory', 'lots']);
  t.is(mem.exitCode, 2);
  t.regex(mem.stderr, /--memory "lots": expected a positive whole number/);
});

test('a missing qemu-system-x86_64 names its Debian package', async (t) => {
  const r = await luqual(['pair', 'debian-src:7.3.4', 'debian-src:7.3.4'], { LUQUAL_QEMU: '/nonexistent/qemu-system-x86_64' });
  t.is(r.exitCode, 1);
  t.regex(r.stderr, /qemu-system-x86_64 not found: install the Debian package qemu-system-x86/);
});
