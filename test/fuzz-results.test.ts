// report, merge and compare fed thousands of mutated results directories
// (paths, ids, sizes, types, unicode, links, FIFOs, huge files), in this
// process so that every file they open is seen: each ends with exit 0 or 2
// (compare and merge may say 1: a regression, a broken expectation), reads nothing outside the folders it
// was given, writes nothing outside --out, and stays within memory and
// time. LUQUAL_FUZZ_SEED replays a run; a failure prints its seed and case.
import test from 'ava';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { main } from '../cli/main.ts';
import { ROOT } from './helpers.ts';

const ROUNDS = Number(process.env.LUQUAL_FUZZ_ROUNDS ?? 1500);
const SEED = Number(process.env.LUQUAL_FUZZ_SEED ?? 20261204);

/** mulberry32: small, seeded, good enough to pick mutations */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ABI = { kho: ['kho-v4'], luo: ['luo-v5'], memfd: ['memfd-v2'] };

function pair(from: string, to: string, verdict: string): Record<string, unknown> {
  const slug = `${from}__${to}`;
  return {
    source: { id: from, release: '7.3.4' },
    target: { id: to, release: '7.3.4' },
    verdict,
    reason: `reason ${from} ${to}`,
    evidence: ['KHO: found kexec handover data'],
    suites: [{ name: 'memfd', status: 'pass', tests: [{ name: 'page', status: 'pass' }] }],
    timings: { boot: 1, total: 4 },
    logs: { console: `pairs/${slug}/console.log` },
    reproducer: `npx luqual pair ${from} ${to}`,
    startedAt: '2026-12-01T00:00:00.000Z',
    fates: [{ component: 'kho', fate: 'restored', evidence: 'x', predicted: 'restored', because: 'y' }],
    attempts: [{ verdict: 'incompatible-hang', reason: 'hung', logs: { console: `pairs/${slug}/retry-1/console.log` } }],
    expectation: { verdicts: ['compatible'], met: verdict === 'compatible', rule: 'default' },
  };
}

function baseResults(pairs: Array<[string, string, string]>): Record<string, unknown> {
  // a copy of its own, nothing shared: mutations must not outlive their round
  return structuredClone({
    schemaVersion: 1,
    luqual: '0.1.0',
    startedAt: '2026-12-01T00:00:00.000Z',
    host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' },
    matrix: '/m/matrix.yaml',
    kernels: ['a', 'b', 'c'].map((id) => ({ id, ref: `debian-src:${id}`, kind: 'debian-src', release: '7.3.4', sha256: 'a'.repeat(64), obtained: 'built', liveUpdate: { capable: true, why: 'ok' }, abi: ABI })),
    pairs: pairs.map(([f, t, v]) => pair(f, t, v)),
    chains: [{ id: 'chain-1', kernels: ['a', 'b', 'a'], ran: 2, kept: 2, seconds: 3, end: 'done', logs: { console: 'chains/chain-1/console.log' } }],
  });
}

const NASTY_STRINGS = (canary: string) => [
  '../../../../etc/passwd',
  '/proc/self/environ',
  canary,
  '../' + canary,
  'pairs/../../outside.log',
  'a'.repeat(100_000),
  '',
  '\u0000',
  '\uffff\ud800',
  '__proto__',
  'constructor',
  '\x1b[31mred\x1b[0m\r\n',
  '<script>alert(1)</script>',
  '`](javascript:alert(1))',
  '🙂'.repeat(50),
  'chain-1',
  '.',
  '..',
  'pairs',
];

const NASTY_VALUES: unknown[] = [null, 0, -1, 1e308, true, [], {}, [1, 2], { __proto__: { polluted: true } }, 'x'];

/** Every path to a value in a JSON document. */
function paths(v: unknown, at: Array<string | number> = []): Array<Array<string | number>> {
  const out: Array<Array<string | number>> = [at];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...paths(x, [...at, i])));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...paths(x, [...at, k]));
  return out;
}

function mutate(doc: Record<string, unknown>, rnd: () => number, canary: string): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const done: string[] = [];
  const n = 1 + Math.floor(rnd() * 3);
  for (let i = 0; i < n; i++) {
    const how = rnd();
    const leaves = paths(doc).filter((p) => p.length);
    const strings = leaves.filter((p) => typeof p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) === 'string');
    // most mutations keep the type, so that most results still pass the schema and reach the reports
    const at = pick(how < 0.6 ? strings : leaves);
    const parent = at.slice(0, -1).reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], doc) as Record<string | number, unknown>;
    const key = at[at.length - 1]!;
    if (how < 0.6) parent[key] = pick(NASTY_STRINGS(canary));
    else if (how < 0.75) parent[key] = pick(NASTY_VALUES);
    else if (how < 0.85) delete parent[key];
    else if (Array.isArray(parent[key])) parent[key] = Array.from({ length: 300 }, () => (parent[key] as unknown[])[0]);
    else parent[key] = JSON.parse(JSON.stringify(parent[key] ?? null));
    done.push(`${at.join('.')} ${how < 0.6 ? 'string' : how < 0.75 ? 'value' : how < 0.85 ? 'deleted' : 'grown'}`);
  }
  return done;
}

