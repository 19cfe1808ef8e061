// The default matrix, run for real as the README's main command runs it,
// then the report rebuilt and opened in headless Chromium.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { validateResults } from '../../host/results-file.ts';
import type { Results } from '../../schemas/types/results.ts';
import { LUQUAL, luqual, recordedVerdicts, ROOT, untilAPairFinished, verdictsOf } from '../helpers.ts';

const out = mkdtempSync(join(tmpdir(), 'luqual-run-'));
let run: Awaited<ReturnType<typeof luqual>>;
let results: Results;

test.before(async () => {
  run = await luqual(['run', join(ROOT, 'matrix.yaml'), '--out', out]);
  results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
});

test.serial('the default matrix runs: every ordered pair, every expectation met', (t) => {
  t.is(run.exitCode, 0, run.all);
  t.deepEqual(validateResults(results), []);
  t.is(results.pairs.length, 9);
  const verdict = (a: string, b: string) => results.pairs.find((p) => p.source.id === a && p.target.id === b)?.verdict;
  t.is(verdict('7.2.12', '7.3.4'), 'compatible');
  t.is(verdict('7.3.4', 'stock-7.3.4'), 'incompatible-clean');
  t.is(verdict('stock-7.3.4', '7.3.4'), 'unsupported');
  t.true(results.pairs.every((p) => !p.expectation || p.expectation.met));
  t.regex(run.stdout, /9 pairs run; expectations: 6 of 6 met/);
  // two pairs run at once: which one finishes last varies
  t.regex(run.stderr, /\[9\/9\] \S+ -> \S+: /);
  t.regex(run.stderr, /\[\d\/9\] stock-7\.3\.4 -> stock-7\.3\.4: – unsupported/);
  for (const f of ['report/index.html', 'junit.xml', 'summary.md']) t.true(existsSync(join(out, f)), f);
});

test.serial('the default matrix reaches the verdicts and predictions recorded before the one-way architecture', (t) => {
  // fixtures/runs/default-matrix.json: the same matrix run by luqual at ae3cfd4
  t.deepEqual(verdictsOf(results), recordedVerdicts('default-matrix'));
});

test.serial('luqual report rebuilds the same reports from results.json', async (t) => {
  const again = mkdtempSync(join(tmpdir(), 'luqual-report-'));
  const r = await luqual(['report', join(out, 'results.json'), '--out', again]);
  t.is(r.exitCode, 0, r.all);
  for (const f of ['report/index.html', 'junit.xml', 'summary.md']) {
    t.is(readFileSync(join(again, f), 'utf8'), readFileSync(join(out, f), 'utf8'), f);
  }
  t.true(existsSync(join(again, 'report/logs/pair-7.3.4__stock-7.3.4.console.log')));
});

test.serial('the report in Chromium: a cell per pair, no errors, no network, hostile log text shown as text', async (t) => {
  // plant a script in a real serial log, next to the line the excerpt shows
  const p = results.pairs.find((x) => x.verdict === 'incompatible-clean')!;
  const log = join(out, p.logs.console);
  const text = readFileSync(log, 'latin1');
  writeFileSync(log, text.replace(/^(.*Passed KHO data.*)$/m, '$1\n<script>document.title="pwned"</script><img src=x onerror="document.title=\'pwned\'">'));
  const r = await luqual(['report', join(out, 'results.json')]);
  t.is(r.exitCode, 0, r.all);

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (req) => requests.push(req.url()));
    const url = `file://${join(out, 'report', 'index.html')}`;
    await page.goto(url);
    const cells = await page.$$eval('table.grid td a', (as) => as.map((a) => a.textContent ?? ''));
    t.is(cells.length, 9);
    for (const c of cells) t.regex(c, /^. (compatible|incompatible-clean|unsupported)$/);
    t.is(await page.title(), 'luqual: live update compatibility');
    t.is(await page.$$eval('script', (s) => s.length), 0);
    t.is(await page.$$eval('img', (s) => s.length), 0);
    const pre = await page.textContent(`[id="pair-${p.source.id}__${p.target.id}"] pre.log`);
    t.true(pre!.includes('<script>document.title="pwned"</script>'), 'the planted script reads as text');
    t.deepEqual(errors, []);
    t.deepEqual(requests, [url], 'the page fetched nothing but itself');
  } finally {
    await browser.close();
  }
});

