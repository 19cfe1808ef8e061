import test from 'ava';
import { fixture, readConsole } from './helpers.ts';
import { LineSplitter, parseFacts, stripPrintkTime } from '../runners/console.ts';
import { describeBlob } from '../runners/handover/blobs.ts';

const compatible = fixture('7.3.4-to-7.3.4-compatible.log');

test('both stages of a real run are read, among kernel noise', (t) => {
  const c = readConsole(compatible);
  t.deepEqual(c.docs.map((d) => d.stage), [1, 2]);
  const [s1, s2] = c.docs;
  t.is(s1!.release, '7.3.4');
  t.deepEqual(s1!.suites.map((s) => [s.name, s.ok, s.tests.length, s.planned]), [['memfd', true, 9, 9]]);
  t.deepEqual(s1!.steps.map((s) => [s.name, s.ok]), [['kexec_file_load', true]]);
  t.deepEqual(s2!.suites[0]!.tests.map((x) => x.name), ['session', 'empty', 'page', 'odd-size', 'written', '256M', 'sparse', 'sealed', 'many', 'finish']);
  t.deepEqual(s1!.items.map((i) => [i.name, i.state]), ['empty', 'page', 'odd-size', 'written', '256M', 'sparse', 'sealed', 'many'].map((n) => [n, 'preserved']));
  t.true(s2!.items.every((i) => i.state === 'verified'));
  t.is(s2!.items.find((i) => i.name === '256M')!.attrs.size, '268435456');
  t.deepEqual(c.banners, ['7.3.4', '7.3.4']);
  t.true(c.handover.some((l) => l.text.startsWith('luo: Retrieved live update data')));
  t.is(c.panic, null);
});

test('the result does not depend on how the stream is chunked', (t) => {
  const whole = readConsole(compatible, compatible.length);
  for (const size of [1, 7, 100, 1500]) {
    t.deepEqual(readConsole(compatible, size).docs, whole.docs, `chunks of ${size}`);
  }
});

test('printk timestamps are stripped (Debian kernels have them)', (t) => {
  t.is(stripPrintkTime('[    3.288022] ACPI: PM: Preparing'), 'ACPI: PM: Preparing');
  const c = readConsole(fixture('stock-7.3.4-to-7.3.4-unsupported.log'));
  t.is(c.docs[0]!.release, '7.3.4+deb13-amd64');
  t.is(c.docs[0]!.facts.liveupdate, 'unavailable');
  t.is(c.docs[0]!.suites[0]!.skip, 'source kernel cannot live-update: /dev/liveupdate: No such file or directory');
});

test('a failure carries its reason from the diagnostic line before it', (t) => {
  const c = readConsole(fixture('7.3.4-to-7.3.4-corrupted-data-loss.log'));
  const bad = c.docs.find((d) => d.stage === 2)!.suites[0]!.tests.find((x) => !x.ok)!;
  t.is(bad.name, 'odd-size');
  t.true(bad.diag.includes('odd-size: content differs from offset 6172'));
  t.is(c.docs.find((d) => d.stage === 2)!.items.find((i) => i.name === 'odd-size')!.state, 'corrupt');
});

test('a panic is seen, with the kernel it happened in', (t) => {
  const c = readConsole(fixture('7.3.4-no-init-panic.log'));
  t.truthy(c.panic);
  t.regex(c.panic!.text, /No working init found/);
  t.is(c.panic!.kernel, 1);
  t.false(c.panic!.killedInit);
  t.is(c.docs.length, 0);
});

test('a stream cut off mid-stage leaves an unfinished document', (t) => {
  const cut = compatible.slice(0, compatible.indexOf('ok 4 odd-size'));
  const c = readConsole(cut);
  t.is(c.docs.length, 1);
  t.false(c.docs[0]!.finished);
  t.is(c.docs[0]!.suites[0]!.tests.length, 3);
  t.is(c.docs[0]!.suites[0]!.planned, null, 'the plan comes after the last result');
});

test('facts parse as key=value, free words ignored', (t) => {
  t.deepEqual(parseFacts('liveupdate=unavailable errno=2 (No such file)'), { liveupdate: 'unavailable', errno: '2' });
});

test('two ports merged line by line never split a line', (t) => {
  const lines: string[] = [];
  const a = new LineSplitter((l: string) => lines.push(l));
  const b = new LineSplitter((l: string) => lines.push(l));
  b.write('    # luqual: item=memfd/64M sta');
  a.write('input: ImExPS/2 Generic Explorer Mouse\n');
  b.write('te=verified size=67108864\n');
  a.end();
  b.end();
  t.deepEqual(lines, ['input: ImExPS/2 Generic Explorer Mouse', '    # luqual: item=memfd/64M state=verified size=67108864']);
});

test('KHO state sent as base64 blobs is reassembled and described (real log)', (t) => {
  const c = readConsole(fixture('7.3.4-to-7.3.4-stale-kho-in-luo.log'));
  const s2 = c.docs.find((d) => d.stage === 2)!;
  const inFdt = describeBlob(s2.blobs.find((b) => b.name === 'in/fdt')!);
  t.like(inFdt, { path: 'fdt', format: 'fdt', compatible: 'kho-v4' });
  t.like(describeBlob(s2.blobs.find((b) => b.name === 'out/sub_fdts/LUO')!), { format: 'luo-header', compatible: 'luo-v5', liveupdateNumber: 2 });
  const stale = describeBlob(s2.blobs.find((b) => b.name === 'in/sub_fdts/LUO')!);
  t.like(stale, { format: 'binary', size: 32 });
  const cut = describeBlob(c.docs.find((d) => d.stage === 1)!.blobs.find((b) => b.name === 'out/fdt')!);
  t.like(cut, { format: 'unreadable', error: 'FDT: header says 345 bytes but the blob has 233 (truncated?)' });
});

test('the reader keeps every line twice: as it came, and as read (printk time stripped)', (t) => {
  const c = readConsole('[    1.000000] Linux version 7.3.4 (x)\r\nplain\n');
  t.deepEqual(c.raw, ['[    1.000000] Linux version 7.3.4 (x)\r', 'plain']);
  t.deepEqual(c.lines, ['Linux version 7.3.4 (x)', 'plain']);
  t.deepEqual(c.bannerLines, [0]);
});
