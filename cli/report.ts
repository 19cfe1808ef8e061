// luqual report results.json [--out DIR]: every report again, from a
// results file and the logs beside it, through the reporters a run writes
// them with, so the bytes are the run's.
import { dirname, resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { readResultsFile } from '../host/results-file.ts';
import { reportFiles, whereWritten } from '../reports/files.ts';
import { replay } from '../reports/reporter.ts';
import type { Options } from './options.ts';

export function reportCommand(args: string[], o: Options): number {
  if (args.length !== 1) throw new InputError('report takes one results.json');
  const file = resolve(args[0]!);
  const data = readResultsFile(file, 'report on it');
  const files = reportFiles(dirname(file), resolve(o.out ?? dirname(file)));
  replay(data, [files.html, files.junit, files.markdown]);
  console.log(whereWritten(files));
  return 0;
}