/** Writes a results folder: results.json and the logs it names, some of them replaced by hostile files. */
function writeDir(dir: string, doc: unknown, rnd: () => number, canary: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(join(dir, 'results.json'), JSON.stringify(doc));
  const done: string[] = [];
  for (const rel of ['pairs/a__b/console.log', 'pairs/a__b/retry-1/console.log', 'pairs/b__a/console.log', 'chains/chain-1/console.log']) {
    const file = join(dir, rel);
    fs.mkdirSync(resolve(file, '..'), { recursive: true });
    const how = rnd() * 0.3 + (rnd() < 0.25 ? 0.7 : 0);
    if (how < 0.7) fs.writeFileSync(file, 'KHO: found kexec handover data\nok 1 page\n');
    else if (how < 0.78) fs.symlinkSync(canary, file);
    else if (how < 0.84) fs.symlinkSync('/dev/zero', file);
    else if (how < 0.9) fs.mkdirSync(file);
    else if (how < 0.95) {
      // sparse: large on paper, cheap on disk
      fs.writeFileSync(file, '');
      fs.truncateSync(file, 1 << 30);
    } else {
      // a folder of its own beside the canary, holding the canary's text under the log's name
      const elsewhere = fs.mkdtempSync(join(resolve(canary, '..'), 'folder-'));
      fs.copyFileSync(canary, join(elsewhere, 'console.log'));
      fs.rmSync(resolve(file, '..'), { recursive: true, force: true });
      fs.symlinkSync(elsewhere, resolve(file, '..'));
    }
    if (how >= 0.7) done.push(`${rel}: ${['', 'link to canary', 'link to /dev/zero', 'a folder', '1 GiB sparse', 'folder is a link'][Math.min(5, Math.floor((how - 0.7) / 0.06) + 1)]}`);
  }
  return done;
}

/** luqual's own files (suite manifests, modules loaded on first use), wherever its node_modules really is */
const LUQUAL_OWN = [resolve(ROOT), fs.realpathSync(join(ROOT, 'node_modules'))];

const within = (p: string, dirs: readonly string[]) => dirs.some((d) => p === d || p.startsWith(d + sep));

/** How many bytes the files under `dir` hold, and whether any holds `text`. */
function scan(dir: string, text: string): { bytes: number; holds: boolean } {
  let bytes = 0;
  let holds = false;
  for (const f of fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }) : []) {
    const p = join(dir, f);
    const st = fs.lstatSync(p);
    if (!st.isFile()) continue;
    bytes += st.size;
    holds ||= st.size < 256 << 20 && fs.readFileSync(p, 'latin1').includes(text);
  }
  return { bytes, holds };
}

interface Access {
  op: string;
  path: string;
  write: boolean;
}

/** Records every file the commands touch: node:fs's functions, seen by ESM importers too. */
function recordFs(log: Access[]): () => void {
  const f = fs as unknown as Record<string, (...a: unknown[]) => unknown>;
  const saved = new Map<string, (...a: unknown[]) => unknown>();
  const wrap = (name: string, paths: (a: unknown[]) => Array<[unknown, boolean]>) => {
    const orig = f[name]!;
    saved.set(name, orig);
    f[name] = function (this: unknown, ...a: unknown[]) {
      for (const [p, write] of paths(a)) if (typeof p === 'string') log.push({ op: name, path: resolve(p), write });
      return orig.apply(this, a);
    };
  };
  const flagsWrite = (flags: unknown) => (typeof flags === 'number' ? (flags & 3) !== 0 : typeof flags === 'string' && /[wa+]/.test(flags));
  wrap('openSync', (a) => [[a[0], flagsWrite(a[1])]]);
  wrap('readFileSync', (a) => [[a[0], false]]);
  wrap('readdirSync', (a) => [[a[0], false]]);
  wrap('copyFileSync', (a) => [[a[0], false], [a[1], true]]);
  wrap('cpSync', (a) => [[a[0], false], [a[1], true]]);
  wrap('writeFileSync', (a) => [[a[0], true]]);
  wrap('mkdirSync', (a) => [[a[0], true]]);
  wrap('renameSync', (a) => [[a[0], true], [a[1], true]]);
  wrap('rmSync', (a) => [[a[0], true]]);
  syncBuiltinESMExports();
  return () => {
    for (const [name, orig] of saved) f[name] = orig;
    syncBuiltinESMExports();
  };
}

