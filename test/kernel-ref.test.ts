import test from 'ava';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { InputError } from '../judge/errors.ts';

test('Debian source references, upstream and exact', (t) => {
  t.like(parseKernelRef('debian-src:7.3.4'), { kind: 'debian-src', upstream: '7.3.4', debianVersion: null });
  t.like(parseKernelRef('debian-src:7.3.4-1~bpo13+1'), { kind: 'debian-src', upstream: '7.3.4', debianVersion: '7.3.4-1~bpo13+1' });
  t.like(parseKernelRef('debian-src:6.10'), { upstream: '6.10' });
  t.like(parseKernelRef('debian:6.12.107-1'), { kind: 'debian', upstream: '6.12.107', debianVersion: '6.12.107-1' });
});

test('series references: the newest of a series, or of all', (t) => {
  t.deepEqual(parseKernelRef('debian-src:7.3.x'), { kind: 'series', of: 'debian-src', series: '7.3', text: 'debian-src:7.3.x' });
  t.deepEqual(parseKernelRef('debian:7.3.x'), { kind: 'series', of: 'debian', series: '7.3', text: 'debian:7.3.x' });
  t.deepEqual(parseKernelRef('debian-src:latest'), { kind: 'series', of: 'debian-src', series: null, text: 'debian-src:latest' });
  for (const bad of ['debian-src:7.x', 'debian-src:7.3.x.1', 'debian-src:newest']) t.throws(() => parseKernelRef(bad), { instanceOf: InputError, message: /a series such as 7\.3\.x, or latest/ });
});

test('paths, with an optional config', (t) => {
  t.like(parseKernelRef('./bzImage'), { kind: 'path', image: './bzImage', config: null });
  t.like(parseKernelRef('/k/arch/x86/boot/bzImage,config=/k/.config'), { kind: 'path', image: '/k/arch/x86/boot/bzImage', config: '/k/.config' });
});

test('what does not parse says what was expected', (t) => {
  for (const bad of ['', 'debian-src:', 'debian-src:seven', 'debian-src:7.3.4-', 'fedora:40', 'linux-7.3']) {
    const e = t.throws(() => parseKernelRef(bad), { instanceOf: InputError });
    t.regex(e.message, /expected|empty/, bad);
  }
  t.throws(() => parseKernelRef('./bzImage,cfg=x'), { message: /unknown option/ });
});

test('tree: names a source tree; an empty one is refused', (t) => {
  t.like(parseKernelRef('tree:.'), { kind: 'tree', path: '.' });
  t.like(parseKernelRef('tree:~/src/linux'), { kind: 'tree', path: '~/src/linux' });
  t.throws(() => parseKernelRef('tree:'), { instanceOf: InputError, message: /tree: needs the path/ });
});
