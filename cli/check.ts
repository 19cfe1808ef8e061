// luqual check --from IMAGE|running --to IMAGE --results RESULTS.json...:
// the gate before a real live update, on the real host, with no QEMU. Exit 0
// only when a run showed exactly this pair of images compatible, 1 when
// not, 2 for bad input (an image that is not a kernel, results that are not
// luqual's).
import { resolve } from 'node:path';
import { InputError } from '../judge/errors.ts';
import { gate } from '../judge/gate.ts';
import { hostImagePath, readImageFacts } from '../kernels/image-facts.ts';
import { readResultsFile } from '../host/results-file.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';
import type { Options } from './options.ts';

export function checkCommand(args: string[], o: Options): number {
  if (args.length) throw new InputError(`check takes no positional arguments (got ${args.join(' ')}): use --from IMAGE|running --to IMAGE`);
  if (!o.from || !o.to) throw new InputError('check needs --from IMAGE (or --from running) and --to IMAGE');
  const files = (o.results ?? []).map((f) => resolve(f));
  if (!files.length) throw new InputError('check needs the qualification results to look the pair up in: --results RESULTS.json (repeatable)');
  const from = readImageFacts(resolve(hostImagePath(o.from)));
  const to = readImageFacts(resolve(o.to));
  const runs = files.map((file) => ({ file, results: readResultsFile(file, 'check a pair against it') }));
  const answer = gate(from, to, runs);
  if (o.json) {
    const image = ({ image, sha256, release }: typeof from) => ({ image, sha256, release });
    console.log(JSON.stringify({ ...answer, from: image(from), to: image(to) }, null, 2));
  } else {
    console.log(terminalSafe(`${from.release} -> ${to.release}: ${answer.line}`));
  }
  return answer.qualified ? 0 : 1;
}
