// The verdict logic on consoles recorded from real runs (see
// fixtures/consoles/README.md), plus edits of them for cases we cannot
// provoke on demand. The integration tests boot the real thing.
import test from 'ava';
import { decide } from '../judge/verdict.ts';
import { carriersOf } from '../suites/registry.ts';
import { fixture, observed } from './helpers.ts';

const names = { source: 'A', target: 'B', carriers: carriersOf(['memfd', 'sessions']) };
const SUITES = ['memfd'];

test('compatible: every preserved memfd came back verified', (t) => {
  const d = decide(observed(fixture('7.3.4-to-7.3.4-compatible.log')), SUITES, names);
  t.is(d.verdict, 'compatible');
  t.is(d.reason, 'all 8 preserved items came back verified on B');
  t.deepEqual(d.suites.map((s) => [s.name, s.status]), [['memfd', 'pass']]);
  t.true(d.suites[0]!.tests.every((x) => x.status === 'pass'));
});

test('data-loss: one memfd damaged, named with the offset', (t) => {
  const d = decide(observed(fixture('7.3.4-to-7.3.4-corrupted-data-loss.log')), SUITES, names);
  t.is(d.verdict, 'data-loss');
  t.regex(d.reason, /memfd\/odd-size restored with different content from byte 6172/);
  t.deepEqual(d.suites[0]!.tests.find((x) => x.name === 'odd-size'), { name: 'odd-size', status: 'fail', reason: 'target: content differs from offset 6172' });
});

test('data-loss when the hashes of the two stages differ, even if the agent said verified', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  const i = log.lastIndexOf('item=memfd/written state=verified');
  const edited = log.slice(0, i) + log.slice(i).replace(/hash=[0-9a-f]{16}/, 'hash=0000000000000000');
  const d = decide(observed(edited), SUITES, names);
  t.is(d.verdict, 'data-loss');
  t.regex(d.reason, /memfd\/written hash 0000000000000000 differs/);
});

test('incompatible-clean: a stock target ignores the handover', (t) => {
  const d = decide(observed(fixture('7.3.4-to-stock-7.3.4-incompatible-clean.log')), SUITES, names);
  t.is(d.verdict, 'incompatible-clean');
  t.regex(d.reason, /Passed KHO data, but CONFIG_KEXEC_HANDOVER not set/);
});

test('unsupported: the source has no /dev/liveupdate, and the config says why', (t) => {
  const d = decide(observed(fixture('stock-7.3.4-to-7.3.4-unsupported.log')), SUITES, { ...names, sourceCapability: 'CONFIG_LIVEUPDATE not set' });
  t.is(d.verdict, 'unsupported');
  t.regex(d.reason, /has no \/dev\/liveupdate \(errno 2\).*CONFIG_LIVEUPDATE not set/);
  t.is(d.suites[0]!.status, 'skip');
});

test('incompatible-panic names the kernel that panicked', (t) => {
  const d = decide(observed(fixture('7.3.4-no-init-panic.log')), SUITES, names);
  t.is(d.verdict, 'incompatible-panic');
  t.regex(d.reason, /^the source A kernel panicked: No working init found/);
});

test('a panic after the kexec is the target\'s', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  const cut = log.indexOf('KHO: exec from');
  const d = decide(observed(log.slice(0, cut) + 'Kernel panic - not syncing: luo: The incoming tree failed to initialize properly\n'), SUITES, names);
  t.is(d.verdict, 'incompatible-panic');
  t.regex(d.reason, /^the target B kernel panicked: luo: The incoming tree/);
});

test('incompatible-hang comes from the watchdog, with the phase and last line', (t) => {
  const d = decide(observed(fixture('7.3.4-hung-at-boot.log'), { end: { kind: 'hang', phase: 'boot', seconds: 2, lastLine: 'ACPI: x' }, phase: 'boot' }), SUITES, names);
  t.is(d.verdict, 'incompatible-hang');
  t.regex(d.reason, /no progress in phase boot for 2 s \(source A\); last console line: ACPI: x/);
});

test('an agent that died is luqual\'s error, not the kernel\'s', (t) => {
  const d = decide(observed('Linux version 7.3.4 (x)\nKernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b\n'), SUITES, names);
  t.is(d.verdict, 'error');
});

test('QEMU that does not start is an error', (t) => {
  const d = decide(observed('', { end: { kind: 'spawn-failed', message: 'spawn ENOENT' } }), SUITES, names);
  t.is(d.verdict, 'error');
  t.regex(d.reason, /QEMU did not start/);
});

