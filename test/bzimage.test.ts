import test from 'ava';
import { execaSync } from 'execa';
import { gzipSync } from 'node:zlib';
import { decompressedKernel, inspectBzImage } from '../kernels/bzimage.ts';
import { extractIkconfig } from '../kernels/kernel-image.ts';
import { liveUpdateCapability, parseKconfig, unmetOptions } from '../kernels/kconfig.ts';
import { InputError } from '../judge/errors.ts';
import { fakeBzHeader as fakeHeader } from './helpers.ts';

test('release and kexec loadability come from the boot header', (t) => {
  const info = inspectBzImage(fakeHeader('7.3.4 (root@vm) #1 SMP', 0x3), 'k');
  t.is(info.release, '7.3.4');
  t.is(info.protocol, '2.15');
  t.true(info.loadableAbove4G);
  t.false(inspectBzImage(fakeHeader('6.1.0 x', 0x1), 'k').loadableAbove4G);
});

test('a file that is not a bzImage is refused with its name', (t) => {
  t.throws(() => inspectBzImage(Buffer.from('#!/bin/sh\necho hi\n'), 'script.sh'), { instanceOf: InputError, message: /script\.sh is not a bzImage/ });
  const noVersion = fakeHeader('', 0);
  t.throws(() => inspectBzImage(noVersion, 'k'), { message: /no kernel version string/ });
});

/** fakeHeader with a payload, which a real image follows with its 4-byte uncompressed size. */
function withPayload(header: Buffer, payload: Buffer): Buffer {
  const setupSects = 1;
  header[0x1f1] = setupSects;
  const size = Buffer.alloc(4);
  size.writeUInt32LE(payload.length);
  const body = Buffer.concat([payload, size]);
  header.writeUInt32LE(0, 0x248);
  header.writeUInt32LE(body.length, 0x24c);
  return Buffer.concat([header.subarray(0, (setupSects + 1) * 512), body]);
}

const tool = (cmd: string, args: string[], input: Buffer) => Buffer.from(execaSync(cmd, args, { input, encoding: 'buffer' }).stdout);

test('the kernel inside comes out of every compression a kernel build uses', (t) => {
  const vmlinux = Buffer.from('ELF kernel text luo-v5\0memfd-v2\0'.repeat(200));
  const packed: Record<string, Buffer> = {
    gzip: gzipSync(vmlinux),
    xz: tool('xz', ['-c', '--check=crc32'], vmlinux),
    zstd: tool('zstd', ['-c', '-q'], vmlinux),
    // the kernel's cmd_lz4: the legacy frame
    lz4: tool('lz4', ['-l', '-c', '-q'], vmlinux),
  };
  for (const [kind, payload] of Object.entries(packed)) {
    t.deepEqual(decompressedKernel(withPayload(fakeHeader('7.3.4 x', 0), payload)), vmlinux, kind);
  }
  t.is(decompressedKernel(withPayload(fakeHeader('7.3.4 x', 0), Buffer.from('not compressed at all'))), null);
});

test('IKCONFIG is absent from a header-only image', (t) => {
  t.is(extractIkconfig(fakeHeader('7.3.4 x', 0)), null);
});

test('capability is read from the config, with the reason', (t) => {
  const full = parseKconfig('CONFIG_KEXEC_FILE=y\nCONFIG_KEXEC_HANDOVER=y\nCONFIG_LIVEUPDATE=y\nCONFIG_LIVEUPDATE_MEMFD=y\nCONFIG_RELOCATABLE=y\n');
  t.true(liveUpdateCapability(full).capable);
  const stock = parseKconfig('CONFIG_KEXEC_FILE=y\n# CONFIG_KEXEC_HANDOVER is not set\nCONFIG_RELOCATABLE=y\n');
  t.deepEqual(liveUpdateCapability(stock), { capable: false, why: 'CONFIG_KEXEC_HANDOVER, CONFIG_LIVEUPDATE, CONFIG_LIVEUPDATE_MEMFD not set' });
  t.is(liveUpdateCapability(null).capable, null);
  t.deepEqual(unmetOptions('CONFIG_A=y\n# CONFIG_B is not set\nCONFIG_C=y\n', parseKconfig('CONFIG_A=y\nCONFIG_C=m\n')), ['CONFIG_C=y']);
});
