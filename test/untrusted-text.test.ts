// Text from a kernel image, a guest or a results file, wherever it goes:
// a family or id named like a member of every object ("constructor",
// "__proto__") is only a name; junit.xml stays XML whatever a reason holds;
// the terminal shows control characters instead of acting on them.
import test from 'ava';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanAbiStrings } from '../kernels/abi-strings.ts';
import { abiTable, label } from '../judge/abi.ts';
import { errnoName } from '../judge/next-update.ts';
import { renderJunit } from '../reports/junit.ts';
import { endSummary, Progress } from '../reports/progress.ts';
import type { Pair, Results } from '../schemas/types/results.ts';
import { luqual } from './helpers.ts';

const tmp = (what: string) => mkdtempSync(join(tmpdir(), `luqual-${what}-`));

function pair(from: string, to: string, over: Partial<Pair> = {}): Pair {
  return {
    source: { id: from, release: '7.2.12' },
    target: { id: to, release: '7.3.4' },
    verdict: 'compatible',
    reason: 'all items came back',
    suites: [],
    timings: { total: 4 },
    logs: { console: 'pairs/x/console.log' },
    reproducer: `npx luqual pair ${from} ${to}`,
    ...over,
  };
}

const kernel = (id: string, abi: Results['kernels'][number]['abi']): Results['kernels'][number] => ({ id, ref: 'debian-src:7.2.12', kind: 'debian-src', release: '7.2.12', obtained: 'built', liveUpdate: { capable: true, why: 'ok' }, abi });

function results(kernels: Results['kernels'], pairs: Pair[]): Results {
  return { schemaVersion: 1, luqual: '0.1.0', startedAt: '2026-11-22T03:00:00.000Z', host: { hostname: 'h', kernel: '6.1', qemu: '7.2', accel: 'tcg' }, kernels, pairs };
}

function resultsFile(r: unknown, raw?: string): string {
  const dir = tmp('untrusted');
  mkdirSync(join(dir, 'pairs', 'x'), { recursive: true });
  writeFileSync(join(dir, 'results.json'), raw ?? JSON.stringify(r));
  return join(dir, 'results.json');
}

test('an image naming a family "constructor" is scanned and compared like any other', (t) => {
  const image = Buffer.from('\0luo-v1\0constructor-v2\0constructor-v1\0', 'latin1');
  const abi = scanAbiStrings(image);
  t.deepEqual(Object.entries(abi), [['constructor', ['constructor-v1', 'constructor-v2']], ['luo', ['luo-v1']]]);
  const rows = abiTable(abi, { luo: ['luo-v1'] }, []);
  t.deepEqual(rows.find((r) => r.component === 'constructor'), { component: 'constructor', source: ['constructor-v1', 'constructor-v2'], target: [], status: 'absent-on-target', evidence: [] });
  t.is(label('constructor'), 'constructor');
  t.is(errnoName('constructor'), 'errno constructor');
});

test('luqual report: "__proto__" and "constructor" as ids and families in results.json make a report, not a TypeError', async (t) => {
  // JSON.parse makes "__proto__" an own key, as a merged shard would have it
  const r = results([kernel('__proto__', {}), kernel('constructor', { luo: ['luo-v1'] })], [pair('__proto__', 'constructor'), pair('constructor', '__proto__')]);
  const raw = JSON.stringify(r).replace('"abi":{}', '"abi":{"__proto__":["__proto__-v1"],"constructor":["constructor-v1"]}');
  const file = resultsFile(null, raw);
  const run = await luqual(['report', file, '--out', tmp('report-out')]);
  t.is(run.exitCode, 0, run.all);
  t.notRegex(run.all ?? '', /TypeError/);
});

test('junit.xml: characters XML 1.0 cannot carry are shown as escapes, the file stays well-formed', (t) => {
  const reason = 'bad \uffff\ufffe lone \ud800 and \udfff, ESC \x1b[31m red, \x01\x08\x0b\x0c\x1f, tab\tok, astral \u{1f600}';
  const xml = renderJunit(results([], [pair('a', 'b', { verdict: 'data-loss', reason, expectation: { verdicts: ['compatible'], met: false, rule: 'r' } })]));
  // XML 1.0's Char production, whole document
  t.regex(xml, /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u);
  t.true(xml.includes('bad \\uffff\\ufffe lone \\ud800 and \\udfff, ESC \\x1b[31m red, \\x01\\x08\\x0b\\x0c\\x1f, tab\tok, astral \u{1f600}'));
});

const HOSTILE = 'line \x1b[2J\x1b[H cleared, \x1b]0;title\x07 retitled, \x1b]52;c;cm0gLXJmIH4=\x07 clipboard, \rover\bwritten \u009b31m \u202egnp.exe';

test('the end of a run and its progress lines show a kernel\'s control characters, never send them', (t) => {
  const p = pair('a', 'b', { verdict: 'data-loss', reason: HOSTILE, expectation: { verdicts: ['compatible'], met: false, rule: 'r' } });
  const summary = endSummary(results([], [p]));
  t.notRegex(summary, /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  t.true(summary.includes('line \\x1b[2J\\x1b[H cleared, \\x1b]0;title\\x07 retitled, \\x1b]52;c;cm0gLXJmIH4=\\x07 clipboard, \\x0dover\\x08written \\x9b31m \\u202egnp.exe'));
  const err: string[] = [];
  const progress = new Progress({ write: (s: string) => err.push(s) > 0, isTTY: false, columns: 80 }, { write: () => true });
  progress.onBegin({ header: results([], []), planned: [{ from: 'a', to: 'b' }], kept: [] });
  progress.onRetry({ from: 'a', to: 'b' }, 2, { ...p, reason: `first\nsecond ${HOSTILE}` });
  progress.onPairEnd(p);
  progress.note(`apt failed:\nE: \x1b[31mno\x1b[0m`);
  const lines = err.join('').split('\n');
  t.notRegex(err.join(''), /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/);
  // a reason's newline does not make a line of its own; a note's does
  t.regex(lines[1]!, /^luqual: a -> b: data-loss \(first\\x0asecond line \\x1b\[2J/);
  t.deepEqual(lines.slice(3), ['luqual: apt failed:', 'E: \\x1b[31mno\\x1b[0m', '']);
});

test('luqual compare: ids with ESC sequences reach the terminal as text', async (t) => {
  const id = 'k\x1b]52;c;cm0gLXJmIH4=\x07\x1b[1A\x1b[2K';
  const before = resultsFile(results([], [pair(id, 'b')]));
  const after = resultsFile(results([], [pair(id, 'b', { verdict: 'data-loss' })]));
  const run = await luqual(['compare', before, after]);
  // 1 (a regression) today; 2 should ids come to be refused: either way, no raw control
  t.true([1, 2].includes(run.exitCode ?? -1), run.all);
  t.notRegex(run.all ?? '', /[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
  t.regex(run.all ?? '', /k\\x1b\]52;c;cm0gLXJmIH4=\\x07\\x1b\[1A\\x1b\[2K/);
});