test('QEMU killed from outside, or crashing, mid-run is an error, not the kernel\'s crash (real log, cut)', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  const cut = log.slice(0, log.indexOf('kexec_core: Starting new kernel') + 40);
  const killed = decide(observed(cut, { end: { kind: 'qemu-died', how: 'was killed by SIGSEGV', stderr: '' }, phase: 'kexec' }), SUITES, names);
  t.is(killed.verdict, 'error');
  t.regex(killed.reason, /^QEMU itself was killed by SIGSEGV in phase kexec; last console line: .*a host failure, not a kernel verdict$/);
  const failed = decide(observed(cut, { end: { kind: 'qemu-died', how: 'exited with code 1', stderr: 'qemu-system-x86_64: hardware error: x' }, phase: 'kexec' }), SUITES, names);
  t.is(failed.verdict, 'error');
  t.regex(failed.reason, /exited with code 1 in phase kexec \(QEMU said: qemu-system-x86_64: hardware error: x\)/);
  // the watchdog's own kill is a hang, and a panic stays a panic
  const hung = decide(observed(cut, { end: { kind: 'hang', phase: 'kexec', seconds: 5, lastLine: 'x' }, phase: 'kexec' }), SUITES, names);
  t.is(hung.verdict, 'incompatible-hang');
});

test('a guest that resets during the kexec without a message is a crash', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  const d = decide(observed(log.slice(0, log.indexOf('kexec_core: Starting new kernel') + 40)), SUITES, names);
  t.is(d.verdict, 'incompatible-panic');
  t.regex(d.reason, /reset during the kexec/);
});

test('a report garbled on the console is luqual\'s error, never data-loss (real log)', (t) => {
  const d = decide(observed(fixture('7.2.12-to-7.3.4-garbled-by-kernel-message.log')), SUITES, names);
  t.is(d.verdict, 'error');
  t.regex(d.reason, /the agent's report could not be read \(memfd\/64M/);
});

test('a real target panic after the kexec names the target and the kernel\'s message', (t) => {
  const d = decide(observed(fixture('7.2.12-to-7.3.4-target-timer-panic.log')), SUITES, names);
  t.is(d.verdict, 'incompatible-panic');
  t.is(d.reason, "the target B kernel panicked: timer doesn't work through Interrupt-remapped IO-APIC");
});

test('what the source could not preserve is not lost by the target (7.1.13 refuses session 819, real log)', (t) => {
  const d = decide(observed(fixture('7.1.13-self-sessions-enomem-at-819.log'), { suites: ['memfd', 'sessions'] }), ['memfd', 'sessions'], names);
  t.is(d.verdict, 'compatible');
  const sessions = d.suites.find((s) => s.name === 'sessions')!;
  t.is(sessions.status, 'fail');
  t.deepEqual(sessions.tests.find((x) => x.name === 'many'), { name: 'many', status: 'fail', reason: 'source: session lq-many-0818: Out of memory (errno 12)' });
});

test('a KTAP plan that disagrees with the results makes the report unreadable: an error, never a verdict (real log, edited)', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  // the target's "ok 4 odd-size" lost on the way: 10 planned, 9 reported
  const lost = '    ok 4 odd-size\n';
  const i = log.lastIndexOf(lost);
  const d = decide(observed(log.slice(0, i) + log.slice(i + lost.length)), SUITES, names);
  t.is(d.verdict, 'error');
  t.is(d.reason, "the agent's report could not be read (the target B's memfd suite planned 10 tests and reported 9): luqual cannot say what survived");
  // the source's top-level plan: 2 planned (memfd, kexec_file_load)
  const j = log.indexOf('\n1..2\n') + 1;
  const e = decide(observed(log.slice(0, j) + '1..3' + log.slice(j + 4)), SUITES, names);
  t.is(e.verdict, 'error');
  t.regex(e.reason, /the source A's agent planned 3 results and reported 2/);
});

test('a console from an agent this luqual does not read is an error naming both versions (real log, edited)', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log').replace('# luqual: agent=2 stage=1', '# luqual: agent=9 stage=1');
  const d = decide(observed(log), SUITES, names);
  t.is(d.verdict, 'error');
  t.is(d.reason, 'the guest agent on 7.3.4 speaks version 9, and this luqual reads 1, 2, 3, 4, 5: a luqual bug, not a kernel verdict');
});

test('a suite subtest without its plan is an unreadable report (real log, edited)', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log');
  const j = log.lastIndexOf('    1..10\n');
  const d = decide(observed(log.slice(0, j) + log.slice(j + '    1..10\n'.length)), SUITES, names);
  t.is(d.verdict, 'error');
  t.regex(d.reason, /the target B's memfd suite planned no tests and reported 10/);
});
