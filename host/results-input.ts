// A results.json the user names: it must exist, parse and follow the schema.
import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../judge/errors.ts';
import { validateResults } from './results-file.ts';
import type { Results } from '../schemas/types/results.ts';

export function readResultsFile(file: string, purpose: string): Results {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new InputError(`${file}: not JSON, cannot ${purpose}: ${(e as Error).message}`);
  }
  const problems = validateResults(data);
  if (problems.length) throw new InputError(`${file} is not a luqual results file, cannot ${purpose}: ${problems.slice(0, 3).join('; ')}`);
  return data as Results;
}
