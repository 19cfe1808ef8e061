import test from 'ava';
import { pairAnchor, renderReport } from '../reports/html.ts';
import { renderJunit } from '../reports/junit.ts';
import { renderMarkdownSummary } from '../reports/markdown-summary.ts';
import { renderMarkdown } from '../reports/markdown-safe.ts';
import { logExcerpt } from '../reports/log-excerpt.ts';
import type { Pair, Results } from '../schemas/types/results.ts';

const EVIL = '<script>document.title="pwned"</script>';

function pair(from: string, to: string, verdict: Pair['verdict'], met?: boolean): Pair {
  return {
    source: { id: from, release: '7.2.12' },
    target: { id: to, release: '7.3.4' },
    verdict,
    reason: `reason with ${EVIL}`,
    evidence: [`KHO: ${EVIL}`],
    suites: [{ name: 'memfd', status: verdict === 'compatible' ? 'pass' : 'fail', tests: [{ name: 'page', status: verdict === 'compatible' ? 'pass' : 'fail', reason: EVIL }] }],
    timings: { boot: 1, stage1: 1, kexec: 1, stage2: 1, total: 4 },
    logs: { console: `pairs/${from}__${to}/console.log` },
    reproducer: `npx luqual pair ${from} ${to}`,
    ...(met === undefined ? {} : { expectation: { verdicts: ['compatible'], met, rule: 'default: policy upgrades' } }),
  };
}

const results: Results = {
  schemaVersion: 1,
  luqual: '0.1.0',
  startedAt: '2026-11-22T03:00:00.000Z',
  host: { hostname: 'h', kernel: '6.1', qemu: '7.2.22', accel: 'tcg' },
  kernels: [
    { id: 'a', ref: 'debian-src:7.2.12', kind: 'debian-src', release: '7.2.12', obtained: 'built', liveUpdate: { capable: true, why: 'ok' } },
    { id: 'b', ref: 'debian-src:7.3.4', kind: 'debian-src', release: '7.3.4', obtained: 'built', liveUpdate: { capable: true, why: 'ok' } },
  ],
  pairs: [pair('a', 'b', 'compatible', true), pair('b', 'a', 'data-loss', false)],
};

function render(log = `boot\nnot ok 1 page\n${EVIL}\n`) {
  const logs = new Map(results.pairs.map((p) => [pairAnchor(p), log] as const));
  const links = new Map(results.pairs.map((p) => [pairAnchor(p), `logs/${pairAnchor(p)}.console.log`] as const));
  return renderReport({ results, logs, logLinks: links, suites: [{ name: 'memfd', description: `Desc ${EVIL} [x](javascript:alert(1)) [ok](https://kernel.org) ![img](http://example.com/i.png)` }] });
}

test('untrusted text is escaped everywhere; the page has no script and loads nothing', (t) => {
  const html = render();
  t.false(html.includes('<script'), 'no script element');
  t.true(html.includes('&lt;script&gt;document.title'));
  t.false(/javascript:/i.test(html));
  t.false(/<img|<link|src=/i.test(html), 'no external resources');
  t.true(html.includes('<a href="https://kernel.org" rel="noopener noreferrer">ok</a>'));
});

test('the grid has a cell per pair, and broken expectations are marked', (t) => {
  const html = render();
  t.is((html.match(/<td[^>]*><a href="#pair-/g) ?? []).length, 2);
  t.regex(html, /<td class="broken"><a href="#pair-b__a"[^>]*>⚠ data-loss<\/a>/);
  t.regex(html, /1 of 2 met/);
});

test('the same inputs give the same bytes', (t) => {
  t.is(render(), render());
});

test('marked output is sanitised', (t) => {
  const out = renderMarkdown('<b>x</b> <img src=x onerror=alert(1)> [a](javascript:alert(1)) [b]( JAVASCRIPT:x) ![c](http://x/y.png)');
  t.false(/<b>|<img|javascript:/i.test(out));
  t.true(out.includes('&lt;b&gt;'));
});

test('log excerpt centres on the first failure, or shows the end', (t) => {
  const log = Array.from({ length: 100 }, (_, i) => `line ${i + 1}`);
  log[59] = '    not ok 3 odd-size';
  const e = logExcerpt(log.join('\n'))!;
  t.is(e.firstLine, 40);
  t.is(e.lines.at(20), '    not ok 3 odd-size');
  t.is(logExcerpt('a\nb\nc')!.lines.join(','), 'a,b,c');
});

test('JUnit: a testsuite per pair, a testcase per suite plus the verdict; escaped', (t) => {
  const xml = renderJunit(results);
  t.regex(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="luqual" tests="4" failures="2">/);
  t.is((xml.match(/<testsuite /g) ?? []).length, 2);
  t.regex(xml, /<testcase classname="luqual.b-&gt;a" name="verdict" time="4"><failure message="verdict data-loss, expected compatible">/);
  t.false(xml.includes('<script'));
});

test('Markdown summary: counts, grid, what broke with its reproducer', (t) => {
  const md = renderMarkdownSummary(results);
  t.regex(md, /2 pairs: ✔ compatible 1, ⚠ data-loss 1\. Expectations: 1 of 2 met\./);
  t.regex(md, /\| \*\*b\*\* \| ⚠ data-loss ✗ \| · \|/);
  t.regex(md, /reproduce: `npx luqual pair b a`/);
});

test('retried pairs show every attempt with its log, and flaky ones are marked', (t) => {
  const flaky: Pair = { ...pair('a', 'b', 'compatible', true), attempts: [{ verdict: 'incompatible-hang', reason: 'no progress', logs: { console: 'pairs/a__b/console.log' } }], flaky: true };
  const r: Results = { ...results, pairs: [flaky] };
  const a = pairAnchor(flaky);
  const html = renderReport({ results: r, logs: new Map([[a, 'x']]), logLinks: new Map([[`${a}#1`, `logs/${a}.attempt-1.console.log`]]), suites: [] });
  t.regex(html, /≈ flaky/);
  t.regex(html, /FLAKY: the attempts disagree\./);
  t.regex(html, /<li>attempt 1: <span[^>]*>∞ incompatible-hang<\/span> no progress \(<a href="logs\/pair-a__b\.attempt-1\.console\.log">log<\/a>\)<\/li>/);
  t.regex(renderMarkdownSummary(r), /✔ compatible ≈ flaky/);
});
