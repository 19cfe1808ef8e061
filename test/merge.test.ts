// Shards are matched by the matrix's content, not its path, and the merge
// exits as the run in one piece would have.
import test from 'ava';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeResults } from '../judge/merge.ts';
import type { Results } from '../schemas/types/results.ts';
import { luqual, MINIMAL_PAIR, MINIMAL_RESULTS } from './helpers.ts';

const SHA = (c: string) => c.repeat(64);

function shard(matrix: string, sha: string | undefined, pair: object): Results {
  return { ...(MINIMAL_RESULTS as unknown as Results), matrix, ...(sha ? { matrixSha256: sha } : {}), pairs: [pair as Results['pairs'][number]] };
}

const ab = MINIMAL_PAIR;
const ba = { ...MINIMAL_PAIR, source: MINIMAL_PAIR.target, target: MINIMAL_PAIR.source, logs: { console: 'pairs/b__a/console.log' } };

test('shards checked out at different paths merge when their matrix has the same content', (t) => {
  const merged = mergeResults([
    { dir: 's1', results: shard('/builds/x/0/matrix.yaml', SHA('a'), ab) },
    { dir: 's2', results: shard('/builds/x/1/matrix.yaml', SHA('a'), ba) },
  ]);
  t.is(merged.pairs.length, 2);
});

test('shards of matrices with other contents are refused, wherever they are', (t) => {
  const e = t.throws(() => mergeResults([
    { dir: 's1', results: shard('/m/matrix.yaml', SHA('a'), ab) },
    { dir: 's2', results: shard('/m/matrix.yaml', SHA('b'), ba) },
  ]));
  t.regex(e.message, /s2 ran \/m\/matrix\.yaml \(sha256 bbbbbbbbbbbb\), s1 ran \/m\/matrix\.yaml \(sha256 aaaaaaaaaaaa\): not shards of one matrix/);
});

test('luqual merge exits 1 when the merged run broke an expectation, as luqual run does', async (t) => {
  const dirs = [ab, { ...ba, verdict: 'data-loss', expectation: { verdicts: ['compatible'], met: false, rule: 'default' } }].map((p) => {
    const dir = mkdtempSync(join(tmpdir(), 'luqual-shard-'));
    mkdirSync(join(dir, 'pairs'));
    writeFileSync(join(dir, 'results.json'), JSON.stringify(shard('/m/matrix.yaml', SHA('a'), p)));
    return dir;
  });
  const r = await luqual(['merge', ...dirs, '--out', mkdtempSync(join(tmpdir(), 'luqual-merged-'))]);
  t.is(r.exitCode, 1, r.all);
  const fine = await luqual(['merge', dirs[0]!, '--out', mkdtempSync(join(tmpdir(), 'luqual-merged-'))]);
  t.is(fine.exitCode, 0, fine.all);
});

test('luqual merge brings the kept media along, named by content; a shard that kept none merges as well, and report reads the merge', async (t) => {
  const store = 'kernels-0123456789abcdef.store';
  const dirs = [ab, { ...ba, verdict: 'data-loss', expectation: { verdicts: ['compatible'], met: false, rule: 'default' } }].map((p, i) => {
    const dir = mkdtempSync(join(tmpdir(), 'luqual-shard-'));
    mkdirSync(join(dir, 'pairs'));
    writeFileSync(join(dir, 'results.json'), JSON.stringify(shard('/m/matrix.yaml', SHA('a'), p)));
    // the second shard's failing pair kept its media (--keep failures); the first kept none
    if (i === 1) {
      mkdirSync(join(dir, 'pairs', 'b__a'));
      mkdirSync(join(dir, 'media'));
      writeFileSync(join(dir, 'media', store), 'store');
      for (const f of ['initrd.cpio', 'qemu.sh']) writeFileSync(join(dir, 'pairs', 'b__a', f), f);
    }
    return dir;
  });
  const out = mkdtempSync(join(tmpdir(), 'luqual-merged-'));
  const r = await luqual(['merge', ...dirs, '--out', out]);
  t.is(r.exitCode, 1, r.all);
  t.is(readFileSync(join(out, 'media', store), 'utf8'), 'store');
  t.deepEqual(readdirSync(join(out, 'pairs', 'b__a')).sort(), ['initrd.cpio', 'qemu.sh']);
  const report = await luqual(['report', join(out, 'results.json')]);
  t.is(report.exitCode, 0, report.all);
});
