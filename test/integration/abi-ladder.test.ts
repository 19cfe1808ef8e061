// The ABI ladder (examples/abi-ladder: Debian's kernels across the history
// of the live update interface, and 7.3.4 patched to bump one format each),
// run for real with every suite: no pair is unexpected (every component
// fared as its formats predict), and every verdict and prediction is the
// recorded one (fixtures/runs/abi-ladder.json: recorded before the one-way
// architecture at ae3cfd4, and again at 5895de0, where the fates model made
// the four memfd-v3 pairs incompatible-clean instead of data-loss).
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../schemas/types/results.ts';
import { luqual, recordedVerdicts, ROOT, verdictsOf } from '../helpers.ts';

test('the ABI ladder: no pair unexpected, and the recorded verdicts and predictions', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-ladder-'));
  await luqual(['run', join(ROOT, 'examples', 'abi-ladder', 'matrix.yaml'), '--out', out]);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.deepEqual(results.pairs.filter((p) => p.prediction?.unexpected).map((p) => `${p.source.id} -> ${p.target.id}: ${p.verdict}, predicted ${p.prediction!.verdict} (${(p.prediction!.components ?? []).join(', ')})`), []);
  t.deepEqual(verdictsOf(results), recordedVerdicts('abi-ladder'));
});
