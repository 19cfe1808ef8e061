// luqual path FROM TO --results RESULTS.json: the best verified route of
// live updates from one kernel to another in a run's results, with its
// evidence. Exit 0 when a run showed a live route, 1 when none did, 2 for
// bad input.
import { resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { describeRoute, findRoutes } from '../judge/routes.ts';
import { readResultsFile } from '../host/results-file.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';
import type { Options } from './options.ts';

export function pathCommand(args: string[], o: Options): number {
  if (args.length !== 2) throw new InputError(`path takes two kernel ids, FROM and TO (got ${args.length})`);
  const [from, to] = args as [string, string];
  if (from === to) throw new InputError(`path ${from} ${to}: a path needs two different kernels`);
  const files = o.results ?? [];
  if (files.length !== 1) throw new InputError('path takes one --results RESULTS.json');
  const file = resolve(files[0]!);
  const r = readResultsFile(file, 'find a route in it');
  const ids = r.kernels.map((k) => k.id);
  for (const id of [from, to]) if (!ids.includes(id)) throw new InputError(`${id}: no kernel of that id in ${file} (it has ${ids.join(', ')})`);
  const route = findRoutes(ids, [{ from, to }], r.pairs, r.paths ?? [])[0]!;
  const { live, lines } = describeRoute(route, r.pairs, r.paths ?? []);
  console.log(lines.map((l) => terminalSafe(l)).join('\n'));
  return live ? 0 : 1;
}