test.serial('against a baseline: regressions fail the run, fixes are named (real results, edited baseline)', async (t) => {
  // a baseline from before: one pair that now boots cold was compatible, one
  // that is now compatible had panicked
  const base = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const edit = (s: string, d: string, v: Results['pairs'][number]['verdict']) => {
    base.pairs.find((p) => p.source.id === s && p.target.id === d)!.verdict = v;
  };
  edit('7.3.4', 'stock-7.3.4', 'compatible');
  edit('7.2.12', '7.3.4', 'incompatible-panic');
  const file = join(mkdtempSync(join(tmpdir(), 'baseline-')), 'results.json');
  writeFileSync(file, JSON.stringify(base));

  const cmp = await luqual(['compare', file, join(out, 'results.json')]);
  t.is(cmp.exitCode, 1, cmp.all);
  t.regex(cmp.stdout, /^regression: 7\.3\.4 -> stock-7\.3\.4 \(compatible -> incompatible-clean\)$/m);
  t.regex(cmp.stdout, /^fixed: 7\.2\.12 -> 7\.3\.4 \(incompatible-panic -> compatible\)$/m);
  t.regex(cmp.stdout, /1 regression, 1 fixed, 7 unchanged, 0 new, 0 gone/);

  // the same through run: nothing is missing, so nothing boots
  const run2 = await luqual(['run', '--resume', out, '--baseline', file]);
  t.is(run2.exitCode, 1, run2.all);
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.is(res.comparison!.changes.filter((c) => c.change === 'regression').length, 1);
  t.regex(readFileSync(join(out, 'summary.md'), 'utf8'), /\*\*regression\*\*: 7\.3\.4 -> stock-7\.3\.4 \(compatible -> incompatible-clean\)/);
  t.regex(readFileSync(join(out, 'report', 'index.html'), 'utf8'), /Compared with the baseline/);
});

test.serial('sharded in 3 and merged: the same pairs and verdicts as the run in one piece', async (t) => {
  const dirs = [1, 2, 3].map(() => mkdtempSync(join(tmpdir(), 'shard-')));
  for (const [i, dir] of dirs.entries()) {
    const r = await luqual(['run', join(ROOT, 'matrix.yaml'), '--shard', `${i + 1}/3`, '--out', dir]);
    t.is(r.exitCode, 0, r.all);
    const part = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8')) as Results;
    t.deepEqual(part.shard, { index: i + 1, count: 3 });
    t.is(part.pairs.length, 3);
  }
  // the first shard's pairs all start from one kernel: it needs only what they use
  const first = JSON.parse(readFileSync(join(dirs[0]!, 'results.json'), 'utf8')) as Results;
  t.true(first.pairs.every((p) => p.source.id === '7.2.12'));

  const merged = mkdtempSync(join(tmpdir(), 'merged-'));
  const m = await luqual(['merge', ...dirs, '--out', merged]);
  t.is(m.exitCode, 0, m.all);
  const all = JSON.parse(readFileSync(join(merged, 'results.json'), 'utf8')) as Results;
  t.deepEqual(validateResults(all), []);
  const verdicts = (r: Results) => r.pairs.map((p) => `${p.source.id} -> ${p.target.id}: ${p.verdict}`).sort();
  t.deepEqual(verdicts(all), verdicts(results));
  for (const p of all.pairs) t.true(existsSync(join(merged, p.logs.console)), p.logs.console);
  t.true(existsSync(join(merged, 'report', 'index.html')));

  const twice = await luqual(['merge', dirs[0]!, dirs[0]!, '--out', mkdtempSync(join(tmpdir(), 'merged-'))]);
  t.is(twice.exitCode, 2);
  t.regex(twice.stderr, /pair 7\.2\.12 -> 7\.2\.12 is in both/);
});

test.serial('killed with SIGKILL mid-run: no QEMU left, a valid results.json, and --resume ends with the verdicts of the run in one piece', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'killed-'));
  const file = join(dir, 'results.json');
  const child = execa(LUQUAL, ['run', join(ROOT, 'matrix.yaml'), '--out', dir], { reject: false });
  await untilAPairFinished(file);
  child.kill('SIGKILL');
  await child;
  // luqual had no chance to clean up: the kernel kills its QEMUs (parent-death signal)
  let left = 'unknown';
  for (let i = 0; i < 50 && left; i++) {
    left = (await execa('pgrep', ['-f', `qemu-system-x86_64.*${dir}`], { reject: false })).stdout.trim();
    if (left) await new Promise((r) => setTimeout(r, 100));
  }
  t.is(left, '', 'no QEMU left running');
  const partial = JSON.parse(readFileSync(file, 'utf8')) as Results;
  t.deepEqual(validateResults(partial), []);
  t.true(partial.pairs.length >= 1 && partial.pairs.length < 9, `${partial.pairs.length} pairs finished before the kill`);
  t.false(readdirSync(dir).some((f) => f.includes('.tmp-')), 'no half-written file');

  const again = await luqual(['run', '--resume', dir]);
  t.is(again.exitCode, 0, again.all);
  t.regex(again.stderr, new RegExp(`9 pairs, ${partial.pairs.length} kept from the earlier run`));
  const full = JSON.parse(readFileSync(file, 'utf8')) as Results;
  t.deepEqual(validateResults(full), []);
  const verdicts = (r: Results) => r.pairs.map((p) => `${p.source.id} -> ${p.target.id}: ${p.verdict}`).sort();
  t.deepEqual(verdicts(full), verdicts(results));
  for (const p of partial.pairs) {
    const same = full.pairs.find((q) => q.source.id === p.source.id && q.target.id === p.target.id)!;
    t.is(same.startedAt, p.startedAt, `${p.source.id} -> ${p.target.id} was kept, not run again`);
  }
});
