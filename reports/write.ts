// Writes every output of a run from its results: report/index.html with the
// full logs beside it, junit.xml and summary.md.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { atomicWrite } from '../host/atomic-write.ts';
import { join, resolve } from 'node:path';
import { pairAnchor, renderReport } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdownSummary } from './markdown-summary.ts';
import { availableSuites, suiteManifest } from '../suites/registry.ts';
import type { Results } from '../schemas/types/results.ts';

export interface WrittenReports {
  html: string;
  junit: string;
  markdown: string;
}

/** resultsDir: where results.json and its pairs/ are; outDir: where the reports go. */
export function writeReports(results: Results, resultsDir: string, outDir: string): WrittenReports {
  const reportDir = join(outDir, 'report');
  mkdirSync(join(reportDir, 'logs'), { recursive: true });
  const logs = new Map<string, string | null>();
  const logLinks = new Map<string, string>();
  const copy = (from: string, key: string, name: string): string | null => {
    const src = resolve(resultsDir, from);
    if (!existsSync(src)) return null;
    const link = `logs/${name}.console.log`;
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
  const used = new Set(results.pairs.flatMap((p) => p.suites.map((s) => s.name)));
  const suites = availableSuites().filter((s) => used.has(s)).map(suiteManifest);
  const html = join(reportDir, 'index.html');
  atomicWrite(html, renderReport({ results, logs, logLinks, suites }));
  const junit = join(outDir, 'junit.xml');
  atomicWrite(junit, renderJunit(results));
  const markdown = join(outDir, 'summary.md');
  atomicWrite(markdown, renderMarkdownSummary(results));
  return { html, junit, markdown };
}
