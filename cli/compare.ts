// luqual compare OLD NEW: every pair of NEW against OLD. Exit 1 when a pair
// regressed, 0 otherwise, 2 for bad input.
import { resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { compareResults, describeChange, noteworthy, regressions } from '../judge/compare.ts';
import { readResultsFile } from '../host/results-file.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';

export function compareCommand(args: string[]): number {
  if (args.length !== 2) throw new InputError('compare takes two results.json files: OLD NEW');
  const [before, after] = args.map((f) => readResultsFile(resolve(f), 'compare it'));
  const changes = compareResults(before!, after!);
  const counts = new Map<string, number>();
  for (const c of changes) counts.set(c.change, (counts.get(c.change) ?? 0) + 1);
  for (const c of changes.filter(noteworthy)) console.log(terminalSafe(describeChange(c)));
  console.log(['regression', 'fixed', 'unchanged', 'new', 'gone'].map((k) => `${counts.get(k) ?? 0} ${k}`).join(', '));
  return regressions(changes).length ? 1 : 0;
}
