// The ABI ladder (examples/abi-ladder: Debian's kernels across the history
// of the live update interface, and 7.3.4 patched to bump one format each),
// run for real, reaches the verdicts and predictions that luqual reached
// before the one-way architecture (fixtures/runs/abi-ladder.json, ae3cfd4).
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Results } from '../../schemas/types/results.ts';
import { luqual, recordedVerdicts, ROOT, verdictsOf } from '../helpers.ts';

test('the ABI ladder reaches the verdicts and predictions recorded before the one-way architecture', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'luqual-ladder-'));
  await luqual(['run', join(ROOT, 'examples', 'abi-ladder', 'matrix.yaml'), '--out', out]);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.deepEqual(verdictsOf(results), recordedVerdicts('abi-ladder'));
});
