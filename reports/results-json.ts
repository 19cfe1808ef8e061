// results.json as a reporter: written when the run begins, after every pair
// (so that a run interrupted or killed keeps what finished), and at the end.
// Each write is whole or nothing (host/results-file.ts).
import { join } from 'node:path';
import { HostError } from '../judge/errors.ts';
import { writeResults } from '../host/results-file.ts';
import { inPlanOrder } from '../runners/run-events.ts';
import type { PlannedPair } from '../matrix/pairs.ts';
import type { Chain, Pair, Results } from '../schemas/types/results.ts';
import type { Reporter, RunBegin } from './reporter.ts';

export class ResultsJsonReporter implements Reporter {
  readonly file: string;
  private results: Results | null = null;
  private planned: readonly PlannedPair[] = [];

  constructor(private readonly dir: string) {
    this.file = join(dir, 'results.json');
  }

  onBegin({ header, planned, kept }: RunBegin): void {
    this.planned = planned;
    // a copy: walks end into this file's list, not the header's
    this.results = { ...header, ...(header.chains ? { chains: [...header.chains] } : {}), pairs: [...kept] };
    this.write(this.results);
  }

  /** Written with the next pair's write: a walk's record goes out with its first hop. */
  onWalkEnd(chain: Chain): void {
    (this.begun().chains ??= []).push(chain);
  }

  onPairEnd(pair: Pair): void {
    const r = this.begun();
    r.pairs.push(pair);
    inPlanOrder(r.pairs, this.planned);
    this.write(r);
  }

  onEnd(results: Results): void {
    this.write(results);
  }

  private begun(): Results {
    if (!this.results) throw new Error('results.json reporter: an event before begin');
    return this.results;
  }

  private write(r: Results): void {
    try {
      writeResults(this.dir, r);
    } catch (e) {
      // the disk's failure, not luqual's (a schema error is luqual's): say
      // which file; the write was atomic, so what is there was written whole
      if (!(e as NodeJS.ErrnoException).syscall) throw e;
      throw new HostError(`could not write ${this.file}: ${(e as Error).message}; it keeps its last complete version, if it had one`);
    }
  }
}
