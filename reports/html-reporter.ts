// The HTML report as a reporter: at the end of a run, report/index.html
// with every log it links copied beside it into report/logs/, so the
// folder can be moved or archived as a whole.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import { availableSuites, suiteManifest } from '../suites/registry.ts';
import { pairAnchor, renderReport, type ReportInputs } from './html.ts';
import type { Results } from '../schemas/types/results.ts';
import type { Reporter } from './reporter.ts';

/**
 * Copies the console logs of the pairs, their earlier attempts and the
 * walks from resultsDir into reportDir/logs; returns the pairs' logs (by
 * pair anchor, null where missing) and each copied log's link.
 */
export function copyLogs(results: Results, resultsDir: string, reportDir: string): Pick<ReportInputs, 'logs' | 'logLinks'> {
  mkdirSync(join(reportDir, 'logs'), { recursive: true });
  const logs = new Map<string, string | null>();
  const logLinks = new Map<string, string>();
  const copy = (from: string, key: string, name: string): string | null => {
    const src = resolve(resultsDir, from);
    if (!existsSync(src)) return null;
    const link = `logs/${name}.console.log`;
    // `luqual report` into the run's own folder: the log is already there
    if (resolve(reportDir, link) !== src) copyFileSync(src, join(reportDir, link));
    logLinks.set(key, link);
    return src;
  };
  for (const p of results.pairs) {
    const a = pairAnchor(p);
    const src = copy(p.logs.console, a, a);
    logs.set(a, src ? readFileSync(src, 'latin1') : null);
    (p.attempts ?? []).forEach((x, i) => copy(x.logs.console, `${a}#${i + 1}`, `${a}.attempt-${i + 1}`));
  }
  for (const c of results.chains ?? []) copy(c.logs.console, `chain:${c.id}`, c.id);
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
    const { logs, logLinks } = copyLogs(results, this.resultsDir, dirname(this.file));
    const used = new Set(results.pairs.flatMap((p) => p.suites.map((s) => s.name)));
    const suites = availableSuites().filter((s) => used.has(s)).map(suiteManifest);
    atomicWrite(this.file, renderReport({ results, logs, logLinks, suites }));
  }
}
