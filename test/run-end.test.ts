// How a QEMU run ended, from what execa saw: the guest's exit, the
// watchdog's kill, luqual's abort, and QEMU dying on its own differ.
import test from 'ava';
import { runEnd } from '../runners/boot-run.ts';

const hang = { kind: 'hang' as const, phase: 'kexec' as const, seconds: 5, lastLine: 'x' };

test('an exit 0 is the guest powering off (or resetting under -no-reboot)', (t) => {
  t.deepEqual(runEnd({ exitCode: 0, failed: false }, null, false, ''), { kind: 'exited', code: 0, stderr: '' });
});

test("the watchdog's SIGKILL is a hang, luqual's own is an abort", (t) => {
  t.deepEqual(runEnd({ signal: 'SIGKILL', failed: true }, hang, false, ''), hang);
  t.deepEqual(runEnd({ signal: 'SIGKILL', failed: true }, null, true, ''), { kind: 'aborted' });
});

test('a signal or an exit code nobody asked for is QEMU dying, with what it said', (t) => {
  t.deepEqual(runEnd({ signal: 'SIGSEGV', failed: true }, null, false, 'x'), { kind: 'qemu-died', how: 'was killed by SIGSEGV', stderr: 'x' });
  t.deepEqual(runEnd({ exitCode: 1, failed: true }, null, false, 'hardware error'), { kind: 'qemu-died', how: 'exited with code 1', stderr: 'hardware error' });
});

test('a QEMU that never started says why', (t) => {
  t.deepEqual(runEnd({ failed: true, originalMessage: 'spawn ENOENT' }, null, false, ''), { kind: 'spawn-failed', message: 'spawn ENOENT' });
});
