// luqual run [matrix.yaml]: the whole matrix, then the reports. Exit 0 when
// every expectation holds, every verdict is the one the kernels' formats
// predict, luqual could decide every pair and nothing regressed against
// --baseline; 1 otherwise, 2 for bad input, 130 when interrupted.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readResultsFile } from '../host/results-file.ts';
import { runExitCode } from '../judge/tallies.ts';
import type { Results } from '../schemas/types/results.ts';
import { loadMatrix } from '../matrix/load.ts';
import { planMatrix } from '../runners/matrix-plan.ts';
import { prepareMatrixKernels } from '../runners/matrix-kernels.ts';
import { runMatrix } from '../runners/run-matrix.ts';
import { parseShard } from '../matrix/shard.ts';
import { reportFiles, whereWritten } from '../reports/files.ts';
import { ResultsJsonReporter } from '../reports/results-json.ts';
import { InputError } from '../judge/errors.ts';
import { hostFacts, LUQUAL_VERSION, requireQemu } from './host.ts';
import { Progress } from '../reports/progress.ts';
import { withAbort } from './abort.ts';
import { accelSetting, keepSetting } from './options.ts';
import { cacheForBuilds } from './cache.ts';
import type { Options } from './options.ts';

/** The results of the run to resume; none yet is fine (nothing to keep). */
function readPrevious(dir: string): Results | null {
  const file = resolve(dir, 'results.json');
  return existsSync(file) ? readResultsFile(file, 'resume from it') : null;
}

/**
 * LUQUAL_TEST_CORRUPT_HEIRLOOM=N (tests only): kernel N of every walk
 * damages one heirloom after handing it on, so that hop N must show it.
 */
function heirloomCorruptAt(value: string | undefined): number | null {
  if (value === undefined || value === '') return null;
  if (!/^[1-9][0-9]?$/.test(value)) throw new InputError(`LUQUAL_TEST_CORRUPT_HEIRLOOM: "${value}" is not a kernel's place in a walk (1, 2, ...)`);
  return Number(value);
}

export async function runCommand(args: string[], o: Options): Promise<number> {
  if (args.length > 1) throw new InputError(`run takes one matrix file (got ${args.length})`);
  if (o.resume && o.out && resolve(o.out) !== resolve(o.resume)) throw new InputError('--resume DIR writes into DIR: leave out --out, or give the same directory');
  const outDir = resolve(o.resume ?? o.out ?? 'luqual-out');
  const keep = keepSetting(o);
  const previous = o.resume ? readPrevious(outDir) : null;
  const baseline = o.baseline ? { file: resolve(o.baseline), results: readResultsFile(resolve(o.baseline), 'compare with it') } : null;
  const matrix = loadMatrix(args[0] ?? previous?.matrix ?? 'matrix.yaml');
  const qemu = requireQemu();
  const progress = new Progress();
  try {
    const cache = await cacheForBuilds((m) => progress.note(m));
    return await withAbort(async (signal) => {
      const plan = planMatrix(matrix, o.shard ? parseShard(o.shard) : null);
      if (!plan.pairs.length) throw new InputError(`shard ${o.shard} of this matrix has no pairs`);
      const kernels = await prepareMatrixKernels(matrix, plan, cache, (m, live) => progress.note(m, live), { insecureUnverifiedSource: o['insecure-unverified-source'] });
      const { accelWhy, ...host } = await hostFacts(qemu, cache, accelSetting(o, matrix), kernels.prepared[0]!);
      progress.note(`accelerator ${host.accel} (${accelWhy})`);
      const json = new ResultsJsonReporter(outDir);
      const files = reportFiles(outDir, outDir);
      const heirloomCorrupt = heirloomCorruptAt(process.env.LUQUAL_TEST_CORRUPT_HEIRLOOM);
      const run = { matrix, plan, kernels, host, luqualVersion: LUQUAL_VERSION, outDir, cache, qemu, previous, baseline, chain: !o['no-chain'], keep, signal, ...(heirloomCorrupt ? { heirloomCorrupt } : {}) };
      // results.json first, so that a report that fails to write loses nothing; the progress summary
      // last, after every file is written; the files' paths are printed below, after the summary
      const results = await runMatrix(run, [json, files.html, files.junit, files.markdown, progress]);
      console.log(`results: ${json.file}\n${whereWritten(files)}`);
      return signal.aborted ? 130 : runExitCode(results);
    });
  } finally {
    progress.stop();
  }
}
