// results.json: checked against its schema before it is written, and
// written atomically, so a reader never sees a broken file; one the user
// names is checked the same way before luqual reads it.
import { existsSync, readFileSync, mkdirSync, statSync } from 'node:fs';
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

/** The largest results.json luqual reads; LUQUAL_MAX_RESULTS_BYTES sets another. A 2,500-pair run's is about 20 MB. */
function maxResultsBytes(env: NodeJS.ProcessEnv = process.env): number {
  const v = Number(env.LUQUAL_MAX_RESULTS_BYTES);
  return Number.isSafeInteger(v) && v > 0 ? v : 256 << 20;
}

/** A results.json the user names: a regular file of sane size that parses and follows the schema. */
export function readResultsFile(file: string, purpose: string): Results {
  if (!existsSync(file)) throw new InputError(`${file}: no such file`);
  const st = statSync(file);
  if (!st.isFile()) throw new InputError(`${file} is not a regular file, cannot ${purpose}`);
  const cap = maxResultsBytes();
  if (st.size > cap) throw new InputError(`${file} is ${st.size} bytes, more than the ${cap} luqual reads (LUQUAL_MAX_RESULTS_BYTES), cannot ${purpose}`);
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
