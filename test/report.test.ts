import test from 'ava';
import { pairAnchor, renderReport } from '../reports/html.ts';
import { renderJunit } from '../reports/junit.ts';
import { renderMarkdownSummary } from '../reports/markdown-summary.ts';
import { renderMarkdown } from '../reports/markdown-safe.ts';
import { logExcerpt } from '../reports/log-excerpt.ts';
import { tallies } from '../judge/tallies.ts';
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

/** The summary's kernels table as id -> the text of its row's other cells. */
function kernelRows(html: string): Record<string, string[]> {
  const table = /<h2>Kernels<\/h2>\s*<table>([\s\S]*?)<\/table>/.exec(html)![1]!;
  const rows = [...table.matchAll(/<tr>(<td[\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]!)));
  return Object.fromEntries(rows.map(([id, ...cells]) => [id!, cells]));
}

test('the kernels table names each reference, and the version a series reference resolved to', (t) => {
  const nightly: Results = { ...results, kernels: [results.kernels[0]!, { ...results.kernels[1]!, ref: 'debian-src:7.3.x', resolved: 'debian-src:7.3.4-1~bpo13+1' }] };
  const rows = kernelRows(renderReport({ results: nightly, logs: new Map(), logLinks: new Map(), suites: [] }));
  t.is(rows.a![0], 'debian-src:7.2.12');
  t.is(rows.b![0], 'debian-src:7.3.x → debian-src:7.3.4-1~bpo13+1');
});

test('the kernels table says what each kernel is made of, by SHA-256, each in full in its tooltip', (t) => {
  const provenance = { configSha256: 'c'.repeat(64), patches: [{ name: 'kho-v5.patch', sha256: 'd'.repeat(64) }] };
  const built: Results = { ...results, kernels: [results.kernels[0]!, { ...results.kernels[1]!, sha256: 'a'.repeat(64), provenance }] };
  const html = renderReport({ results: built, logs: new Map(), logLinks: new Map(), suites: [] });
  t.is(kernelRows(html).b![2], `builtsha256: image ${'a'.repeat(12)}, config ${'c'.repeat(12)}, patch kho-v5.patch ${'d'.repeat(12)}`);
  t.true(html.includes(`<code title="${'d'.repeat(64)}">`));
  t.is(kernelRows(html).a![2], 'built', 'a kernel recorded without them (an older results file) shows none');
});

test('the grid has a cell per pair, and broken expectations are marked', (t) => {
  const html = render();
  t.is((html.match(/<td[^>]*><a href="#pair-/g) ?? []).length, 2);
  t.regex(html, /<td class="broken"><a href="#pair-b__a"[^>]*>⚠ data-loss<\/a>/);
  t.regex(html, /1 of 2 met/);
});

const text = (html: string) => html.replace(/<[^>]*>/g, '').trim();

/** The grid as kernel -> the text of its row's cells, in column order. */
function gridCells(html: string): Record<string, string[]> {
  const grid = /<section id="grid">([\s\S]*?)<\/section>/.exec(html)![1]!;
  const rows: Record<string, string[]> = {};
  for (const [, kernel, cells] of grid.matchAll(/<tr><th>([^<]*)<\/th>((?:<td[\s\S]*?<\/td>)+)<\/tr>/g)) {
    rows[kernel!] = [...cells!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => text(c[1]!));
  }
  return rows;
}

test('the grid: a row per source, a column per target, each cell the verdict with its expectation mark', (t) => {
  t.deepEqual(gridCells(render()), {
    a: ['·', '✔ compatible ●'],
    b: ['⚠ data-loss ✗ expected', '·'],
  });
});

test('every link inside the report points at an element of the report', (t) => {
  const html = render();
  const ids = new Set([...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]));
  const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
  // the broken expectation in the summary, then the grid's two cells, row by row
  t.deepEqual(targets, ['pair-b__a', 'pair-a__b', 'pair-b__a']);
  for (const x of targets) t.true(ids.has(x), `#${x}`);
});

test('the broken expectation links to its own pair, which says what was expected', (t) => {
  const html = render();
  const line = /<p>Expectations: (.*?)<\/p>/.exec(html)![1]!;
  t.is(text(line), '1 of 2 met; broken: b → a');
  const anchor = /href="#([^"]+)"/.exec(line)![1]!;
  t.is(anchor, 'pair-b__a');
  const article = new RegExp(`<article class="pair" id="${anchor}">([\\s\\S]*?)</article>`).exec(html)![1]!;
  t.regex(text(article), /^b \(7\.2\.12\) → a \(7\.3\.4\)/);
  t.regex(article, /⚠ data-loss/);
  t.regex(text(article), /Expected: compatible \(default: policy upgrades\) — not met/);
});

