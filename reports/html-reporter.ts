// The HTML report as a reporter: at the end of a run, report/index.html
// with every log it links copied beside it into report/logs/, so the
// folder can be moved or archived as a whole.
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import { cappedText, LOG_BUDGET, maxLogBytes, readInside, writeInside } from '../host/data-paths.ts';
import { idSlug } from '../judge/pair-key.ts';
import { availableSuites, suiteManifest } from '../suites/registry.ts';
import { pairAnchor, renderReport, type ReportInputs } from './html.ts';
import type { Results } from '../schemas/types/results.ts';
import type { Reporter } from './reporter.ts';

/**
 * Copies the console logs of the pairs, their earlier attempts and the
 * walks from resultsDir into reportDir/logs; returns the pairs' logs (by
 * pair anchor, null where missing) and each copied log's link. The log
 * paths are the results file's, so untrusted (host/data-paths.ts): a log
 * over the cap is cut, with a marker, in the copy and in the report, and
 * all of them together get LOG_BUDGET caps; a log named twice is read once.
 */
export function copyLogs(results: Results, resultsDir: string, reportDir: string): Pick<ReportInputs, 'logs' | 'logLinks'> {
  const logs = new Map<string, string | null>();
  const logLinks = new Map<string, string>();
  const cap = maxLogBytes();
  let budget = cap * LOG_BUDGET;
  const copied = new Map<string, { link: string; text: string }>();
  const copy = (from: string, key: string, name: string): string | null => {
    const had = copied.get(resolve(resultsDir, from));
    if (had) logLinks.set(key, had.link);
    if (had) return had.text;
    const room = Math.min(cap, budget);
    const read = readInside(resultsDir, from, 'log', room);
    if (!read) return null;
    budget -= read.bytes.length;
    const text = cappedText(read, room);
    const link = `logs/${name}.console.log`;
    // `luqual report` into the run's own folder: the log is already there
    if (resolve(reportDir, link) !== resolve(resultsDir, from)) writeInside(reportDir, link, 'report log', text);
    logLinks.set(key, link);
    copied.set(resolve(resultsDir, from), { link, text });
    return text;
  };
  for (const p of results.pairs) {
    const a = pairAnchor(p);
    logs.set(a, copy(p.logs.console, a, a));
    (p.attempts ?? []).forEach((x, i) => copy(x.logs.console, `${a}#${i + 1}`, `${a}.attempt-${i + 1}`));
  }
  for (const c of results.chains ?? []) copy(c.logs.console, `chain:${c.id}`, `chain-${idSlug(c.id)}`);
  return { logs, logLinks };
}

export class HtmlReporter implements Reporter {
  readonly file: string;

  /** resultsDir: where results.json and its pairs/ are; outDir: where report/ goes. */
  constructor(
    outDir: string,
    private readonly resultsDir: string = outDir,
  ) {
    this.file = join(outDir, 'report', 'index.html');
  }

  onEnd(results: Results): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const { logs, logLinks } = copyLogs(results, this.resultsDir, dirname(this.file));
    const used = new Set(results.pairs.flatMap((p) => p.suites.map((s) => s.name)));
    const suites = availableSuites().filter((s) => used.has(s)).map(suiteManifest);
    atomicWrite(this.file, renderReport({ results, logs, logLinks, suites }));
  }
}
