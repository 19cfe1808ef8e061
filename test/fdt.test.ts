import test from 'ava';
import { execa } from 'execa';
import { FdtError, isFdt, parseFdt, propStrings, walk } from '../runners/handover/fdt.ts';

const DTS = `/dts-v1/;
/ {
	compatible = "kho-v4";
	preserved-memory-map = /bits/ 64 <0x1234>;
	LUO {
		compatible = "luo-v1";
		liveupdate-number = /bits/ 64 <3>;
		sessions { compatible = "luo-session-v2"; };
	};
	memblock { compatible = "memblock-v1"; r1 { compatible = "reserve-mem-v1", "x"; }; };
};
`;

async function dtb(source: string): Promise<Uint8Array> {
  const r = await execa('dtc', ['-I', 'dts', '-O', 'dtb', '-q'], { input: source, encoding: 'buffer' });
  return new Uint8Array(r.stdout);
}

test('a tree made by dtc reads back: names, strings, u64s', async (t) => {
  const blob = await dtb(DTS);
  t.true(isFdt(blob));
  const root = parseFdt(blob);
  t.deepEqual(propStrings(root, 'compatible'), ['kho-v4']);
  t.deepEqual([...walk(root)].map(([p]) => p), ['/', '/LUO', '/LUO/sessions', '/memblock', '/memblock/r1']);
  const luo = root.children[0]!;
  t.is(Buffer.from(luo.props.get('liveupdate-number')!).readBigUInt64BE(), 3n);
  t.deepEqual(propStrings(root.children[1]!.children[0]!, 'compatible'), ['reserve-mem-v1', 'x']);
  t.is(propStrings(root, 'missing'), null);
});

function header(blob: Uint8Array): DataView {
  return new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
}

test('malformed blobs give clear errors', async (t) => {
  const good = await dtb(DTS);
  const cases: Array<[string, (b: Uint8Array) => Uint8Array, RegExp]> = [
    ['too short', (b) => b.slice(0, 20), /too short for an FDT header/],
    ['truncated', (b) => b.slice(0, b.length - 16), /header says \d+ bytes but the blob has \d+ \(truncated\?\)/],
    ['bad magic', (b) => { header(b).setUint32(0, 0xdeadbeef); return b; }, /bad magic 0xdeadbeef/],
    ['struct offset out of range', (b) => { header(b).setUint32(8, 0x7fffffff); return b; }, /structure block \(offset 2147483647, size \d+\) lies outside/],
    ['strings size out of range', (b) => { header(b).setUint32(32, 0xffffffff); return b; }, /strings block .* lies outside/],
    ['unknown token', (b) => { header(b).setUint32(header(b).getUint32(8), 7); return b; }, /unknown token 0x7 at offset/],
    ['no FDT_END', (b) => { const v = header(b); v.setUint32(36, 8); return b; }, /without FDT_END|not NUL-terminated/],
  ];
  for (const [what, damage, message] of cases) {
    const e = t.throws(() => parseFdt(damage(good.slice())), { instanceOf: FdtError }, what);
    t.regex(e.message, message, what);
  }
});

test('nesting is bounded', async (t) => {
  const deep = await dtb(`/dts-v1/;\n/ {${' a {'.repeat(70)}${' };'.repeat(70)} };\n`);
  t.throws(() => parseFdt(deep), { instanceOf: FdtError, message: /nested deeper than 64/ });
  t.throws(() => parseFdt(new Uint8Array(0)), { instanceOf: FdtError });
});

test('random damage never crashes or hangs the reader', async (t) => {
  const good = await dtb(DTS);
  let seed = 12345;
  const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let parsed = 0;
  for (let i = 0; i < 3000; i++) {
    const b = good.slice();
    for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
    try {
      parseFdt(b);
      parsed++;
    } catch (e) {
      if (!(e instanceof FdtError)) t.fail(`iteration ${i}: ${String(e)}`);
    }
  }
  t.true(parsed > 0 && parsed < 3000, `${parsed} of 3000 damaged blobs still parsed`);
});
