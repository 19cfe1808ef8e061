// The fates model on the formats real images carry (the 7.1, 7.3 and stock
// strings were read from the images luqual built and downloaded), and the
// one rule from fates to a verdict. Observed fates on recorded consoles are
// in test/golden.test.ts and test/fates-observed.test.ts.
import test from 'ava';
import { withHolders } from '../judge/components.ts';
import { guessedRows, predictFates, surprises, verdictOfFates, type FateRow } from '../judge/fates.ts';
import type { AbiStrings } from '../schemas/types/results.ts';

const K71: AbiStrings = { kho: ['kho-v3'], 'kho-test': ['kho-test-v1'], luo: ['luo-v1'], 'luo-flb': ['luo-flb-v1'], 'luo-session': ['luo-session-v2'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const K73: AbiStrings = { kho: ['kho-v4'], 'kho-test': ['kho-test-v1'], luo: ['luo-v5'], memblock: ['memblock-v1'], memfd: ['memfd-v2'], 'reserve-mem': ['reserve-mem-v1'] };
const STOCK: AbiStrings = {};
const with_ = (k: AbiStrings, family: string, s: string): AbiStrings => ({ ...k, [family]: [s] });
const MEMFD = withHolders(['memfd']);
const EVERY = withHolders(['memfd', 'kho-test', 'memblock']);

const fates = (src: AbiStrings, dst: AbiStrings, used = MEMFD) => Object.fromEntries([...predictFates(src, dst, used)].map(([c, g]) => [c, g.fate]));
const predicted = (src: AbiStrings, dst: AbiStrings, used = MEMFD) => verdictOfFates(guessedRows(predictFates(src, dst, used)));

test('components come outermost first, LUO before the other KHO users', (t) => {
  t.deepEqual(EVERY.map((c) => c.name), ['kho', 'luo', 'memblock', 'kho-test', 'memfd']);
});

test('the same formats on both sides: every component restored, compatible', (t) => {
  t.deepEqual(fates(K73, K73, EVERY), { kho: 'restored', luo: 'restored', memblock: 'restored', 'kho-test': 'restored', memfd: 'restored' });
  t.is(predicted(K73, K73, EVERY).verdict, 'compatible');
});

test('a different KHO root is refused, and everything inside it dropped', (t) => {
  t.deepEqual(fates(K71, K73, EVERY), { kho: 'refused', luo: 'dropped', memblock: 'dropped', 'kho-test': 'dropped', memfd: 'dropped' });
  t.like(predicted(K71, K73), { verdict: 'incompatible-clean', decisive: { component: 'kho' } });
  t.is(predictFates(K71, K73, MEMFD).get('kho')!.because, 'KHO root kho-v3 -> kho-v4: the target refuses it');
});

test('a target without KHO drops the handover', (t) => {
  t.deepEqual(fates(K73, STOCK), { kho: 'dropped', luo: 'dropped', memfd: 'dropped' });
  t.is(predicted(K73, STOCK).verdict, 'incompatible-clean');
});

test('a different LUO format panics the target, and nothing beside it reaches userspace', (t) => {
  t.deepEqual(fates(K73, with_(K73, 'luo', 'luo-v6'), EVERY), { kho: 'restored', luo: 'panicked', memblock: 'panicked', 'kho-test': 'panicked', memfd: 'panicked' });
  t.like(predicted(K73, with_(K73, 'luo', 'luo-v6'), EVERY), { verdict: 'incompatible-panic', decisive: { component: 'luo' } });
});

test('a file handler the target does not speak is refused; KHO users beside it are restored; still incompatible-clean', (t) => {
  const v3 = with_(K73, 'memfd', 'memfd-v3');
  t.deepEqual(fates(v3, K73, EVERY), { kho: 'restored', luo: 'restored', memblock: 'restored', 'kho-test': 'restored', memfd: 'refused' });
  t.like(predicted(v3, K73, EVERY), { verdict: 'incompatible-clean', decisive: { component: 'memfd' } });
  t.like(predicted(v3, K73, withHolders(['kho-test', 'memblock'])), { verdict: 'compatible' }, 'a handler no item used does not matter');
});

test('a component the source image names no format for gets no prediction', (t) => {
  t.false(predictFates(K73, K73, withHolders(['vfio-pci'])).has('vfio-pci'));
});

const row = (component: string, fate: FateRow['fate'], lost = 0): FateRow => ({ component, fate, evidence: '', ...(lost ? { items: lost, lost } : {}) });

test('the rule: panic, then silent loss, then refused or dropped, then other target failures, then compatible', (t) => {
  t.is(verdictOfFates([row('kho', 'restored'), row('luo', 'panicked'), row('memfd', 'restored', 2)]).verdict, 'incompatible-panic');
  t.like(verdictOfFates([row('kho', 'restored'), row('luo', 'restored'), row('memblock', 'restored', 1), row('memfd', 'refused')]), { verdict: 'data-loss', decisive: { component: 'memblock' } });
  t.like(verdictOfFates([row('kho', 'restored'), row('luo', 'restored'), row('memblock', 'restored'), row('memfd', 'refused')]), { verdict: 'incompatible-clean', decisive: { component: 'memfd' } });
  t.like(verdictOfFates([row('kho', 'dropped'), row('luo', 'dropped'), row('memfd', 'dropped')]), { verdict: 'incompatible-clean', decisive: { component: 'kho' } });
  t.is(verdictOfFates([row('kho', 'restored'), row('memfd', 'restored')], 1).verdict, 'data-loss');
  t.is(verdictOfFates([row('kho', 'restored'), row('memfd', 'restored'), row('memblock', 'absent')]).verdict, 'compatible');
});

test('a surprise is a fate other than predicted, and restored with items lost is not restored', (t) => {
  const guesses = predictFates(K73, K73, MEMFD);
  t.deepEqual(surprises([row('kho', 'restored'), row('luo', 'restored'), row('memfd', 'restored')], guesses), []);
  t.deepEqual(surprises([row('kho', 'restored'), row('luo', 'restored'), row('memfd', 'restored', 3)], guesses), ['memfd']);
  t.deepEqual(surprises([row('kho', 'restored'), row('luo', 'panicked'), row('memfd', 'panicked')], guesses), ['luo', 'memfd']);
});
