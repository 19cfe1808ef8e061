// A results directory is untrusted input (a shard from another runner, an
// attachment to a bug report): the reports read no file outside it, follow
// no link, read no FIFO or device, and write nothing outside their folder.
import test from 'ava';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { atomicWrite } from '../host/atomic-write.ts';
import { luqual, MINIMAL_PAIR, MINIMAL_RESULTS } from './helpers.ts';

/** A results directory with one pair whose console log is at `log`, and what else `extra` puts in it. */
function resultsDir(log: string, extra: Record<string, unknown> = {}, setUp: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-untrusted-'));
  writeFileSync(join(dir, 'results.json'), JSON.stringify({ ...MINIMAL_RESULTS, pairs: [{ ...MINIMAL_PAIR, logs: { console: log } }], ...extra }));
  setUp(dir);
  return dir;
}

const report = (dir: string, env: Record<string, string> = {}) => luqual(['report', join(dir, 'results.json')], env);
const html = (dir: string) => readFileSync(join(dir, 'report', 'index.html'), 'utf8');

test('a log path outside the results folder is refused: no environment in the report', async (t) => {
  for (const log of ['/proc/self/environ', '../../../../proc/self/environ']) {
    const dir = resultsDir(log);
    const r = await luqual(['report', join(dir, 'results.json')], { LUQUAL_CANARY: 'canary-3f9a' });
    t.is(r.exitCode, 2, r.all);
    t.regex(r.stderr, /log ".*environ": (an absolute path|leaves its folder)/);
    t.false(existsSync(join(dir, 'report', 'index.html')) && html(dir).includes('canary-3f9a'));
  }
});

test('a log that is a link, a FIFO or a device is refused, not read (no hang on /dev/zero)', async (t) => {
  const linked = resultsDir('pairs/a__b/console.log', {}, (d) => {
    mkdirSync(join(d, 'pairs', 'a__b'), { recursive: true });
    symlinkSync('/dev/zero', join(d, 'pairs', 'a__b', 'console.log'));
  });
  const r1 = await report(linked);
  t.is(r1.exitCode, 2, r1.all);
  t.regex(r1.stderr, /is a symbolic link/);
  const viaDir = resultsDir('pairs/a__b/console.log', {}, (d) => symlinkSync('/etc', join(d, 'pairs')));
  t.is((await report(viaDir)).exitCode, 2, 'a folder on the way that is a link');
  const fifo = resultsDir('console.log', {}, (d) => execFileSync('mkfifo', [join(d, 'console.log')]));
  const r2 = await report(fifo);
  t.is(r2.exitCode, 2, r2.all);
  t.regex(r2.stderr, /is not a regular file/);
});

test('a log over the cap is cut with a marker, in the report and in its copy', async (t) => {
  const dir = resultsDir('console.log', {}, (d) => writeFileSync(join(d, 'console.log'), 'x'.repeat(5000)));
  const r = await report(dir, { LUQUAL_MAX_LOG_BYTES: '1000' });
  t.is(r.exitCode, 0, r.all);
  const copy = readFileSync(join(dir, 'report', 'logs', 'pair-a__b.console.log'), 'latin1');
  t.true(copy.startsWith('x'.repeat(1000) + '\n[luqual: log cut at 1000 of its 5000 bytes'));
});

test('a link already in report/logs is replaced, not written through', async (t) => {
  const victim = join(mkdtempSync(join(tmpdir(), 'luqual-victim-')), 'precious');
  writeFileSync(victim, 'precious data');
  const dir = resultsDir('console.log', {}, (d) => {
    writeFileSync(join(d, 'console.log'), 'kernel log');
    mkdirSync(join(d, 'report', 'logs'), { recursive: true });
    symlinkSync(victim, join(d, 'report', 'logs', 'pair-a__b.console.log'));
  });
  const r = await report(dir);
  t.is(r.exitCode, 0, r.all);
  t.is(readFileSync(victim, 'utf8'), 'precious data');
  t.is(readFileSync(join(dir, 'report', 'logs', 'pair-a__b.console.log'), 'utf8'), 'kernel log');
});

test('a walk id that climbs out of the folder is refused before any file is named after it', async (t) => {
  const chain = { id: '../../escaped', kernels: ['a', 'b'], ran: 1, kept: 1, seconds: 1, end: 'x', logs: { console: 'chains/c/console.log' } };
  const dir = resultsDir('console.log', { chains: [chain] }, (d) => {
    mkdirSync(join(d, 'chains', 'c'), { recursive: true });
    writeFileSync(join(d, 'chains', 'c', 'console.log'), 'walk log');
  });
  const r = await report(dir);
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, /\/chains\/0\/id must match pattern/);
  t.false(existsSync(join(dir, 'escaped.console.log')));
  t.false(existsSync(join(dir, 'report', 'escaped.console.log')));
});

test('merge copies files and folders of a shard, never a link in it', async (t) => {
  const shard = resultsDir('pairs/a__b/console.log', {}, (d) => {
    mkdirSync(join(d, 'pairs', 'a__b'), { recursive: true });
    symlinkSync('/etc/hostname', join(d, 'pairs', 'a__b', 'console.log'));
  });
  const out = mkdtempSync(join(tmpdir(), 'luqual-merged-'));
  const r = await luqual(['merge', shard, '--out', out]);
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, /is a symbolic link/);
  t.deepEqual(readdirSync(out), []);
});

test('a results file that is not a regular file, or is too large, is refused before it is read', async (t) => {
  const r = await luqual(['compare', '/dev/zero', '/dev/zero']);
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, /is not a regular file/);
  const dir = resultsDir('console.log');
  const big = await luqual(['report', join(dir, 'results.json')], { LUQUAL_MAX_RESULTS_BYTES: '100' });
  t.is(big.exitCode, 2, big.all);
  t.regex(big.stderr, /more than the 100 luqual reads/);
});

test('the atomic write creates its temporary file new, under a name nobody can guess', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-atomic-'));
  const victim = join(dir, 'victim');
  writeFileSync(victim, 'precious data');
  const file = join(dir, 'results.json');
  // every name the write could have taken from what an attacker can see
  symlinkSync(victim, `${file}.tmp-${process.pid}`);
  symlinkSync(victim, `${file}.tmp`);
  atomicWrite(file, 'new results');
  t.is(readFileSync(victim, 'utf8'), 'precious data');
  t.is(readFileSync(file, 'utf8'), 'new results');
});
