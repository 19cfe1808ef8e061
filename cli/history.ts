// luqual history RESULTS.json|DIR... [--out DIR] [--last N]: many nights of
// one matrix as one page, history.html, and history.md for a CI summary.
// A folder stands for the results.json files in it and in its subfolders
// one level down (a night's folder each).
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { buildHistory } from '../judge/history.ts';
import { atomicWrite } from '../host/atomic-write.ts';
import { readResultsFile } from '../host/results-file.ts';
import { renderHistoryHtml, renderHistoryMarkdown } from '../reports/history.ts';
import { positiveInt, type Options } from './options.ts';

function resultsFiles(arg: string): string[] {
  const p = resolve(arg);
  if (!existsSync(p)) throw new InputError(`${p}: no such file or folder`);
  if (!statSync(p).isDirectory()) return [p];
  const here = join(p, 'results.json');
  const below = readdirSync(p, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => join(p, e.name, 'results.json'))
    .filter((f) => existsSync(f));
  const found = [...(existsSync(here) ? [here] : []), ...below];
  if (!found.length) throw new InputError(`${p}: no results.json in it or in its subfolders`);
  return found;
}

export function historyCommand(args: string[], o: Options): number {
  if (!args.length) throw new InputError('history takes results files, or folders of past runs');
  const runs = args.flatMap(resultsFiles).map((source) => ({ source, results: readResultsFile(source, 'add it to the history') }));
  const h = buildHistory(runs, positiveInt('last', o.last, 30));
  const out = resolve(o.out ?? 'luqual-history');
  mkdirSync(out, { recursive: true });
  const title = 'luqual history';
  atomicWrite(join(out, 'history.html'), renderHistoryHtml(h, title));
  atomicWrite(join(out, 'history.md'), renderHistoryMarkdown(h, title));
  console.log(`${h.rows.length} pairs over ${h.nights.length} runs\nhistory: ${join(out, 'history.html')}\nsummary: ${join(out, 'history.md')}`);
  return 0;
}
