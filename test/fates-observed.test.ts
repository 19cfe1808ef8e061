// Observed fates on consoles recorded from real runs (test/fixtures/consoles,
// the ABI ladder's pairs with every suite among them): each fate of each
// component that the kernels here produce is seen, and on every recorded
// pair whose kernels' formats are known, each component fared as predicted
// except where the console shows a panic the formats do not explain.
import test from 'ava';
import { judgeFixture, loadFixtures } from './fixture-index.ts';

const index = loadFixtures();
const judged = index.fixtures.flatMap((f) => judgeFixture(index, f).map((j) => ({ file: f.file, j })));

test('every fate of every component these kernels produce is on a recorded console', (t) => {
  const seen = new Set(judged.flatMap(({ j }) => (j.fates ?? []).map((f) => `${f.component} ${f.fate}`)));
  // refused for LUO, the KHO users and a panicked KHO root: no kernel here does that
  const expected = [
    'kho restored', 'kho refused', 'kho dropped',
    'luo restored', 'luo dropped', 'luo panicked',
    'memfd restored', 'memfd refused', 'memfd dropped', 'memfd panicked',
    'memblock restored', 'memblock dropped', 'memblock panicked', 'memblock absent',
    'kho-test restored', 'kho-test dropped', 'kho-test panicked', 'kho-test absent',
  ];
  t.deepEqual(expected.filter((x) => !seen.has(x)), []);
});

test('on the ladder consoles every component fared as its formats predict', (t) => {
  const ladder = judged.filter(({ file }) => file.startsWith('ladder-'));
  t.is(ladder.length, 5);
  for (const { file, j } of ladder) {
    t.like(j.prediction, { unexpected: false }, file);
    for (const f of j.fates ?? []) if (f.fate !== 'absent') t.is(f.predicted ?? 'no prediction', f.fate, `${file}: ${f.component}`);
  }
});

test('the memfd-v3 source into 7.3: memfd refused, the KHO users beside it restored, no further live update', (t) => {
  const { j } = judged.find(({ file }) => file === 'ladder-7.3-memfd-v3-to-7.3-every-suite.log')!;
  t.is(j.verdict, 'incompatible-clean');
  t.deepEqual(j.fates!.map((f) => [f.component, f.fate, f.lost ?? null]), [['kho', 'restored', null], ['luo', 'restored', null], ['memblock', 'restored', 0], ['kho-test', 'restored', 0], ['memfd', 'refused', 12]]);
  t.is(j.fates!.find((f) => f.component === 'memfd')!.evidence, "luo: No registered handler for compatible 'memfd-v3'");
  t.like(j.nextUpdate, { state: 'unusable' });
  t.regex(j.reason, /restored: reserve_mem, KHO self-test \(2 items verified\); the target's \/dev\/liveupdate fails to open \(EIO\): no further live update before a cold boot$/);
});

test('a panic unrelated to the formats is unexpected, and names the components it took', (t) => {
  const { j } = judged.find(({ file }) => file === '7.2.12-to-7.3.4-target-timer-panic.log')!;
  t.is(j.verdict, 'incompatible-panic');
  t.like(j.prediction, { verdict: 'compatible', unexpected: true, components: ['luo', 'memfd'] });
});
