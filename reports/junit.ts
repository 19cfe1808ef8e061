// JUnit XML for CI systems (Jenkins, GitLab, GitHub test views), in the
// surefire dialect the Jenkins xunit schema describes: a testsuite per
// pair, a testcase per suite test and one for the pair's verdict, and a
// testsuite of upgrade paths. A CI system reads a failure as "this run is
// red", so only what should turn a nightly red is one: a broken
// expectation, a verdict its formats did not predict, an error. A pair
// that met its expectation passes whatever its verdict (a suite test that
// failed because the expected verdict loses state is a skip saying so),
// and its verdict is in the suite's properties and the case's output.
// Retried pairs carry their earlier attempts as surefire writes reruns.
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

type Outcome = 'pass' | 'failure' | 'error' | 'skipped';

interface Case {
  xml: string;
  outcome: Outcome;
}

/** Jenkins splits a classname at its dots into packages: versions keep theirs as "_". */
function className(p: Pair): string {
  const part = (id: string) => id.replace(/[^A-Za-z0-9+-]/g, '_');
  return `luqual.${part(p.source.id)}_to_${part(p.target.id)}`;
}

function testcase(cls: string, name: string, outcome: Outcome, body: string, time?: number): Case {
  return { xml: `<testcase classname="${x(cls)}" name="${x(name)}"${time === undefined ? '' : ` time="${time}"`}>${body}</testcase>`, outcome };
}

/** The pair met an expectation of a verdict that loses state: its suites' failures were the expected outcome. */
function failedAsExpected(p: Pair): boolean {
  return !!p.expectation?.met && p.verdict !== 'compatible';
}

function suiteCases(p: Pair, cls: string): Case[] {
  return p.suites.flatMap((s) => {
    if (!s.tests.length) return [testcase(cls, s.name, s.status === 'fail' ? 'failure' : s.status === 'skip' ? 'skipped' : 'pass', s.status === 'fail' ? `<failure message="${x(s.reason ?? 'failed')}"/>` : s.status === 'skip' ? `<skipped message="${x(s.reason ?? 'skipped')}"/>` : '')];
    return s.tests.map((t) => {
      const name = `${s.name}/${t.name}`;
      if (t.status === 'pass') return testcase(cls, name, 'pass', '');
      if (t.status === 'skip') return testcase(cls, name, 'skipped', `<skipped message="${x(t.reason ?? 'skipped')}"/>`);
      if (failedAsExpected(p)) return testcase(cls, name, 'skipped', `<skipped message="${x(`failed as expected: the pair's verdict is ${p.verdict}, as its expectation says`)}">${x(t.reason ?? '')}</skipped>`);
      return testcase(cls, name, 'failure', `<failure message="${x(t.reason ?? 'failed')}"/>`);
    });
  });
}

/** Earlier attempts, as surefire writes reruns: flaky when the last one passed, rerun failures when it did not. */
function reruns(p: Pair, passed: boolean): string {
  const tag = passed ? 'flakyFailure' : 'rerunFailure';
  return (p.attempts ?? []).map((a, i) => `<${tag} type="${x(a.verdict)}" message="${x(`attempt ${i + 1}: ${a.verdict}: ${a.reason}`)}"><system-out>${x(`log: ${a.logs.console}`)}</system-out></${tag}>`).join('');
}

function verdictCase(p: Pair, cls: string): Case {
  const e = p.expectation;
  const odd = p.prediction?.unexpected ? `, predicted ${p.prediction.verdict}` : '';
  const msg = (e ? `verdict ${p.verdict}, expected ${e.verdicts.join(' or ')}` : `verdict ${p.verdict}`) + odd;
  const detail = x(`${p.reason}\nreproduce: ${p.reproducer}`);
  const outcome: Outcome = (e && !e.met) || odd ? 'failure' : p.verdict === 'error' ? 'error' : 'pass';
  const body =
    outcome === 'pass'
      ? `${reruns(p, true)}<system-out>${x(`${msg}: ${p.reason}`)}</system-out>`
      : `<${outcome} type="${x(p.verdict)}" message="${x(msg)}">${detail}</${outcome}>${reruns(p, false)}`;
  return testcase(cls, 'verdict', outcome, body, p.timings.total);
}

function properties(p: Pair): string {
  const props: Array<[string, string]> = [['verdict', p.verdict]];
  if (p.expectation) props.push(['expected', p.expectation.verdicts.join(' or ')], ['expectation met', String(p.expectation.met)]);
  if (p.prediction) props.push(['predicted', p.prediction.verdict]);
  if (p.flaky) props.push(['flaky', 'true']);
  props.push(['reproducer', p.reproducer]);
  return `<properties>${props.map(([n, v]) => `<property name="${x(n)}" value="${x(v)}"/>`).join('')}</properties>`;
}

interface Suite {
  xml: string;
  counts: Record<Outcome, number> & { tests: number };
}

function suite(name: string, cases: readonly Case[], extra: { props?: string; time?: number; timestamp?: string } = {}): Suite {
  const n = (o: Outcome) => cases.filter((c) => c.outcome === o).length;
  const counts = { tests: cases.length, pass: n('pass'), failure: n('failure'), error: n('error'), skipped: n('skipped') };
  const attrs = `name="${x(name)}" tests="${counts.tests}" failures="${counts.failure}" errors="${counts.error}" skipped="${counts.skipped}"${extra.time === undefined ? '' : ` time="${extra.time}"`}${extra.timestamp ? ` timestamp="${x(extra.timestamp)}"` : ''}`;
  return { xml: `  <testsuite ${attrs}>\n${extra.props ? `    ${extra.props}\n` : ''}${cases.map((c) => `    ${c.xml}`).join('\n')}\n  </testsuite>`, counts };
}

/** One test case per upgrade path run: it fails when a rule set an expectation for it and the path broke it. */
function pathCase(p: Path): Case {
  const broken = !!p.expectation && !p.expectation.met;
  const msg = `${p.origin} path, verdict ${p.verdict}${p.expectation ? `, expected ${p.expectation.verdicts.join(' or ')}` : ''}`;
  const body = broken ? `<failure type="${x(p.verdict)}" message="${x(msg)}">${x(p.reason)}</failure>` : `<system-out>${x(`${msg}: ${p.reason}`)}</system-out>`;
  return testcase('luqual.paths', p.kernels.join(' -> '), broken ? 'failure' : 'pass', body);
}

export function renderJunit(r: Results): string {
  const suites = r.pairs.map((p) => {
    const cls = className(p);
    return suite(`${p.source.id} -> ${p.target.id}`, [...suiteCases(p, cls), verdictCase(p, cls)], { props: properties(p), time: p.timings.total, ...(p.startedAt ? { timestamp: p.startedAt } : {}) });
  });
  if (r.paths?.length) suites.push(suite('upgrade paths', r.paths.map(pathCase)));
  const total = (k: keyof Suite['counts']) => suites.reduce((n, s) => n + s.counts[k], 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="luqual" tests="${total('tests')}" failures="${total('failure')}" errors="${total('error')}">\n${suites.map((s) => s.xml).join('\n')}\n</testsuites>\n`;
}

export class JunitReporter extends FileReporter {
  constructor(outDir: string) {
    super(join(outDir, 'junit.xml'), renderJunit);
  }
}
