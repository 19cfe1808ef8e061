// Every recorded console judged whole (verdict, reason, every suite and
// test, evidence, handover formats, prediction, explanation) against its
// golden result, as tuxrun checks recorded logs. LUQUAL_RENDER=1 writes the
// golden files anew from today's judgement: read the diff before
// committing it.
import test from 'ava';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { goldenFile, judgeFixture, loadFixtures } from './fixture-index.ts';

const index = loadFixtures();
const render = process.env.LUQUAL_RENDER === '1';

for (const f of index.fixtures) {
  test(`${f.file} is judged as its golden result says`, (t) => {
    const judged = judgeFixture(index, f);
    const file = goldenFile(f);
    if (render) writeFileSync(file, JSON.stringify(judged, null, 2) + '\n');
    t.true(existsSync(file), `${basename(file)} is missing: LUQUAL_RENDER=1 writes it`);
    t.deepEqual(judged, JSON.parse(readFileSync(file, 'utf8')));
  });
}

test('every recorded console has its golden result, and every golden result its console', (t) => {
  const golden = new Set(index.fixtures.map((f) => basename(goldenFile(f))));
  t.is(golden.size, index.fixtures.length);
  for (const f of index.fixtures) t.true(existsSync(goldenFile(f)), f.file);
});