test('tallies: what the summary, the report and the exit code count', (t) => {
  const r: Results = {
    ...results,
    pairs: [
      pair('a', 'b', 'compatible', true),
      pair('b', 'a', 'data-loss', false),
      { ...pair('a', 'a', 'error'), prediction: { verdict: 'compatible', because: 'same formats', unexpected: true } },
      { ...pair('b', 'b', 'error', false), flaky: true },
    ],
    paths: [
      { id: 'path-1', kernels: ['a', 'b', 'a'], origin: 'declared', verdict: 'data-loss', reason: 'r', hops: [], expectation: { verdicts: ['compatible'], met: false, rule: 'expect[0]: path a -> b -> a' } },
      { id: 'path-2', kernels: ['a', 'b'], origin: 'route', verdict: 'compatible', reason: 'r', hops: [] },
    ],
  };
  const x = tallies(r);
  t.deepEqual(x.brokenPaths.map((p) => p.id), ['path-1']);
  t.deepEqual(x.verdicts, { compatible: 1, 'data-loss': 1, error: 2 });
  t.is(x.expected, 3);
  t.is(x.met, 1);
  t.deepEqual(x.broken.map((p) => `${p.source.id}${p.target.id}`), ['ba', 'bb']);
  t.is(x.predicted, 1);
  t.deepEqual(x.unexpected.map((p) => `${p.source.id}${p.target.id}`), ['aa']);
  // an error that broke its expectation is counted there, not twice
  t.deepEqual(x.errors.map((p) => `${p.source.id}${p.target.id}`), ['aa']);
  t.deepEqual(x.flaky.map((p) => `${p.source.id}${p.target.id}`), ['bb']);
  t.regex(renderMarkdownSummary(r), /4 pairs: ✔ compatible 1, ⚠ data-loss 1, \? error 2\. Expectations: 1 of 3 met\./);
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

test('JUnit: a testsuite per pair, a testcase per suite test plus the verdict; only the broken expectation fails; escaped', (t) => {
  const xml = renderJunit(results);
  t.regex(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="luqual" tests="4" failures="2" errors="0">/);
  t.is((xml.match(/<testsuite /g) ?? []).length, 2);
  t.regex(xml, /<testcase classname="luqual.b_to_a" name="verdict" time="4"><failure type="data-loss" message="verdict data-loss, expected compatible">/);
  t.regex(xml, /<property name="verdict" value="data-loss"\/><property name="expected" value="compatible"\/><property name="expectation met" value="false"\/>/);
  t.false(xml.includes('<script'));
});

test('JUnit: a pair that met its expectation passes whatever its verdict; its suite failures are skips that say why', (t) => {
  const expected: Pair = { ...pair('a', 'b', 'incompatible-clean'), expectation: { verdicts: ['incompatible-clean'], met: true, rule: 'r' } };
  const xml = renderJunit({ ...results, pairs: [expected] });
  t.regex(xml, /<testsuites name="luqual" tests="2" failures="0" errors="0">/);
  t.regex(xml, /<testcase classname="luqual.a_to_b" name="memfd\/page"><skipped message="failed as expected: the pair&#39;s verdict is incompatible-clean, as its expectation says">/);
  t.regex(xml, /name="verdict" time="4"><system-out>verdict incompatible-clean, expected incompatible-clean: /);
  const none = renderJunit({ ...results, pairs: [pair('a', 'b', 'incompatible-clean')] });
  t.regex(none, /failures="1" errors="0"/, 'without an expectation a failed suite test is a failure');
});

test('JUnit: an error is an error, a flaky pair carries its earlier attempts as surefire writes reruns, no classname has a version\'s dots', (t) => {
  const attempts = [{ verdict: 'incompatible-hang' as const, reason: 'no progress', logs: { console: 'pairs/7.2__7.3/console.log' } }];
  const flaky: Pair = { ...pair('7.2', '7.3', 'compatible', true), attempts, flaky: true };
  const failing: Pair = { ...pair('7.3', '7.2', 'error', false), attempts };
  const xml = renderJunit({ ...results, pairs: [flaky, failing] });
  t.regex(xml, /classname="luqual.7_2_to_7_3" name="verdict" time="4"><flakyFailure type="incompatible-hang" message="attempt 1: incompatible-hang: no progress"><system-out>log: pairs\/7.2__7.3\/console.log<\/system-out><\/flakyFailure><system-out>/);
  t.regex(xml, /<failure type="error" message="verdict error, expected compatible">[^<]*<\/failure><rerunFailure type="incompatible-hang"/);
  const unexpectedError = renderJunit({ ...results, pairs: [{ ...pair('a', 'b', 'error'), suites: [] }] });
  t.regex(unexpectedError, /tests="1" failures="0" errors="1"/);
  t.notRegex(xml, /classname="[^"]*\d\.\d/);
});

test('Markdown summary: counts, grid, what broke with its reproducer', (t) => {
  const md = renderMarkdownSummary(results);
  t.regex(md, /2 pairs: ✔ compatible 1, ⚠ data-loss 1\. Expectations: 1 of 2 met\./);
  t.regex(md, /\| \*\*b\*\* \| ⚠ data-loss ✗ expected \| · \|/);
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
  t.regex(renderMarkdownSummary(r), /✔ compatible ● ≈ flaky/);
});

test('fates: each component beside its prediction, the one that differs named; a target that cannot update again is marked', (t) => {
  const odd: Pair = {
    ...pair('b', 'a', 'data-loss'),
    fates: [
      { component: 'kho', fate: 'restored', evidence: 'KHO: restored', predicted: 'restored', because: 'kho-v4 on both sides' },
      { component: 'memfd', fate: 'restored', evidence: `memfd: ${EVIL}`, items: 5, lost: 2, predicted: 'refused', because: 'memfd-v3 -> memfd-v2: the target refuses it' },
    ],
    prediction: { verdict: 'incompatible-clean', because: 'memfd handler memfd-v3 -> memfd-v2', unexpected: true, components: ['memfd'] },
    nextUpdate: { state: 'unusable', evidence: 'open /dev/liveupdate: EIO' },
  };
  const r: Results = { ...results, pairs: [pair('a', 'b', 'compatible', true), odd] };
  const html = renderReport({ results: r, logs: new Map(), logLinks: new Map(), suites: [] });
  t.deepEqual(gridCells(html).b, ['⚠ data-loss ! unexpected ⊘', '·']);
  t.regex(html, /title="the target cannot live-update again before a cold boot: open \/dev\/liveupdate: EIO">⊘</);
  t.regex(html, /⊘: the target cannot live-update again before a cold boot/, 'the legend says what the mark means');
  const article = /<article class="pair" id="pair-b__a">([\s\S]*?)<\/article>/.exec(html)![1]!;
  t.regex(text(article), /UNEXPECTED \(memfd handler did otherwise\)/);
  t.regex(text(article), /After the update: ⊘ the target cannot live-update again before a cold boot \(open \/dev\/liveupdate: EIO\)/);
  t.regex(article, /<details open><summary>Fates<\/summary>/);
  t.regex(article, /<tr class="broken"><td>memfd handler<\/td><td><span class="pass">restored<\/span><\/td><td>3 of 5<\/td><td><span class="skip">refused<\/span> <span class="unmet">≠<\/span>/);
  t.false(article.includes('<script'));
  const md = renderMarkdownSummary(r);
  t.regex(md, /\| \*\*b\*\* \| ⚠ data-loss ! unexpected ⊘ \| · \|/);
  t.regex(md, /predicted incompatible-clean \(memfd handler memfd-v3 -> memfd-v2\)\. memfd handler did otherwise\./);
});

test('a compatible pair whose target can update again shows it, and its fates stay folded', (t) => {
  const ok: Pair = { ...pair('a', 'b', 'compatible', true), fates: [{ component: 'kho', fate: 'restored', evidence: 'x', predicted: 'restored' }], nextUpdate: { state: 'ready', evidence: 'session created' } };
  const html = renderReport({ results: { ...results, pairs: [ok] }, logs: new Map(), logLinks: new Map(), suites: [] });
  t.deepEqual(gridCells(html).a, ['·', '✔ compatible ●']);
  t.regex(html, /After the update: <span class="pass">the target can live-update again<\/span>/);
  t.regex(html, /<details><summary>Fates<\/summary>/);
});

test('what passed is folded, what needs a look is open, with one line of what to do; names print once', (t) => {
  const clean = pair('a', 'b', 'incompatible-clean', false);
  const expected: Pair = { ...pair('b', 'a', 'incompatible-clean'), expectation: { verdicts: ['incompatible-clean'], met: true, rule: 'r' } };
  const named = { ...pair('7.2.12', 'b', 'compatible', true), source: { id: '7.2.12', release: '7.2.12' } };
  const html = renderReport({ results: { ...results, pairs: [pair('a', 'a', 'compatible', true), clean, expected, named] }, logs: new Map(), logLinks: new Map(), suites: [] });
  const articles = [...html.matchAll(/<article class="pair" id="[^"]+"><details( open)?>/g)].map((m) => !!m[1]);
  t.deepEqual(articles, [false, true, false, false], 'compatible and expected pairs folded, the broken one open');
  t.regex(html, /<summary><strong>7\.2\.12 → b <span class="muted">\(7\.3\.4\)<\/span><\/strong>/, 'an id that is its release is not printed twice');
  t.regex(text(html), /What to do: reboot cold from a into b: the target drops the preserved state/);
  t.regex(html, /title="reboot cold from a into b: the target drops the preserved state"/, 'the grid cell says it too');
  t.regex(html, /<span class="skip">fail \(expected\)<\/span>/, 'the expected pair\'s failing tests are not news');
});

test('fifty kernels: 2,500 pairs render in seconds into a page a browser takes', (t) => {
  const ids = Array.from({ length: 50 }, (_, i) => `k${i}`);
  const verdicts: Pair['verdict'][] = ['compatible', 'incompatible-clean', 'unsupported', 'data-loss'];
  const big: Results = {
    ...results,
    kernels: ids.map((id, i) => ({ id, ref: `debian-src:7.${i}.0`, kind: 'debian-src', release: `7.${i}.0`, obtained: 'built', liveUpdate: { capable: true, why: 'ok' } })),
    pairs: ids.flatMap((s, i) => ids.map((d, j) => ({ ...pair(s, d, verdicts[(i + j) % 4]!, (i + j) % 7 !== 0), reason: 'plain reason', evidence: [] }))),
  };
  const t0 = Date.now();
  const html = renderReport({ results: big, logs: new Map(), logLinks: new Map(), suites: [] });
  t.true(Date.now() - t0 < 5000, `rendered in ${Date.now() - t0} ms`);
  t.is((html.match(/<td[^>]*><a href="#pair-/g) ?? []).length, 2500);
  t.true(html.length < 15_000_000, `${(html.length / 1e6).toFixed(1)} MB`);
  t.is((html.match(/<details open>/g) ?? []).length, big.pairs.filter((p) => !p.expectation!.met).length);
});

test('paths in junit.xml (a case each, failing when its expectation broke) and in summary.md with the routes', (t) => {
  const r: Results = {
    ...results,
    paths: [{ id: 'path-1', kernels: ['a', 'b', 'a'], origin: 'declared', verdict: 'data-loss', reason: 'hop 2 (b -> a): 1 of 5 heirlooms did not arrive intact on a', hops: [], expectation: { verdicts: ['compatible'], met: false, rule: 'expect[0]: path a -> b -> a' } }],
    routes: [{ from: 'a', to: 'b', status: 'none', coldReboot: { source: 'a', target: 'b', because: 'incompatible-clean: KHO kho-v3 -> kho-v4' } }],
  };
  const xml = renderJunit(r);
  t.regex(xml, /<testsuite name="upgrade paths" tests="1" failures="1" errors="0" skipped="0">\n {4}<testcase classname="luqual.paths" name="a -&gt; b -&gt; a"><failure type="data-loss" message="declared path, verdict data-loss, expected compatible">hop 2/);
  const md = renderMarkdownSummary(r);
  t.regex(md, /### Upgrade paths\n\n- a -> b: no live route: reboot cold at a -> b\n- path-1 \(declared\): a -> b -> a: ⚠ data-loss \*\*expected compatible\*\*: hop 2/);
});

test('two architectures: a grid each, and an arm64 kernel whose formats differ from the x86_64 build of its release is marked', (t) => {
  const abi = (memfd: string) => ({ kho: ['kho-v4'], luo: ['luo-v5'], memfd: [memfd] });
  const k = (id: string, arch: 'x86_64' | 'arm64', memfd: string) => ({ id, ref: 'debian-src:7.3.4', kind: 'debian-src' as const, release: '7.3.4', arch, obtained: 'built', liveUpdate: { capable: true, why: 'ok' }, abi: abi(memfd), provenance: { configSha256: null, patches: [] } });
  const two: Results = {
    ...results,
    kernels: [k('x', 'x86_64', 'memfd-v2'), k('y', 'arm64', 'memfd-v3'), k('z', 'arm64', 'memfd-v2')],
    pairs: [{ ...pair('x', 'x', 'compatible'), arch: 'x86_64' }, { ...pair('y', 'z', 'incompatible-clean'), arch: 'arm64' }],
  };
  const html = renderReport({ results: two, logs: new Map(), logLinks: new Map(), suites: [] });
  t.regex(html, /<h3 id="grid-x86_64">x86_64<\/h3>\n<table class="grid"><tr><th>from ↓ \/ to →<\/th><th>x<\/th><\/tr>/);
  t.regex(html, /<h3 id="grid-arm64">arm64<\/h3>\n<table class="grid"><tr><th>from ↓ \/ to →<\/th><th>y<\/th><th>z<\/th><\/tr>/);
  // y's memfd format is not x's: said in its cell; z's is the same: nothing said
  t.regex(html, /<tr><th>y<\/th><td>arm64<\/td>.*<code>memfd-v3<\/code> <span class="unmet">≠ x86_64 x: memfd-v2<\/span>/);
  t.notRegex(html, /<tr><th>z<\/th>[^\n]*≠/);
  const md = renderMarkdownSummary(two);
  t.regex(md, /\*\*x86\\_64\*\*\n\n\| from \\ to \| x \|/);
  t.regex(md, /\*\*arm64\*\*\n\n\| from \\ to \| y \| z \|/);
  // one architecture: no headings, as before
  t.notRegex(render(), /id="grid-/);
});
