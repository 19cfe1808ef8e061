// npm run test:ladder: runs a matrix for real and compares every pair's
// verdict and prediction with a recording (test/fixtures/runs/*.json, as
// `--record` writes one), naming each pair that differs. npm test runs the
// ABI ladder's comparison as a test too (test/integration/abi-ladder.test.ts);
// this command is for running it alone and for recording anew.
//   node --import=tsx scripts/check-verdicts.ts MATRIX RECORDED.json [--record]
// Ends with "N passed, N failed" (one per pair); exit 1 on any difference.
import { execa } from 'execa';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pairKey } from '../judge/pair-key.ts';
import type { Results } from '../schemas/types/results.ts';
import { verdictsOf, type RecordedPair } from '../test/helpers.ts';

interface Recorded {
  matrix: string;
  recorded: string;
  pairs: RecordedPair[];
}

const [matrix, file, flag] = process.argv.slice(2);
if (!matrix || !file) {
  console.error('usage: check-verdicts.ts MATRIX RECORDED.json [--record]');
  process.exit(2);
}
const out = mkdtempSync(join(tmpdir(), 'luqual-verdicts-'));
const run = await execa(new URL('../bin/luqual.js', import.meta.url).pathname, ['run', matrix, '--out', out], { reject: false, stderr: 'inherit', stdout: 'inherit' });
const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
const now = verdictsOf(results);
if (flag === '--record') {
  const recorded: Recorded = { matrix, recorded: `luqual ${results.luqual}, ${results.startedAt} (QEMU ${results.host.qemu}, ${results.host.accel})`, pairs: now };
  writeFileSync(file, JSON.stringify(recorded, null, 2) + '\n');
  console.log(`recorded ${now.length} pairs into ${file} (luqual exit ${run.exitCode})`);
  process.exit(0);
}
const recorded = JSON.parse(readFileSync(file, 'utf8')) as Recorded;
const key = (p: { from: string; to: string }) => pairKey(p.from, p.to);
const name = (p: { from: string; to: string }) => `${p.from} -> ${p.to}`;
const was = new Map(recorded.pairs.map((p) => [key(p), p]));
let failed = 0;
for (const p of now) {
  const before = was.get(key(p));
  was.delete(key(p));
  if (before && before.verdict === p.verdict && before.predicted === p.predicted) continue;
  failed++;
  console.log(`differs: ${name(p)}: ${p.verdict} (predicted ${p.predicted ?? '-'}), recorded ${before ? `${before.verdict} (predicted ${before.predicted ?? '-'})` : 'nothing'}`);
}
for (const p of was.values()) console.log(`differs: ${name(p)}: recorded, not run now`);
failed += was.size;
console.log(`results: ${join(out, 'results.json')}`);
console.log(`${recorded.pairs.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
