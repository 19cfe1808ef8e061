// The ABI logic on strings as kernel images carry them (the 7.1, 7.3 and
// stock rows were read from real images by scanAbiStrings).
import test from 'ava';
import { abiTable, explain } from '../judge/abi.ts';
import { withHolders } from '../judge/components.ts';
import type { FateRow } from '../judge/fates.ts';
import { familyOf, scanAbiStrings, type AbiStrings } from '../kernels/abi-strings.ts';

const K71: AbiStrings = { kho: ['kho-v3'], 'kho-test': ['kho-test-v1'], luo: ['luo-v1'], 'luo-flb': ['luo-flb-v1'], 'luo-session': ['luo-session-v2'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const K73: AbiStrings = { kho: ['kho-v4'], 'kho-test': ['kho-test-v1'], luo: ['luo-v5'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const STOCK: AbiStrings = {};
const with_ = (k: AbiStrings, family: string, s: string): AbiStrings => ({ ...k, [family]: [s] });

test('compatible strings are found in an image, by family', (t) => {
  const img = Buffer.from('\x00kho-v4\x00junk\x00luo-v5\x00\xff\xffmemfd-v2\x00\x00\x00Xkho-v9\x00notaversion-v\x00');
  t.deepEqual(scanAbiStrings(img), { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'] });
  t.is(familyOf('luo-session-v2'), 'luo-session');
});

test('the table has a row per component, outermost first, with evidence', (t) => {
  const rows = abiTable(K71, K73, ["KHO: setup: handover FDT (0x740000) is incompatible with 'kho-v4': 1", 'luo: unrelated']);
  t.deepEqual(rows.slice(0, 5).map((r) => [r.component, r.status]), [['kho', 'mismatch'], ['luo', 'mismatch'], ['luo-session', 'absent-on-target'], ['luo-flb', 'absent-on-target'], ['memfd', 'match']]);
  t.deepEqual(rows[0]!.evidence, ["KHO: setup: handover FDT (0x740000) is incompatible with 'kho-v4': 1"]);
  t.deepEqual(abiTable(K73, STOCK, []).map((r) => r.status), Array(6).fill('absent-on-target'));
});

const USED = withHolders(['memfd']);
const decided = (component: string, fate: FateRow['fate']): FateRow => ({ component, fate, evidence: '' });

test('explanations name the deciding component and its two strings', (t) => {
  t.is(explain('incompatible-clean', decided('kho', 'refused'), abiTable(K71, K73, []), USED), 'KHO kho-v3 -> kho-v4: the target refused the handover and booted without it');
  t.is(explain('incompatible-clean', decided('kho', 'dropped'), abiTable(K73, STOCK, []), USED), 'KHO kho-v4 -> none: the target has no KHO and booted without the handover');
  t.is(explain('incompatible-panic', decided('luo', 'panicked'), abiTable(K73, with_(K73, 'luo', 'luo-v6'), []), USED), 'LUO luo-v5 -> luo-v6: the target could not read it and panicked');
  t.is(explain('incompatible-hang', decided('luo', 'panicked'), abiTable(K73, with_(K73, 'luo', 'luo-v6'), []), USED), 'LUO luo-v5 -> luo-v6: the target stopped making progress');
  t.regex(explain('unsupported', undefined, abiTable(STOCK, K73, []), USED)!, /^the source has no LUO/);
  t.regex(explain('data-loss', { ...decided('memfd', 'restored'), lost: 1 }, abiTable(K73, K73, []), USED)!, /^no handover format differs \(KHO kho-v4, LUO luo-v5, memfd handler memfd-v2 on both sides\): this is not an ABI mismatch$/);
  t.is(explain('compatible', undefined, abiTable(K73, K73, []), USED), null);
});

test('a handler refused is explained as dropped files, not a refused handover', (t) => {
  t.is(explain('incompatible-clean', decided('memfd', 'refused'), abiTable(with_(K73, 'memfd', 'memfd-v3'), K73, []), USED), 'memfd handler memfd-v3 -> memfd-v2: the target has no handler for the preserved files and dropped them');
});