test('report, merge and compare on mutated results: exit 0 or 2, nothing read or written outside their folders, bounded', async (t) => {
  const root = fs.mkdtempSync(join(tmpdir(), 'luqual-fuzz-'));
  const secret = fs.mkdtempSync(join(tmpdir(), 'luqual-canary-'));
  const canary = join(secret, 'secret');
  fs.writeFileSync(canary, 'CANARY-7d1e');
  const rnd = prng(SEED);
  const base = join(root, 'base');
  writeDir(base, baseResults([['c', 'a', 'compatible']]), () => 0.99, canary);
  const saved = { log: console.log, error: console.error, env: process.env.LUQUAL_MAX_LOG_BYTES };
  process.env.LUQUAL_MAX_LOG_BYTES = String(1 << 20);
  const rssBefore = process.memoryUsage().rss;
  let slowest = 0;
  const exits = new Map<string, number>();
  const failures: string[] = [];
  for (let round = 0; round < ROUNDS && failures.length < 5; round++) {
    const dir = join(root, `r${round}`);
    const doc = baseResults([['a', 'b', 'compatible'], ['b', 'a', 'data-loss']]);
    const what = mutate(doc, rnd, canary);
    what.push(...writeDir(dir, doc, rnd, canary));
    const outs = ['report', 'merge'].map((c) => join(root, `r${round}-${c}-out`));
    const runs = [
      { args: ['report', join(dir, 'results.json'), '--out', outs[0]!], codes: [0, 2], reads: [dir, outs[0]!], writes: [outs[0]!] },
      { args: ['merge', dir, base, '--out', outs[1]!], codes: [0, 1, 2], reads: [dir, base, outs[1]!], writes: [outs[1]!] },
      { args: ['compare', join(base, 'results.json'), join(dir, 'results.json')], codes: [0, 1, 2], reads: [dir, base], writes: [] },
    ];
    for (const run of runs) {
      const seen: Access[] = [];
      const restore = recordFs(seen);
      console.log = console.error = process.env.LUQUAL_FUZZ_DEBUG ? saved.error : () => {};
      const started = Date.now();
      let code: number | string;
      try {
        code = await main(run.args);
      } catch (e) {
        code = `threw ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`;
      } finally {
        console.log = saved.log;
        console.error = saved.error;
        restore();
      }
      slowest = Math.max(slowest, Date.now() - started);
      const tally = `${run.args[0]} ${code}`;
      exits.set(tally, (exits.get(tally) ?? 0) + 1);
      const outside = seen.find((a) => !within(a.path, a.write ? run.writes : [...run.reads, ...LUQUAL_OWN]));
      const written = run.writes.map((o) => scan(o, 'CANARY-7d1e'));
      // what a run writes grows with what it was given, within a bound: logs are capped, nothing is read from elsewhere
      const given = fs.statSync(join(dir, 'results.json')).size + fs.statSync(join(base, 'results.json')).size;
      const wrote = written.reduce((n, w) => n + w.bytes, 0);
      const problem = !run.codes.includes(code as number)
        ? `exit ${code}`
        : outside
          ? `${outside.write ? 'wrote' : 'read'} ${outside.path} (${outside.op})`
          : written.some((w) => w.holds)
            ? "the canary's text is in its output"
            : wrote > 20 * given + (16 << 20)
              ? `wrote ${wrote} bytes from ${given} of results`
              : null;
      if (problem) failures.push(`seed ${SEED} round ${round}: luqual ${run.args[0]}: ${problem}; mutations: ${what.join('; ')}`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    for (const o of outs) fs.rmSync(o, { recursive: true, force: true });
  }
  if (saved.env === undefined) delete process.env.LUQUAL_MAX_LOG_BYTES;
  else process.env.LUQUAL_MAX_LOG_BYTES = saved.env;
  t.deepEqual(failures, []);
  t.true(slowest < 15_000, `the slowest command took ${slowest} ms`);
  const grown = (process.memoryUsage().rss - rssBefore) / (1 << 20);
  t.true(grown < 1024, `memory grew by ${grown.toFixed(0)} MiB`);
  t.log(`${ROUNDS} rounds of 3 commands, seed ${SEED}; slowest ${slowest} ms; memory grew ${grown.toFixed(0)} MiB; exits: ${[...exits].sort().map(([k, n]) => `${k}: ${n}`).join(', ')}`);
});
