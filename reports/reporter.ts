// Whatever follows a run, as Playwright's reporters follow a test run: the
// progress lines, results.json, and each report file. A run feeds them its
// events as they happen (runners/run-matrix.ts); `luqual merge` and
// `luqual report` replay a results file into the same reporters, so a
// report is written one way whichever command writes it.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import type { RunListener } from '../runners/run-events.ts';
import type { Results } from '../schemas/types/results.ts';

export type { ResultsHeader, RunBegin } from '../runners/run-events.ts';

/**
 * The events of a run, every one optional: begin (the results header, the
 * planned pairs, the pairs kept on --resume), pair begin, phases, retries
 * and walks for progress, pair end (the finished pair), end (the final
 * results). The interface is declared beside the runner, which cannot
 * import from reports/.
 */
export interface Reporter extends RunListener {
  /** the file it writes, if it writes one */
  readonly file?: string;
}

/** A reporter that writes one file at the end of a run, rendered from its results. */
export class FileReporter implements Reporter {
  constructor(
    readonly file: string,
    private readonly render: (results: Results) => string,
  ) {}

  onEnd(results: Results): void {
    mkdirSync(dirname(this.file), { recursive: true });
    atomicWrite(this.file, this.render(results));
  }
}

/** Feeds finished results to reporters as a run would have: begin with the header, a pair end per pair, end. */
export function replay(results: Results, reporters: readonly Reporter[]): void {
  const { pairs, ...header } = results;
  const planned = pairs.map((p) => ({ from: p.source.id, to: p.target.id }));
  for (const r of reporters) r.onBegin?.({ header, planned, kept: [] });
  for (const p of pairs) for (const r of reporters) r.onPairEnd?.(p);
  for (const r of reporters) r.onEnd?.(results);
}
