// Many nights, pair by pair: streaks, the last change and its kernels, flaky nights, pairs a night did not run.
import test from 'ava';
import { buildHistory } from '../judge/history.ts';
import { renderHistoryHtml, renderHistoryMarkdown } from '../reports/history.ts';
import type { Results, Verdict } from '../schemas/types/results.ts';
import { MINIMAL_PAIR, MINIMAL_RESULTS } from './helpers.ts';

function night(day: number, verdicts: Record<string, Verdict>, extra: { flaky?: string; release?: string } = {}): { source: string; results: Results } {
  const pairs = Object.entries(verdicts).map(([ids, verdict]) => {
    const [from, to] = ids.split('~') as [string, string];
    return { ...MINIMAL_PAIR, source: { id: from, release: '7.2.12' }, target: { id: to, release: extra.release ?? '7.3.4' }, verdict, ...(extra.flaky === ids ? { flaky: true } : {}) };
  });
  return { source: `night-${day}/results.json`, results: { ...(MINIMAL_RESULTS as unknown as Results), startedAt: `2026-11-${String(day).padStart(2, '0')}T02:00:00Z`, pairs: pairs as Results['pairs'] } };
}

const NIGHTS = [
  night(3, { 'a~b': 'compatible', 'b~a': 'compatible' }),
  night(1, { 'a~b': 'compatible', 'b~a': 'compatible' }),
  night(2, { 'a~b': 'data-loss' }),
  night(4, { 'a~b': 'compatible', 'b~a': 'compatible' }, { flaky: 'a~b', release: '7.3.5' }),
];

test('runs in time order; a pair\'s streak, its last change with the releases then, flaky nights, nights it did not run', (t) => {
  const h = buildHistory(NIGHTS, 30);
  t.deepEqual(h.nights.map((n) => n.source), ['night-1/results.json', 'night-2/results.json', 'night-3/results.json', 'night-4/results.json']);
  const ab = h.rows.find((r) => r.source === 'a')!;
  t.deepEqual(ab.cells.map((c) => c?.verdict), ['compatible', 'data-loss', 'compatible', 'compatible']);
  t.like(ab, { streak: 2, flakyNights: 1, lastChange: { night: 2, from: 'data-loss', to: 'compatible', releases: '7.2.12 -> 7.3.4' } });
  const ba = h.rows.find((r) => r.source === 'b')!;
  t.is(ba.cells[1], null, 'night 2 did not run b -> a');
  t.like(ba, { streak: 3, lastChange: null });
  t.is(buildHistory(NIGHTS, 2).nights.length, 2, '--last keeps the newest');
});

test('the page and the summary show the strips and escape what the results hold', (t) => {
  const hostile = night(5, { '<img src=x>|x~b': 'compatible' });
  const h = buildHistory([...NIGHTS, hostile], 30);
  const html = renderHistoryHtml(h, 'luqual history');
  t.false(html.includes('<img src=x>'));
  t.regex(html, /title="2026-11-04: compatible \(flaky\), 7\.2\.12 -&gt; 7\.3\.5, 4\.0 s"/);
  const md = renderHistoryMarkdown(h, 'luqual history');
  t.regex(md, /\| a → b \| ✔⚠✔✔≈· \| compatible for 2 nights; was data-loss until 2026-11-03 \(7\.2\.12 -> 7\.3\.4\) \| 1 \|/);
  t.regex(md, /\| \\<img src=x>\\\|x → b \|/);
});
