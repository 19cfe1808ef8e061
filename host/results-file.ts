// results.json: checked against its schema before it is written, and
// written atomically, so a reader never sees a broken file; one the user
// names is checked the same way before luqual reads it.
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { InputError } from '../judge/errors.ts';
import { atomicWrite } from './atomic-write.ts';
import { dirname, join } from 'node:path';
import type { Results } from '../schemas/types/results.ts';
import { resultsValidator as validate } from '../schemas/validator.ts';

export function validateResults(data: unknown): string[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}

export function writeResults(outDir: string, results: Results): string {
  const errors = validateResults(results);
  if (errors.length) throw new Error(`luqual produced results that break its own schema: ${errors.join('; ')}`);
  const file = join(outDir, 'results.json');
  mkdirSync(dirname(file), { recursive: true });
  atomicWrite(file, JSON.stringify(results, null, 2) + '\n');
  return file;
}

/** A results.json the user names: it must exist, parse and follow the schema. */
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
