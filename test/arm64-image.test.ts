import test from 'ava';
import { gzipSync } from 'node:zlib';
import { arm64Format, unpackArm64 } from '../kernels/arm64-image.ts';
import { inspectImage, unpackedKernel } from '../kernels/kernel-image.ts';
import { InputError } from '../judge/errors.ts';

/** An arm64 Image's 64-byte header (booting.rst) and a body holding the banner. */
function image(banner: string): Buffer {
  const header = Buffer.alloc(64);
  header.writeUInt32LE(0x644d5241, 56);
  return Buffer.concat([header, Buffer.from(`\0%s version %s\0Linux version ${banner}\n\0kho-v4\0`)]);
}

function zboot(payload: Buffer, compression: string): Buffer {
  const header = Buffer.alloc(64);
  header.write('MZ', 0, 'latin1');
  header.write('zimg', 4, 'latin1');
  header.writeUInt32LE(64, 8);
  header.writeUInt32LE(payload.length, 12);
  header.write(compression, 24, 'latin1');
  return Buffer.concat([header, payload]);
}

test('an arm64 Image, plain, gzip or EFI zboot: its release from the banner, and the Image inside', (t) => {
  const plain = image('7.3.4 (luqual@luqual) (aarch64-linux-gnu-gcc (Debian 12.2.0-14) 12.2.0) #1 SMP');
  for (const [buf, format] of [[plain, 'Image'], [gzipSync(plain), 'gzip'], [zboot(gzipSync(plain), 'gzip'), 'zboot']] as const) {
    t.is(arm64Format(buf), format);
    t.like(inspectImage(buf, 'k'), { arch: 'arm64', release: '7.3.4' }, format);
    t.deepEqual(unpackArm64(buf), plain, format);
    t.deepEqual(unpackedKernel(buf), plain, format);
  }
});

test('what is not a kernel, or an arm64 image without a banner, is refused with its name', (t) => {
  t.throws(() => inspectImage(Buffer.from('#!/bin/sh\n'), 'script.sh'), { instanceOf: InputError, message: /script\.sh is not a bzImage \(x86\) nor an arm64 Image/ });
  const header = Buffer.alloc(64);
  header.writeUInt32LE(0x644d5241, 56);
  t.throws(() => inspectImage(header, 'Image'), { message: /no "Linux version" banner/ });
  t.throws(() => inspectImage(gzipSync(Buffer.from('not a kernel')), 'x.gz'), { message: /an arm64 kernel \(gzip\) that luqual cannot unpack/ });
});
