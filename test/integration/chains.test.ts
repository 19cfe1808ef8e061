// Kexec chains against single pairs: the same matrix run both ways must
// give every pair the same verdict and the same suite results, and a walk
// shows what single pairs cannot: the kernels counting repeated live updates.
import test from 'ava';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Pair, Results } from '../../schemas/types/results.ts';
import { luqual, ROOT } from '../helpers.ts';
import { AGENT_VERSION } from '../../judge/agent-version.ts';

const MATRIX = join(ROOT, 'test', 'fixtures', 'chains.yaml');

async function run(...extra: string[]) {
  const out = mkdtempSync(join(tmpdir(), 'luqual-chains-'));
  const r = await luqual(['run', MATRIX, '--out', out, ...extra]);
  return { r, out, results: JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results };
}

const outcome = (p: Pair) => ({ verdict: p.verdict, suites: p.suites.map((s) => ({ name: s.name, status: s.status, tests: s.tests.map((x) => [x.name, x.status]) })) });

/**
 * The one difference a walk is allowed: the kernel's KHO self-test saves its
 * state only on a cold boot, so a source booted by kexec has none to hand on.
 */
function coldBootOnly(p: Pair): Pair {
  if (!p.chain || p.chain.hop === 1) return p;
  const suites = p.suites.map((s) => (s.name !== 'kho' ? s : { ...s, tests: s.tests.filter((x) => x.name !== 'selftest') }));
  return { ...p, suites };
}
const name = (p: Pair) => `${p.source.id} -> ${p.target.id}`;

test.serial('the same pairs chained and alone: same verdicts, same suite results; walks count live updates', async (t) => {
  const chained = await run();
  const alone = await run('--no-chain');
  for (const x of [chained, alone]) {
    t.is(x.r.exitCode, 0, x.r.all);
    t.deepEqual(validateResults(x.results), []);
    t.is(x.results.pairs.length, 9);
  }
  t.is(alone.results.chains, undefined);
  t.true(alone.results.pairs.every((p) => !p.chain && p.timings.boot! > 0));
  const byName = new Map(alone.results.pairs.map((p) => [name(p), p]));
  for (const p of chained.results.pairs) {
    const single = byName.get(name(p))!;
    const selftest = p.suites.find((s) => s.name === 'kho')?.tests.find((x) => x.name === 'selftest');
    if (p.chain && p.chain.hop > 1 && selftest?.status === 'skip') t.regex(selftest.reason!, /saves state only on a cold boot, and this source was booted by kexec/);
    t.deepEqual(outcome(coldBootOnly(p)), outcome(coldBootOnly({ ...single, chain: p.chain })), name(p));
  }
  // the panics are real and the walks around them were planned again
  t.true(chained.results.pairs.some((p) => p.verdict === 'incompatible-panic'));
  t.true(chained.results.pairs.some((p) => p.verdict === 'compatible'));

  const walked = chained.results.pairs.filter((p) => p.chain);
  t.true(walked.length >= 5, 'most pairs ran in walks');
  t.true(chained.results.chains!.length >= 2);
  for (const p of walked) {
    const slice = readFileSync(join(chained.out, p.logs.console), 'utf8');
    t.regex(slice, new RegExp(`# luqual: agent=${AGENT_VERSION} stage=1 boot=${p.chain!.hop} release=${p.source.release}`), name(p));
    t.true(existsSync(join(chained.out, p.logs.chain!)));
    // a hop after the first starts from a kernel the kexec booted, not QEMU
    t.is(p.timings.boot === undefined, p.chain!.hop > 1, name(p));
  }
  // after a compatible hop the next target counts one live update more
  const follows = walked.flatMap((p) => {
    const before = walked.find((q) => q.chain!.id === p.chain!.id && q.chain!.hop === p.chain!.hop - 1);
    return before?.verdict === 'compatible' && p.verdict === 'compatible' ? [[before, p] as const] : [];
  });
  t.true(follows.length > 0, 'some walk has two compatible hops in a row');
  for (const [a, b] of follows) {
    t.is(b.liveupdateNumber, a.liveupdateNumber! + 1, `${name(a)} then ${name(b)}`);
    t.is(b.khoExecCount, a.khoExecCount! + 1);
  }
  t.true(alone.results.pairs.filter((p) => p.verdict === 'compatible').every((p) => p.liveupdateNumber === 1));
});
