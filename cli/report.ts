// luqual report results.json [--out DIR]: every report again, from a
// results file and the logs beside it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputError } from '../matrix/errors.ts';
import { validateResults } from '../reports/results-file.ts';
import { writeReports } from '../reports/write.ts';
import type { Results } from '../schemas/types/results.ts';
import type { Options } from './main.ts';

export async function reportCommand(args: string[], o: Options): Promise<number> {
  if (args.length !== 1) throw new InputError('report takes one results.json');
  const file = resolve(args[0]!);
  if (!existsSync(file)) throw new InputError(`${args[0]}: no such file`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${args[0]}: not JSON: ${(e as Error).message}`);
  }
  const problems = validateResults(data);
  if (problems.length) throw new InputError(`${args[0]} is not a luqual results file: ${problems.slice(0, 5).join('; ')}`);
  const out = resolve(o.out ?? dirname(file));
  const w = writeReports(data as Results, dirname(file), out);
  console.log(`report:  ${w.html}\njunit:   ${w.junit}\nsummary: ${w.markdown}`);
  return 0;
}
