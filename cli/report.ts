// luqual report results.json [--out DIR]: every report again, from a
// results file and the logs beside it.
import { dirname, resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { readResultsFile } from '../host/results-input.ts';
import { writeReports } from '../reports/write.ts';
import type { Options } from './main.ts';

export async function reportCommand(args: string[], o: Options): Promise<number> {
  if (args.length !== 1) throw new InputError('report takes one results.json');
  const file = resolve(args[0]!);
  const data = readResultsFile(file, 'report on it');
  const out = resolve(o.out ?? dirname(file));
  const w = writeReports(data, dirname(file), out);
  console.log(`report:  ${w.html}\njunit:   ${w.junit}\nsummary: ${w.markdown}`);
  return 0;
}
