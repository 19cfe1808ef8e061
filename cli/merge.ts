// luqual merge DIR... [--out DIR]: the results of a sharded run as one,
// with the pairs' logs and every report; exits as `luqual run` would have.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyTreeInside } from '../host/data-paths.ts';
import { InputError } from '../judge/errors.ts';
import { mergeResults } from '../judge/merge.ts';
import { MEDIA_DIR } from '../runners/media.ts';
import { runExitCode } from '../judge/tallies.ts';
import { readResultsFile, writeResults } from '../host/results-file.ts';
import { reportFiles, whereWritten } from '../reports/files.ts';
import { replay } from '../reports/reporter.ts';
import type { Options } from './options.ts';

export function mergeCommand(dirs: string[], o: Options): number {
  if (dirs.length < 1) throw new InputError('merge takes the result directories of the shards');
  const out = resolve(o.out ?? 'luqual-out');
  const parts = dirs.map((d) => ({ dir: resolve(d), results: readResultsFile(join(resolve(d), 'results.json'), 'merge it') }));
  const merged = mergeResults(parts);
  for (const { dir } of parts) {
    // media/: the kernel stores the kept qemu.sh boot, if --keep kept any (named by content: shards' do not collide)
    for (const sub of ['pairs', 'chains', MEDIA_DIR]) {
      // a shard is another runner's folder: files and folders only, no link followed
      if (dir !== out && existsSync(join(dir, sub))) copyTreeInside(dir, sub, out, `${dir}:`);
    }
  }
  // written once, whole: not through the results.json reporter, which
  // would write it after every pair (and first with none) as a run does
  const file = writeResults(out, merged);
  const files = reportFiles(out, out);
  // the reports as `luqual report` writes them (cli/report.ts)
  replay(merged, [files.html, files.junit, files.markdown]);
  console.log(`${merged.pairs.length} pairs from ${parts.length} result directories\nresults: ${file}\n${whereWritten(files)}`);
  // the merged run answers as the run would have, whole
  return runExitCode(merged);
}
