// JUnit XML for CI systems: a testsuite per pair, a testcase per suite run
// in it, and one for the pair's verdict against its expectation. The
// reporter writes junit.xml at the end of a run.
import { join } from 'node:path';
import { esc, escapeCodePoint } from './escape.ts';
import type { Pair, Path, Results } from '../schemas/types/results.ts';
import { FileReporter } from './reporter.ts';

// What XML 1.0 cannot carry at all, even as a character reference: C0
// controls but tab, newline and CR; lone surrogates; U+FFFE and U+FFFF.
// One of them in a kernel's log line would make the whole file unreadable
// to a CI system, so each is written as its escape.
const NOT_XML = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;

function x(s: unknown): string {
  return esc(String(s).replace(NOT_XML, escapeCodePoint));
}

function cases(p: Pair): { xml: string; failed: boolean; skipped: boolean }[] {
  const cls = x(`luqual.${p.source.id}->${p.target.id}`);
  const out = p.suites.map((s) => {
    const failed = s.tests.filter((t) => t.status === 'fail');
    const body =
      s.status === 'fail'
        ? `<failure message="${x(s.reason ?? 'failed')}">${x(failed.map((t) => `${t.name}: ${t.reason ?? 'failed'}`).join('\n'))}</failure>`
        : s.status === 'skip'
          ? `<skipped message="${x(s.reason ?? 'skipped')}"/>`
          : '';
    return { xml: `<testcase classname="${cls}" name="${x(s.name)}">${body}</testcase>`, failed: s.status === 'fail', skipped: s.status === 'skip' };
  });
  const e = p.expectation;
  const odd = p.prediction?.unexpected ? `, predicted ${p.prediction.verdict}` : '';
  const failed = (e ? !e.met : false) || !!odd;
  const msg = (e ? `verdict ${p.verdict}, expected ${e.verdicts.join(' or ')}` : `verdict ${p.verdict}`) + odd;
  const body = failed ? `<failure message="${x(msg)}">${x(`${p.reason}\nreproduce: ${p.reproducer}`)}</failure>` : `<system-out>${x(`${msg}: ${p.reason}`)}</system-out>`;
  out.push({ xml: `<testcase classname="${cls}" name="verdict" time="${p.timings.total}">${body}</testcase>`, failed, skipped: false });
  return out;
}

/** One test case per upgrade path run: it fails when a rule set an expectation for it and the path broke it. */
function pathSuite(paths: readonly Path[]): { xml: string; tests: number; failures: number } {
  const cs = paths.map((p) => {
    const broken = !!p.expectation && !p.expectation.met;
    const msg = `${p.origin} path, verdict ${p.verdict}${p.expectation ? `, expected ${p.expectation.verdicts.join(' or ')}` : ''}`;
    const body = broken ? `<failure message="${x(msg)}">${x(p.reason)}</failure>` : `<system-out>${x(`${msg}: ${p.reason}`)}</system-out>`;
    return { xml: `<testcase classname="luqual.paths" name="${x(p.kernels.join(' -> '))}">${body}</testcase>`, broken };
  });
  const failures = cs.filter((c) => c.broken).length;
  return { xml: `  <testsuite name="upgrade paths" tests="${cs.length}" failures="${failures}">\n${cs.map((c) => `    ${c.xml}`).join('\n')}\n  </testsuite>`, tests: cs.length, failures };
}

export function renderJunit(r: Results): string {
  let tests = 0;
  let failures = 0;
  const suites = r.pairs.map((p) => {
    const cs = cases(p);
    const f = cs.filter((c) => c.failed).length;
    const s = cs.filter((c) => c.skipped).length;
    tests += cs.length;
    failures += f;
    return `  <testsuite name="${x(`${p.source.id} -> ${p.target.id}`)}" tests="${cs.length}" failures="${f}" skipped="${s}" time="${p.timings.total}"${p.startedAt ? ` timestamp="${x(p.startedAt)}"` : ''}>\n${cs.map((c) => `    ${c.xml}`).join('\n')}\n  </testsuite>`;
  });
  if (r.paths?.length) {
    const ps = pathSuite(r.paths);
    suites.push(ps.xml);
    tests += ps.tests;
    failures += ps.failures;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="luqual" tests="${tests}" failures="${failures}">\n${suites.join('\n')}\n</testsuites>\n`;
}

export class JunitReporter extends FileReporter {
  constructor(outDir: string) {
    super(join(outDir, 'junit.xml'), renderJunit);
  }
}
