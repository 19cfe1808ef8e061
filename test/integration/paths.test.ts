// Upgrade paths, run for real: heirlooms born on a path's first kernel are
// checked byte for byte and preserved again by every later one; routes come
// from the grid and only count once a walk with heirlooms carried state
// along them.
import test from 'ava';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Results } from '../../schemas/types/results.ts';
import { luqual, ROOT } from '../helpers.ts';

async function run(matrix: string, env: Record<string, string> = {}) {
  const out = mkdtempSync(join(tmpdir(), 'luqual-paths-'));
  const r = await luqual(['run', matrix, '--out', out], env);
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  return { r, results, file: join(out, 'results.json'), html: readFileSync(join(out, 'report', 'index.html'), 'utf8') };
}

/** The results files the tests below wrote, for `luqual check` to look pairs up in. */
const written: { upgrade?: string; refuted?: string } = {};

const text = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&gt;/g, '>').replace(/&lt;/g, '<').replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/\s+/g, ' ');

test.serial('a declared path back and forth carries its heirlooms to the last kernel; 7.1.13 has no live route, for its KHO format', async (t) => {
  const { r, results, file, html } = await run(join(ROOT, 'examples', 'upgrade-path', 'matrix.yaml'));
  written.upgrade = file;
  t.is(r.exitCode, 0, r.all);
  t.deepEqual(validateResults(results), []);
  const path = results.paths!.find((p) => p.origin === 'declared')!;
  t.deepEqual(path.kernels, ['7.2.12', '7.3.4', '7.2.12', '7.3.4']);
  t.is(path.verdict, 'compatible', path.reason);
  t.like(path.expectation, { met: true });
  t.deepEqual(path.hops.map((h) => [h.state, h.pairVerdict, h.arrived]), [['carried', 'compatible', 5], ['carried', 'compatible', 5], ['carried', 'compatible', 5]]);
  t.is(path.reason, 'all 5 heirlooms born on 7.2.12 arrived verified on 7.3.4 after 3 live updates');
  const cold = results.routes!.find((x) => x.from === '7.1.13' && x.to === '7.3.4')!;
  t.is(cold.status, 'none');
  t.regex(cold.coldReboot!.because, /KHO kho-v3 -> kho-v4/);
  const section = text(/<section id="upgrade-paths">([\s\S]*?)<\/section>/.exec(html)![1]!);
  t.regex(section, /7\.1\.13 7\.3\.4 ✖ no live route : reboot cold at 7\.1\.13 → 7\.3\.4, because incompatible-clean: KHO kho-v3 -> kho-v4/);
  t.regex(section, /7\.2\.12 7\.3\.4 ✔ live update directly/);
  t.true(html.indexOf('id="upgrade-paths"') < html.indexOf('id="grid"'), 'the answer comes before the grid');
});

test.serial('a route the grid offers is run with heirlooms; damaged at hop 2 it is refuted, data-loss at that hop, while the pair of that hop stays compatible', async (t) => {
  const { r, results, file, html } = await run(join(ROOT, 'test', 'fixtures', 'refuted-route.yaml'), { LUQUAL_TEST_CORRUPT_HEIRLOOM: '2' });
  written.refuted = file;
  t.deepEqual(validateResults(results), []);
  const route = results.routes!.find((x) => x.from === '7.2.12' && x.to === '7.3.4')!;
  t.like(route, { status: 'refuted', kernels: ['7.2.12', '7.2.12b', '7.3.4'] });
  const path = results.paths!.find((p) => p.id === route.path)!;
  t.like(path, { origin: 'route', verdict: 'data-loss', brokeAt: 2 });
  t.regex(path.reason, /^hop 2 \(7\.2\.12b -> 7\.3\.4\): 1 of 5 heirlooms did not arrive intact on 7\.3\.4: memfd\/64M corrupt/);
  t.like(path.hops[1], { pairVerdict: 'compatible', state: 'lost' });
  const pair = results.pairs.find((p) => p.source.id === '7.2.12b' && p.target.id === '7.3.4')!;
  t.is(pair.verdict, 'compatible', 'the fresh state of the hop is whole');
  t.like(pair.heirloomsLost, { hop: 2 });
  t.regex(text(html), /✖ the route via 7\.2\.12b lost state/);
  t.regex(text(html), /Heirlooms lost as hop 2 of/);
  t.is(r.exitCode, 0, 'every pair met its expectation');
});

