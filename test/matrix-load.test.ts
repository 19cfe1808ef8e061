import test from 'ava';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadMatrix, MatrixError, parseMatrix } from '../matrix/load.ts';
import { plannedPairs } from '../matrix/pairs.ts';

function problems(yaml: string): string[] {
  try {
    parseMatrix(yaml, 'm.yaml');
  } catch (err) {
    if (err instanceof MatrixError) return err.problems;
    throw err;
  }
  return [];
}

const OK = 'kernels:\n  - id: a\n    ref: debian-src:7.2.12\n  - id: b\n    ref: debian:7.3.4\n';

test('a good matrix loads; versions stay strings', (t) => {
  const m = parseMatrix('kernels:\n  - id: 6.10\n    ref: debian-src:6.10\n    cmdline: 1.50\n', 'm.yaml');
  t.is(m.kernels[0].id, '6.10');
  t.is(m.kernels[0].ref, 'debian-src:6.10');
  t.is(m.kernels[0].cmdline, '1.50');
  t.deepEqual(problems(OK), []);
});

test('YAML syntax error: file:line:col', (t) => {
  t.deepEqual(problems('kernels:\n  - id: a\n    ref: [oops\n'), ['m.yaml:4:1: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]']);
});

test('unknown key: where, which, and what is allowed', (t) => {
  t.deepEqual(problems(OK + '    flavor: rt\n'), ['m.yaml:6:5: kernels[1]: unknown key "flavor" (allowed: id, ref, arch, cmdline, config, patches)']);
  t.deepEqual(problems(OK + 'paralel: 2\n'), ['m.yaml:6:1: the matrix: unknown key "paralel" (allowed: kernels, pairs, expect, suites, qemu, timeouts, parallel, retries, paths)']);
});

test('values out of what is allowed, with the value shown', (t) => {
  t.deepEqual(problems(OK + 'pairs:\n  policy: everything\n'), ['m.yaml:7:11: pairs.policy: "everything" is not allowed (allowed: all, upgrades, adjacent, self, or a list of them)']);
  t.deepEqual(problems(OK + 'expect:\n  - verdict: [compatible, works]\n'), ['m.yaml:7:27: expect[0].verdict[1]: "works" is not allowed (allowed: compatible, incompatible-clean, incompatible-panic, incompatible-hang, data-loss, unsupported, error)']);
  t.deepEqual(problems(OK + 'qemu:\n  memory: 12\n'), ['m.yaml:7:11: qemu.memory: 12 is below the minimum 256']);
  t.deepEqual(problems('kernels:\n  - ref: debian:7.3.4\n'), ['m.yaml:2:5: kernels[0]: missing "id"']);
});

test('a kernel reference that does not parse', (t) => {
  t.deepEqual(problems('kernels:\n  - id: a\n    ref: debian-src:seven\n'), [
    'm.yaml:3:10: kernels[0].ref: kernel reference "debian-src:seven": "seven" is not a kernel version (expected an upstream version such as 7.3.4, a Debian version such as 7.3.4-1~bpo13+1, a series such as 7.3.x, or latest)',
  ]);
});

test('an expectation or pair naming an unknown kernel', (t) => {
  t.deepEqual(problems(OK + 'expect:\n  - from: a\n    to: zz\n    verdict: compatible\n'), ['m.yaml:8:9: expect[0].to: no kernel has the id "zz" (kernels: a, b)']);
  t.deepEqual(problems(OK + 'pairs:\n  exclude:\n    - {from: q, to: a}\n'), ['m.yaml:8:14: pairs.exclude[0].from: no kernel has the id "q" (kernels: a, b)']);
});

test('duplicate ids, unknown suites, files that are not there', (t) => {
  t.deepEqual(problems(OK + '  - id: a\n    ref: debian:7.2.12\n'), ['m.yaml:6:9: kernels[2].id: "a" is used by another kernel already']);
  // the list of suites grows with suites/, so only its shape is checked
  t.regex(problems(OK + 'suites: [memfd, nope]\n').join('\n'), /^m\.yaml:6:17: suites\[1\]: no suite "nope" \(have: [a-z, -]*\bmemfd\b[a-z, -]*\)$/);
  const dir = mkdtempSync(join(tmpdir(), 'matrix-'));
  const file = join(dir, 'm.yaml');
  writeFileSync(file, 'kernels:\n  - id: a\n    ref: debian-src:7.3.4\n    patches: [missing.patch]\n');
  const e = t.throws(() => loadMatrix(file), { instanceOf: MatrixError });
  t.is(e.message, `${file}:4:15: kernels[0].patches[0]: no such file ${join(dir, 'missing.patch')}`);
});

test('paths: unknown kernels, a path of one kernel, and rules for paths, each with file:line:col', (t) => {
  t.deepEqual(problems(OK + 'paths:\n  - [a, zz, b]\n'), ['m.yaml:7:9: paths[0][1]: no kernel has the id "zz" (kernels: a, b)']);
  t.deepEqual(problems(OK + 'paths:\n  - [a]\n'), ['m.yaml:7:5: paths[0]: needs at least 2 items']);
  t.deepEqual(problems(OK + 'paths:\n  - [a, b]\nexpect:\n  - path: [b, a]\n    verdict: compatible\n'), ['m.yaml:9:11: expect[0].path: "b -> a" is not among the paths: the matrix declares']);
  t.deepEqual(problems(OK + 'paths:\n  - [a, b]\nexpect:\n  - path: [a, b]\n    verdict: compatible\n'), []);
});

test('architectures: a listed pair or a path across two is refused; a policy pairs each architecture alone', (t) => {
  const two = 'kernels:\n  - {id: a, ref: "debian-src:7.2.12"}\n  - {id: b, ref: "debian-src:7.3.4", arch: arm64}\n  - {id: c, ref: "debian-src:7.2.12", arch: arm64}\n';
  t.deepEqual(problems(`${two}pairs:\n  list:\n    - {from: a, to: b}\npaths:\n  - [c, b, a]\n`), [
    'm.yaml:7:7: pairs.list[0]: a is x86_64, b is arm64: a live update stays on one architecture',
    'm.yaml:9:5: paths[0]: c is arm64, b is arm64, a is x86_64: a live update stays on one architecture',
  ]);
  t.deepEqual(problems(`kernels:\n  - {id: a, ref: "debian-src:7.2.12", arch: sparc}\n`), ['m.yaml:2:45: kernels[0].arch: "sparc" is not allowed (allowed: x86_64, arm64)']);
  const planned = plannedPairs({ pairs: { policy: 'all' } }, [
    { id: 'a', release: '7.2.12' },
    { id: 'b', release: '7.3.4', arch: 'arm64' },
    { id: 'c', release: '7.2.12', arch: 'arm64' },
  ]);
  t.deepEqual(planned.map((p) => `${p.from}>${p.to}`), ['a>a', 'b>b', 'b>c', 'c>b', 'c>c']);
});
