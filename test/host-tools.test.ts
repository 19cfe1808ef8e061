import test from 'ava';
import { requireTool } from '../host/tools.ts';
import { MissingToolError } from '../judge/errors.ts';

test('a missing tool names the Debian package that has it', (t) => {
  const e = t.throws(() => requireTool('qemu-system-x86_64', { PATH: '/nonexistent' }), { instanceOf: MissingToolError });
  t.is(e.message, 'qemu-system-x86_64 not found: install the Debian package qemu-system-x86 (apt-get install qemu-system-x86, or run "npm run setup")');
  t.regex(t.throws(() => requireTool('flex', { PATH: '' })).message, /Debian package flex/);
});

test('tools on PATH are found; LUQUAL_QEMU overrides QEMU', (t) => {
  t.regex(requireTool('tar'), /\/tar$/);
  t.throws(() => requireTool('qemu-system-x86_64', { PATH: process.env.PATH, LUQUAL_QEMU: '/no/such/qemu' }), { message: /\/no\/such\/qemu not found/ });
});