test.serial('luqual check on the images luqual built: qualified, predicted incompatible, never run, and bad input', async (t) => {
  if (!written.upgrade || !written.refuted) return t.fail('the runs above did not finish');
  const listed = await luqual(['kernels', 'debian-src:7.1.13', 'debian-src:7.2.12', 'debian-src:7.3.4']);
  const [k71, k72, k73] = [...listed.stdout.matchAll(/^ {2}image: +(\S+)$/gm)].map((m) => m[1]!);
  const check = (from: string, to: string, results = written.upgrade!) => luqual(['check', '--from', from, '--to', to, '--results', results]);

  const qualified = await check(k72!, k73!);
  t.is(qualified.exitCode, 0, qualified.all);
  t.regex(qualified.stdout, new RegExp(`^7\\.2\\.12 -> 7\\.3\\.4: qualified compatible on \\d{4}-\\d\\d-\\d\\d by ${written.upgrade.replace(/[.]/g, '\\.')} \\(7\\.2\\.12 -> 7\\.3\\.4\\)$`));

  // the refuted route's run has no pair 7.1.13 -> 7.3.4 (nor a 7.1.13 at all): the formats speak
  const predicted = await check(k71!, k73!, written.refuted);
  t.is(predicted.exitCode, 1, predicted.all);
  t.regex(predicted.stdout, /not qualified: predicted incompatible-clean: KHO root kho-v3 -> kho-v4/);
  const shown = await check(k71!, k73!);
  t.is(shown.exitCode, 1, shown.all);
  t.regex(shown.stdout, /not qualified: incompatible-clean on .* \(7\.1\.13 -> 7\.3\.4\)/);

  const unrun = await check(k73!, k72!, written.refuted);
  t.is(unrun.exitCode, 1, unrun.all);
  t.regex(unrun.stdout, /not qualified: this pair was never run/);

  const json = await luqual(['check', '--from', k72!, '--to', k73!, '--results', written.upgrade, '--json']);
  t.like(JSON.parse(json.stdout), { qualified: true, runs: [{ verdict: 'compatible', source: '7.2.12', target: '7.3.4' }] });

  const notKernel = await check(written.upgrade, k73!);
  t.is(notKernel.exitCode, 2);
  t.regex(notKernel.stderr, /is not a bzImage/);
  const notResults = await check(k72!, k73!, join(ROOT, 'package.json'));
  t.is(notResults.exitCode, 2);
  t.regex(notResults.stderr, /is not a luqual results file/);
});

test.serial('luqual history over five nights made from the real run, with a flip, a flaky night and a stable update', async (t) => {
  if (!written.upgrade) return t.fail('the run above did not finish');
  const real = JSON.parse(readFileSync(written.upgrade, 'utf8')) as Results;
  const dir = mkdtempSync(join(tmpdir(), 'luqual-history-'));
  for (let night = 1; night <= 5; night++) {
    const r = structuredClone(real);
    r.startedAt = `2026-11-0${night}T02:00:00.000Z`;
    const p = r.pairs.find((x) => x.source.id === '7.2.12' && x.target.id === '7.3.4')!;
    // night 3 broke the pair, night 4 was flaky; from night 4 on 7.3.4 is 7.3.5
    if (night === 3) p.verdict = 'data-loss';
    if (night === 4) p.flaky = true;
    if (night >= 4) p.target.release = '7.3.5';
    mkdirSync(join(dir, `night-${night}`));
    writeFileSync(join(dir, `night-${night}`, 'results.json'), JSON.stringify(r));
  }
  const out = mkdtempSync(join(tmpdir(), 'luqual-history-out-'));
  const h = await luqual(['history', dir, '--out', out]);
  t.is(h.exitCode, 0, h.all);
  t.regex(h.stdout, new RegExp(`^${real.pairs.length} pairs over 5 runs`));
  const md = readFileSync(join(out, 'history.md'), 'utf8');
  t.regex(md, /\| 7\.2\.12 → 7\.3\.4 \| ✔✔⚠✔≈✔ \| compatible for 2 nights; was data-loss until 2026-11-04 \(7\.2\.12 -> 7\.3\.5\) \| 1 \|/);

  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'] });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`file://${join(out, 'history.html')}`);
    const rows = await page.$$eval('tr', (trs) => trs.slice(1).map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    t.is(rows.length, real.pairs.length);
    const row = rows.find((r) => r[0] === '7.2.12 → 7.3.4')!;
    t.is(row[1], '✔✔⚠✔✔');
    t.is(await page.getAttribute('tr:has(td:text-is("7.2.12 → 7.3.4")) .c.flaky', 'title'), '2026-11-04: compatible (flaky), 7.2.12 -> 7.3.5, ' + real.pairs.find((x) => x.source.id === '7.2.12' && x.target.id === '7.3.4')!.timings.total.toFixed(1) + ' s');
    t.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
