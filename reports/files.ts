// The three reports of a run, as reporters that write at its end:
// report/index.html with the logs beside it, junit.xml and summary.md.
import { HtmlReporter } from './html-reporter.ts';
import { JunitReporter } from './junit.ts';
import { MarkdownSummaryReporter } from './markdown-summary.ts';

export interface ReportFiles {
  html: HtmlReporter;
  junit: JunitReporter;
  markdown: MarkdownSummaryReporter;
}

/** resultsDir: where results.json and its pairs/ are; outDir: where the reports go. */
export function reportFiles(resultsDir: string, outDir: string): ReportFiles {
  return { html: new HtmlReporter(outDir, resultsDir), junit: new JunitReporter(outDir), markdown: new MarkdownSummaryReporter(outDir) };
}

/** Where each report went, one line each, as the commands print it. */
export function whereWritten(f: ReportFiles): string {
  return `report:  ${f.html.file}\njunit:   ${f.junit.file}\nsummary: ${f.markdown.file}`;
}
