// summary.md goes into CI comments (a GitHub pull request, a step summary):
// what a kernel logged, an id or a reproducer must show as text there, never
// as a link, an image, HTML, a @mention or an issue reference. Rendered with
// marked, as a CI system renders it, and the HTML inspected.
import test from 'ava';
import { Marked } from 'marked';
import { renderMarkdownSummary } from '../reports/markdown-summary.ts';
import type { Pair, Results } from '../schemas/types/results.ts';

const HOSTILE = [
  'see [the fix](https://evil.example/x) ![pixel](https://evil.example/p.png)',
  '<img src=x onerror=alert(1)> <details open><summary>x</summary>',
  '<https://evil.example/auto> https://evil.example/bare www.evil.example a@b.example',
  '@octocat and @org/team, fixes #123',
  '*bold* _em_ ~~gone~~ `code` $x^2$ &#64;user &lt;b&gt;',
  '| a | b |\n# heading\n- item\r\n> quote \\',
].join(' ');

const REPRODUCER = "npx luqual pair a b --cmdline='x`y``z ` <img src=x> @octocat [l](http://e.example)'";

function pair(from: string, to: string): Pair {
  return {
    source: { id: from, release: '7.2.12' },
    target: { id: to, release: '7.3.4' },
    verdict: 'data-loss',
    reason: HOSTILE,
    suites: [],
    timings: { total: 4 },
    logs: { console: 'pairs/x/console.log' },
    reproducer: REPRODUCER,
    expectation: { verdicts: ['compatible'], met: false, rule: HOSTILE },
    prediction: { verdict: 'compatible', because: `[x](javascript:alert(1)) ${HOSTILE}`, unexpected: true, components: ['<b>memfd</b>@octocat'] },
  };
}

const kernel = (id: string): Results['kernels'][number] => ({ id, ref: 'debian-src:7.2.12', kind: 'debian-src', release: '7.2.12', obtained: 'built', liveUpdate: { capable: true, why: 'ok' } });

const IDS = ['[a](https://evil.example)', '<b>b</b>|@octocat #7'] as const;

const RESULTS: Results = {
  schemaVersion: 1,
  luqual: '0.1.0 <img src=https://evil.example/v.png>',
  startedAt: '2026-11-22T03:00:00.000Z @octocat',
  host: { hostname: 'h', kernel: '6.1', qemu: '7.2 [q](https://evil.example)', accel: 'tcg' },
  kernels: IDS.map(kernel),
  pairs: [pair(IDS[0], IDS[1])],
  comparison: { baseline: 'old.json', changes: [{ source: IDS[1], target: `${IDS[0]} ![i](https://evil.example/i.png)`, before: 'compatible', after: 'data-loss', change: 'regression' }] },
};

const html = new Marked({ gfm: true, async: false }).parse(renderMarkdownSummary(RESULTS), { async: false });

const decode = (s: string) => s.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);

test('summary.md: hostile reasons, ids and becauses render as no link, image or HTML of their own', (t) => {
  const tags = new Set([...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]!.toLowerCase()));
  const own = new Set(['h2', 'h3', 'p', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'strong', 'ul', 'li', 'code', 'sub']);
  t.deepEqual([...tags].filter((x) => !own.has(x)), []);
  t.notRegex(html, /href=|src=["']/);
});

test('summary.md: no @mention, #reference or bare URL that GitHub would link, the words still there', (t) => {
  // GitHub links these in the rendered text, outside code
  const text = decode(html.replace(/<code>[\s\S]*?<\/code>/g, '').replace(/<[^>]+>/g, ''));
  t.notRegex(text, /(^|[^\w`])@[a-z0-9]/i);
  t.notRegex(text, /#\d/);
  t.notRegex(text, /(https?|ftp):\/\/|www\./i);
  // the word joiner is invisible: the reason reads as the kernel wrote it
  t.true(text.replaceAll('\u2060', '').includes(HOSTILE.replace(/\r?\n/g, ' ')));
});

test('summary.md: the reproducer is one code span holding it exactly, backticks and all', (t) => {
  const spans = [...html.matchAll(/<code>([\s\S]*?)<\/code>/g)].map((m) => decode(m[1]!));
  t.true(spans.length >= 2);
  for (const s of spans) t.is(s, REPRODUCER);
});
