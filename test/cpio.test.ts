import test from 'ava';
import { execa } from 'execa';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeCpio } from '../runners/cpio.ts';

test('GNU cpio reads back what we write, byte for byte', async (t) => {
  const odd = Buffer.from('x'.repeat(4097));
  const archive = writeCpio([
    { kind: 'dir', path: 'luqual' },
    { kind: 'file', path: 'luqual/plan', data: Buffer.from('suites memfd\n') },
    { kind: 'file', path: 'init', data: odd, mode: 0o755 },
    { kind: 'dir', path: 'dev' },
    { kind: 'chardev', path: 'dev/console', major: 5, minor: 1 },
  ]);
  t.is(archive.length % 4, 0);
  const list = await execa('cpio', ['-t', '-v', '--quiet'], { input: archive });
  t.regex(list.stdout, /crw------- .* 5, +1 .*dev\/console/);
  const dir = mkdtempSync(join(tmpdir(), 'cpio-'));
  await execa('cpio', ['-i', '-d', '--quiet', '--no-absolute-filenames', '--nonmatching', 'dev/console'], { input: archive, cwd: dir });
  t.is(readFileSync(join(dir, 'luqual/plan'), 'utf8'), 'suites memfd\n');
  t.deepEqual(readFileSync(join(dir, 'init')), odd);
  t.is(statSync(join(dir, 'init')).mode & 0o777, 0o755);
});

test('the same entries give the same bytes (cacheable)', (t) => {
  const e = [{ kind: 'file' as const, path: 'a', data: Buffer.from('1') }];
  t.deepEqual(writeCpio(e), writeCpio(e));
});

test('newc header fields: magic, sizes, trailer', (t) => {
  const a = writeCpio([{ kind: 'file', path: 'f', data: Buffer.from('abc') }]);
  t.is(a.toString('latin1', 0, 6), '070701');
  t.is(parseInt(a.toString('latin1', 54, 62), 16), 3, 'filesize');
  t.is(parseInt(a.toString('latin1', 94, 102), 16), 2, 'namesize includes the NUL');
  t.true(a.includes('TRAILER!!!'));
});

test('bad archives are refused', (t) => {
  t.throws(() => writeCpio([{ kind: 'dir', path: 'a' }, { kind: 'dir', path: 'a' }]), { message: /duplicate/ });
  t.throws(() => writeCpio([{ kind: 'file', path: 'x/y', data: Buffer.alloc(0) }]), { message: /before its directory/ });
  t.throws(() => writeCpio([{ kind: 'file', path: '../etc', data: Buffer.alloc(0) }]), { message: /bad path/ });
});
