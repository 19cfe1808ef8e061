// luqual cache and cache prune as a user runs them, a subprocess on a cache
// made here; and the clean-up a command that builds does first.
import test from 'ava';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { formatSize, parseSize } from '../cli/cache.ts';
import { DEAD_PID, fakeCache } from './fake-cache.ts';
import { luqual } from './helpers.ts';

test('luqual cache lists each kind with its entries, sizes, refs and last use, and the total; it removes nothing', async (t) => {
  const root = fakeCache();
  const r = await luqual(['cache'], { LUQUAL_CACHE: root });
  t.is(r.exitCode, 0, r.all);
  const lines = r.stdout.split('\n');
  t.is(lines[0], `${root}: 83.8 KiB in 17 entries; in each kind, the least recently used first`);
  t.true(lines.includes('kernels: 4, 6.9 KiB'), r.stdout);
  t.regex(r.stdout, /\n {2}\d{4}-\d\d-\d\d \d\d:\d\d UTC, 30 days ago +1\.1 KiB {2}kernels\/7\.3\.4-1-aaa {2}debian-src:7\.3\.4\n/);
  t.regex(r.stdout, /kernels\/stock-7\.3\.4-1-bbb {2}debian:7\.3\.4\n/);
  t.regex(r.stdout, /kernels\/7\.3\.4-1-ddd {2}\(no image: the build failed, see its \.build\.log\)/);
  t.regex(r.stdout, new RegExp(`kernels/7\\.3\\.4-1-fff\\.work-${DEAD_PID} {2}\\(process ${DEAD_PID} is gone: the next run or cache prune removes it\\)`));
  for (const title of ['build trees: 1, 7.8 KiB', 'sources: 1, 200 B', 'downloads: 1, 300 B', 'work trees of builds: 3, 68.4 KiB', 'other (not luqual: listed, never removed): 1, 9 B']) t.true(lines.includes(title), title);
  // least recently used first within a kind
  t.true(r.stdout.indexOf('kernels/7.3.4-1-aaa') < r.stdout.indexOf('kernels/7.2.12-1-ccc'));
  t.true(existsSync(join(root, `kernels/7.3.4-1-fff.work-${DEAD_PID}`)));
});

test('luqual cache prune --keep-days and --max-size say what they removed and the size before and after', async (t) => {
  const root = fakeCache();
  const days = await luqual(['cache', 'prune', '--keep-days', '7'], { LUQUAL_CACHE: root });
  t.is(days.exitCode, 0, days.all);
  t.regex(days.stdout, /^removed kernels\/7\.3\.4-1-fff\.tmp-99999999-1700000000000 {2}5 B, last used this hour\n/);
  t.regex(days.stdout, /\nremoved agent\/k2 {2}60 B, last used 60 days ago\nremoved kernels\/7\.3\.4-1-aaa {2}1\.1 KiB, last used 30 days ago\n/);
  // the work tree of a build of this test's process is kept: it is alive, and node
  t.true(days.stdout.endsWith(`\n${root}: 83.8 KiB -> 33.3 KiB`), days.stdout);
  t.true(existsSync(join(root, 'mystery/keep-me')));
  const size = await luqual(['cache', 'prune', '--max-size', '25K'], { LUQUAL_CACHE: root });
  t.is(size.exitCode, 0, size.all);
  t.is(size.stdout, `removed kernels/7.2.12-1-ccc  3.9 KiB, last used 5 days ago\nremoved kernels/trees/k1  7.8 KiB, last used 3 days ago\n${root}: 33.3 KiB -> 21.6 KiB`);
});

test('a size or a number of days that does not parse, or a stray word: a clear error and exit 2', async (t) => {
  const root = fakeCache();
  for (const [args, message] of [
    [['cache', 'prune', '--max-size', '20X'], 'luqual: --max-size "20X": expected a size such as 500M, 20G or 1.5GiB'],
    [['cache', 'prune', '--keep-days', 'soon'], 'luqual: --keep-days "soon": expected a positive whole number'],
    [['cache', 'prune', '--keep-days', '1.5'], 'luqual: --keep-days "1.5": expected a positive whole number'],
    [['cache', '--keep-days', '3'], 'luqual: --keep-days and --max-size go with cache prune'],
    [['cache', 'trim'], 'luqual: cache takes nothing or prune (got "trim")'],
  ] as const) {
    const r = await luqual([...args], { LUQUAL_CACHE: root });
    t.is(r.exitCode, 2, args.join(' '));
    t.is(r.stderr, message);
  }
  t.true(existsSync(join(root, `kernels/7.3.4-1-fff.work-${DEAD_PID}`)));
});

test('sizes as du prints them are read, powers of 1024', (t) => {
  t.is(parseSize('500M'), 500 * 2 ** 20);
  t.is(parseSize('20G'), 20 * 2 ** 30);
  t.is(parseSize('1.5GiB'), 1.5 * 2 ** 30);
  t.is(parseSize('300 MB'), 300 * 2 ** 20);
  t.is(parseSize('4096'), 4096);
  t.is(formatSize(1.8 * 2 ** 30), '1.8 GiB');
  t.is(formatSize(1023), '1023 B');
});

test("a command that builds into the cache first removes the work trees of builds that are gone, and no running build's", async (t) => {
  const root = fakeCache();
  // a kernel that does not exist: luqual stops with exit 2 after cleaning up, before any download
  const r = await luqual(['kernels', '/nonexistent/bzImage'], { LUQUAL_CACHE: root });
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, new RegExp(`^luqual: removed kernels/7\\.3\\.4-1-fff\\.tmp-${DEAD_PID}-1700000000000 from the cache: the work tree of a build that did not finish \\(process ${DEAD_PID} is gone\\)\n`));
  t.false(existsSync(join(root, `kernels/7.3.4-1-fff.work-${DEAD_PID}`)));
  // this test's own process is node and alive: a build of it would still be running
  t.true(existsSync(join(root, `kernels/7.3.4-1-ggg.work-${process.pid}`)));
});
