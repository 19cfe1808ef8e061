// luqual run [matrix.yaml]: the whole matrix, then the reports. Exit 0 when
// every expectation holds, every verdict is the one the kernels' formats
// predict and nothing regressed against --baseline; 1 otherwise, 2 for bad
// input, 130 when interrupted.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readResultsFile } from '../host/results-input.ts';
import { compareResults, describeChange, regressions } from '../judge/compare.ts';
import { writeResults } from '../host/results-file.ts';
import type { Results } from '../schemas/types/results.ts';
import { cacheRoot } from '../host/cache.ts';
import { loadMatrix } from '../matrix/load.ts';
import { planMatrix, prepareMatrixKernels, runMatrix } from '../runners/run-matrix.ts';
import { parseShard } from '../matrix/shard.ts';
import { writeReports } from '../reports/write.ts';
import { InputError } from '../judge/errors.ts';
import { hostFacts, LUQUAL_VERSION, requireQemu } from './host.ts';
import { Progress } from '../reports/progress.ts';
import { withAbort } from './abort.ts';
import { accelSetting } from './pair.ts';
import type { Options } from './main.ts';

/** The results of the run to resume; none yet is fine (nothing to keep). */
function readPrevious(dir: string): Results | null {
  const file = resolve(dir, 'results.json');
  return existsSync(file) ? readResultsFile(file, 'resume from it') : null;
}

export async function runCommand(args: string[], o: Options): Promise<number> {
  if (args.length > 1) throw new InputError(`run takes one matrix file (got ${args.length})`);
  if (o.resume && o.out && resolve(o.out) !== resolve(o.resume)) throw new InputError('--resume DIR writes into DIR: leave out --out, or give the same directory');
  const outDir = resolve(o.resume ?? o.out ?? 'luqual-out');
  const previous = o.resume ? readPrevious(outDir) : null;
  const baseline = o.baseline ? readResultsFile(resolve(o.baseline), 'compare with it') : null;
  const matrix = loadMatrix(args[0] ?? previous?.matrix ?? 'matrix.yaml');
  const qemu = requireQemu();
  const cache = cacheRoot();
  const progress = new Progress();
  try {
    return await withAbort(async (signal) => {
      const shard = o.shard ? parseShard(o.shard) : null;
      const plan = planMatrix(matrix, shard);
      if (!plan.pairs.length) throw new InputError(`shard ${o.shard} of this matrix has no pairs`);
      const { prepared: kernels, unprepared } = await prepareMatrixKernels(matrix, plan, cache, (e) => progress.event(e));
      const accel = accelSetting(o, matrix);
      const { accelWhy, ...host } = await hostFacts(qemu, cache, accel, kernels[0]!);
      progress.event({ kind: 'kernel', message: `accelerator ${host.accel} (${accelWhy})` });
      const results = await runMatrix({ matrix, plan, shard, kernels, unprepared, host, accel: host.accel, outDir, cache, qemu, luqualVersion: LUQUAL_VERSION, previous, chain: !o['no-chain'], signal, onEvent: (e) => progress.event(e) });
      if (baseline) {
        results.comparison = { baseline: resolve(o.baseline!), changes: compareResults(baseline, results) };
        writeResults(outDir, results);
      }
      const written = writeReports(results, outDir, outDir);
      progress.stop();
      const withX = results.pairs.filter((p) => p.expectation);
      const broken = withX.filter((p) => !p.expectation!.met);
      const unexpected = results.pairs.filter((p) => p.prediction?.unexpected);
      console.log(`${results.pairs.length} pairs run; expectations: ${withX.length - broken.length} of ${withX.length} met; ${unexpected.length} unexpected`);
      for (const p of broken) console.log(`  broken: ${p.source.id} -> ${p.target.id}: ${p.verdict}, expected ${p.expectation!.verdicts.join(' or ')}\n    ${p.reason}\n    reproduce: ${p.reproducer}`);
      // the kernels' formats predicted otherwise: a kernel bug or a luqual bug
      for (const p of unexpected) console.log(`  unexpected: ${p.source.id} -> ${p.target.id}: ${p.verdict}, predicted ${p.prediction!.verdict} (${p.prediction!.because})\n    ${p.reason}\n    reproduce: ${p.reproducer}`);
      // luqual could not say what the kernels did: a run that proves nothing is no pass
      const failed = results.pairs.filter((p) => p.verdict === 'error' && !broken.includes(p));
      for (const p of failed) console.log(`  error: ${p.source.id} -> ${p.target.id}: ${p.reason}\n    reproduce: ${p.reproducer}`);
      const worse = regressions(results.comparison?.changes ?? []);
      for (const c of results.comparison?.changes.filter((x) => x.change !== 'unchanged') ?? []) console.log(`  ${describeChange(c)}`);
      console.log(`results: ${resolve(outDir, 'results.json')}\nreport:  ${written.html}\njunit:   ${written.junit}\nsummary: ${written.markdown}`);
      if (signal.aborted) return 130;
      return broken.length || unexpected.length || failed.length || worse.length ? 1 : 0;
    });
  } finally {
    progress.stop();
  }
}
