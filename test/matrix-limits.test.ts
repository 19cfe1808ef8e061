// A matrix is untrusted input: aliases go through the yaml library's own
// limit, a cycle is an error at the alias, and a huge matrix is refused or
// reported in a screenful, all fast and with exit 2. Run as the command a
// user runs, in a child with a deadline, so that a hang fails the test.
import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { LUQUAL } from './helpers.ts';

function matrix(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'luqual-matrix-')), name);
  writeFileSync(file, text);
  return file;
}

const run = (file: string, seconds: number) => execa(LUQUAL, ['run', file, '--out', join(tmpdir(), 'never-written')], { reject: false, timeout: seconds * 1000, all: true });

test('a YAML bomb (nine levels of aliases of aliases) is refused at its first alias, at once', async (t) => {
  const levels = 'abcdefghi'.split('');
  const text = levels.map((l, i) => `${l}: &${l} [${i ? Array(9).fill(`*${levels[i - 1]}`).join(',') : Array(9).fill('"x"').join(',')}]`).join('\n') + '\n';
  const r = await run(matrix('bomb.yaml', text), 20);
  t.false(r.timedOut, 'it must not expand the aliases');
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, /bomb\.yaml:2:8: its aliases expand too far: Excessive alias count/);
});

test('an alias inside the node it names is a cycle, named at the alias, not a stack overflow', async (t) => {
  const r = await run(matrix('cycle.yaml', 'kernels: &k\n  - id: a\n    ref: *k\n'), 20);
  t.is(r.exitCode, 2, r.all);
  t.regex(r.stderr, /cycle\.yaml:3:10: the alias \*k is inside the node &k it names: a cycle/);
  t.notRegex(r.all ?? '', /RangeError|at /);
});

test('100,000 bad kernel entries are refused by size at once; 20,000 are reported in a screenful', async (t) => {
  const entries = (n: number) => 'kernels:\n' + Array.from({ length: n }, (_, i) => `  - id: "k${i}"\n    ref: 42\n`).join('');
  const huge = await run(matrix('huge.yaml', entries(100_000)), 20);
  t.is(huge.exitCode, 2, huge.all);
  t.regex(huge.stderr, /huge\.yaml is \d+ bytes: luqual reads matrices of up to 1048576/);
  const big = await run(matrix('big.yaml', entries(20_000)), 60);
  t.is(big.exitCode, 2, big.all);
  const lines = big.stderr.trim().split('\n');
  t.is(lines.length, 21);
  t.regex(lines[0]!, /big\.yaml:3:10: kernels\[0\]\.ref: kernel reference "42" does not parse/);
  t.is(lines[20], '... and 19980 more problems');
});
