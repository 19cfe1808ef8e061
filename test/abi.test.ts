// The ABI logic on strings as kernel images carry them (the 7.1, 7.3 and
// stock rows were read from real images by scanAbiStrings).
import test from 'ava';
import { abiTable, explain, predict } from '../judge/abi.ts';
import { familyOf, scanAbiStrings, type AbiStrings } from '../kernels/abi-strings.ts';

const K71: AbiStrings = { kho: ['kho-v3'], 'kho-test': ['kho-test-v1'], luo: ['luo-v1'], 'luo-flb': ['luo-flb-v1'], 'luo-session': ['luo-session-v2'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const K73: AbiStrings = { kho: ['kho-v4'], 'kho-test': ['kho-test-v1'], luo: ['luo-v5'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const STOCK: AbiStrings = {};
const with_ = (k: AbiStrings, family: string, s: string): AbiStrings => ({ ...k, [family]: [s] });
const M = ['memfd'];

test('compatible strings are found in an image, by family', (t) => {
  const img = Buffer.from('\x00kho-v4\x00junk\x00luo-v5\x00\xff\xffmemfd-v2\x00\x00\x00Xkho-v9\x00notaversion-v\x00');
  t.deepEqual(scanAbiStrings(img), { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'] });
  t.is(familyOf('luo-session-v2'), 'luo-session');
});

test('predictions follow the outermost difference', (t) => {
  t.like(predict(K73, K73, M), { verdict: 'compatible' });
  t.like(predict(K71, K73, M), { verdict: 'incompatible-clean', because: 'KHO kho-v3 -> kho-v4: the target refuses the handover and boots without it' });
  t.like(predict(K73, STOCK, M), { verdict: 'incompatible-clean', because: 'the target has no KHO: it ignores the handover' });
  t.like(predict(STOCK, K73, M), { verdict: 'unsupported' });
  t.like(predict(K73, with_(K73, 'luo', 'luo-v6'), M), { verdict: 'incompatible-panic', because: 'LUO luo-v5 -> luo-v6: the target cannot read the LUO state and panics' });
  t.like(predict(with_(K73, 'memfd', 'memfd-v3'), K73, M), { verdict: 'incompatible-clean' });
  t.like(predict(with_(K73, 'memfd', 'memfd-v3'), K73, []), { verdict: 'compatible' }, 'a handler no suite uses does not matter');
  t.is(predict(null, K73, M), null);
});

test('the table has a row per component, outermost first, with evidence', (t) => {
  const rows = abiTable(K71, K73, ["KHO: setup: handover FDT (0x740000) is incompatible with 'kho-v4': 1", 'luo: unrelated']);
  t.deepEqual(rows.slice(0, 5).map((r) => [r.component, r.status]), [['kho', 'mismatch'], ['luo', 'mismatch'], ['luo-session', 'absent-on-target'], ['luo-flb', 'absent-on-target'], ['memfd', 'match']]);
  t.deepEqual(rows[0]!.evidence, ["KHO: setup: handover FDT (0x740000) is incompatible with 'kho-v4': 1"]);
  t.deepEqual(abiTable(K73, STOCK, []).map((r) => r.status), Array(6).fill('absent-on-target'));
});

test('explanations name the component and the two strings', (t) => {
  t.is(explain('incompatible-clean', abiTable(K71, K73, []), M), 'KHO kho-v3 -> kho-v4: the target refused the handover and booted without it');
  t.is(explain('incompatible-clean', abiTable(K73, STOCK, []), M), 'KHO kho-v4 -> none: the target refused the handover and booted without it');
  t.is(explain('incompatible-panic', abiTable(K73, with_(K73, 'luo', 'luo-v6'), []), M), 'LUO luo-v5 -> luo-v6: the target could not read the handover and panicked');
  t.regex(explain('unsupported', abiTable(STOCK, K73, []), M)!, /^the source has no LUO/);
  t.regex(explain('data-loss', abiTable(K73, K73, []), M)!, /^no handover format differs .*: this is not an ABI mismatch$/);
  t.is(explain('compatible', abiTable(K73, K73, []), M), null);
});

test('a handler mismatch is explained as dropped files, not a refused handover', (t) => {
  t.is(explain('incompatible-clean', abiTable(with_(K73, 'memfd', 'memfd-v3'), K73, []), M), 'memfd handler memfd-v3 -> memfd-v2: the target has no handler for the preserved files and dropped them');
});

test('a suite named like a core layer (the kho suite) does not make that layer a file handler', (t) => {
  t.is(explain('incompatible-clean', abiTable(K71, K73, []), ['memfd', 'kho']), 'KHO kho-v3 -> kho-v4: the target refused the handover and booted without it');
});
