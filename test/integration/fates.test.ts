// The issue's own pair, run for real: a 7.3 kernel speaking memfd-v3 into
// 7.3, every suite, alone and as the first hop of a walk. Both must reach
// the same verdict and the same fates, agree with their prediction, and
// say that the target cannot live-update again; the walk must not go on
// through that target, and the pair after it runs again from a cold boot.
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Pair, Results } from '../../schemas/types/results.ts';
import { luqual, ROOT } from '../helpers.ts';

const MATRIX = join(ROOT, 'test', 'fixtures', 'memfd-v3.yaml');

async function run(...extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'luqual-fates-'));
  const r = await luqual(['run', MATRIX, '--out', out, ...extra]);
  return { r, results: JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results };
}

const find = (results: Results, from: string, to: string) => results.pairs.find((p) => p.source.id === from && p.target.id === to)!;
const fates = (p: Pair) => (p.fates ?? []).map((f) => [f.component, f.fate, f.predicted ?? null]);

test.serial('memfd-v3 into 7.3: refused memfd, restored KHO users, alone and in a walk alike, and no further live update', async (t) => {
  const walked = await run();
  const alone = await run('--no-chain');
  for (const x of [walked, alone]) {
    t.is(x.r.exitCode, 0, x.r.all);
    t.deepEqual(validateResults(x.results), []);
  }
  const [w, a] = [find(walked.results, '7.3-memfd-v3', '7.3'), find(alone.results, '7.3-memfd-v3', '7.3')];
  t.like(w.chain, { hop: 1 }, 'the pair ran as the first hop of a walk');
  t.is(a.chain, undefined);
  for (const p of [w, a]) {
    t.is(p.verdict, 'incompatible-clean', p.reason);
    t.like(p.prediction, { verdict: 'incompatible-clean', unexpected: false });
    t.like(p.nextUpdate, { state: 'unusable' });
    t.regex(p.reason, /refused the memfd handler \("luo: No registered handler for compatible 'memfd-v3'"\)/);
    t.regex(p.reason, /the target's \/dev\/liveupdate fails to open \(EIO\): no further live update before a cold boot$/);
    t.deepEqual(
      fates(p).filter(([, fate]) => fate !== 'absent'),
      [
        ['kho', 'restored', 'restored'],
        ['luo', 'restored', 'restored'],
        ['memblock', 'restored', 'restored'],
        ['kho-test', 'restored', 'restored'],
        ['memfd', 'refused', 'refused'],
      ],
    );
  }
  t.deepEqual(fates(w), fates(a));
  // the walk stopped at the target that cannot live-update; its next pair ran again from a cold boot
  const chain = walked.results.chains!.find((c) => c.id === w.chain!.id)!;
  t.regex(chain.end, /hop 1 \(7\.3-memfd-v3 -> 7\.3\) left 7\.3 unable to live-update again/);
  const next = find(walked.results, '7.3', '7.3');
  t.is(next.verdict, 'compatible', next.reason);
  t.not(next.chain?.id, w.chain!.id);
  t.like(next.nextUpdate, { state: 'ready' });
});
