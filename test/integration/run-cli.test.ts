// luqual run and pair --matrix from the command line: bad matrices, kernel
// ids, and an interrupted run that keeps what it finished.
import test from 'ava';
import { execa } from 'execa';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateResults } from '../../host/results-file.ts';
import type { Results } from '../../schemas/types/results.ts';
import { LUQUAL, luqual, ROOT, until, untilAPairFinished } from '../helpers.ts';
import { AGENT_VERSION } from '../../judge/agent-version.ts';

function matrixFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'matrix-')), 'matrix.yaml');
  writeFileSync(file, text);
  return file;
}

const BAD: Array<[string, string, RegExp]> = [
  ['YAML syntax error', 'kernels:\n  - id: a\n    ref: [oops\n', /matrix\.yaml:4:1: YAML syntax: /],
  ['unknown key', 'kernels:\n  - id: a\n    ref: debian:7.3.4\n    colour: red\n', /matrix\.yaml:4:5: kernels\[0\]: unknown key "colour" \(allowed: id, ref, arch, cmdline, config, patches\)/],
  ['reference that does not parse', 'kernels:\n  - id: a\n    ref: fedora:40\n', /matrix\.yaml:3:10: kernels\[0\]\.ref: kernel reference "fedora:40": unknown kind "fedora"/],
  ['expectation naming an unknown kernel', 'kernels:\n  - id: a\n    ref: debian:7.3.4\nexpect:\n  - from: b\n    verdict: compatible\n', /matrix\.yaml:5:11: expect\[0\]\.from: no kernel has the id "b" \(kernels: a\)/],
];

for (const [what, text, message] of BAD) {
  test(`run: ${what} gives file:line:col and exit 2`, async (t) => {
    const r = await luqual(['run', matrixFile(text)]);
    t.is(r.exitCode, 2, r.all);
    t.regex(r.stderr, message);
  });
}

test('run: a matrix file that is not there', async (t) => {
  const r = await luqual(['run', '/no/such/matrix.yaml']);
  t.is(r.exitCode, 2);
  t.regex(r.stderr, /\/no\/such\/matrix\.yaml: no such matrix file/);
});

test('pair --matrix takes kernel ids and reruns a pair of the matrix alone', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'pair-m-'));
  const r = await luqual(['pair', '--matrix', join(ROOT, 'matrix.yaml'), 'stock-7.3.4', '7.3.4', '--out', out]);
  t.is(r.exitCode, 1, r.all);
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.is(res.pairs[0]!.source.id, 'stock-7.3.4');
  t.is(res.pairs[0]!.verdict, 'unsupported');
  const bad = await luqual(['pair', '--matrix', join(ROOT, 'matrix.yaml'), 'nope', '7.3.4']);
  t.is(bad.exitCode, 2);
  t.regex(bad.stderr, /nope: no kernel of that id in .*matrix\.yaml \(ids: 7\.2\.12, 7\.3\.4, stock-7\.3\.4\)/);
});

test('an interrupted run keeps its finished pairs, valid, and leaves no QEMU behind', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'interrupt-'));
  const child = execa(LUQUAL, ['run', join(ROOT, 'matrix.yaml'), '--out', out], { reject: false, all: true });
  const file = join(out, 'results.json');
  await untilAPairFinished(file);
  child.kill('SIGINT');
  const r = await child;
  t.is(r.exitCode, 130, r.all);
  const res = JSON.parse(readFileSync(file, 'utf8')) as Results;
  t.deepEqual(validateResults(res), []);
  t.true(res.interrupted);
  t.true(res.pairs.length >= 1 && res.pairs.length < 9);
  t.true(res.pairs.every((p) => p.verdict !== 'error'), 'no pair was recorded half-run');
  const qemus = await execa('pgrep', ['-f', `qemu-system-x86_64.*${out}`], { reject: false });
  t.is(qemus.stdout.trim(), '', 'no QEMU left running');
  t.true(existsSync(join(out, 'report', 'index.html')), 'the report of what finished');

  // --resume runs only what is missing and keeps what had finished
  const again = await luqual(['run', '--resume', out]);
  t.is(again.exitCode, 0, again.all);
  t.regex(again.stderr, new RegExp(`9 pairs, ${res.pairs.length} kept from the earlier run`));
  const full = JSON.parse(readFileSync(file, 'utf8')) as Results;
  t.deepEqual(validateResults(full), []);
  t.is(full.pairs.length, 9);
  t.false(!!full.interrupted);
  for (const p of res.pairs) {
    const same = full.pairs.find((q) => q.source.id === p.source.id && q.target.id === p.target.id)!;
    t.is(same.startedAt, p.startedAt, `${p.source.id} -> ${p.target.id} was not run again`);
  }
  t.true(full.pairs.every((p) => !p.expectation || p.expectation.met));
});

/** Whether a guest under dir has started stage 1 of its agent. */
function stage1Started(dir: string): boolean {
  return existsSync(dir) && readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('ttyS1.log') && readFileSync(join(dir, f), 'utf8').includes(`agent=${AGENT_VERSION} stage=1`));
}

test('a QEMU killed from outside mid-pair is an error naming the signal, never a kernel verdict; the retry passes', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'qemu-dies-'));
  const m = matrixFile(`kernels:\n  - id: k\n    ref: debian-src:7.3.4\npairs:\n  policy: self\nsuites: [memfd]\nretries: 1\n`);
  const child = luqual(['run', m, '--out', out]);
  t.true(await until(() => stage1Started(join(out, 'pairs')), 100));
  // as a crash would: SIGSEGV to QEMU itself, not through luqual
  const kill = await execa('pkill', ['-SEGV', '-f', `qemu-system-x86_64 .*${out}`], { reject: false });
  t.is(kill.exitCode, 0, 'a QEMU of this run was running');
  const r = await child;
  t.regex(r.stderr, /k -> k: error \(QEMU itself was killed by SIGSEGV in phase stage1; .*\); attempt 2/, r.all);
  const p = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!;
  t.is(p.attempts?.[0]?.verdict, 'error');
  t.regex(p.attempts![0]!.reason, /not a kernel verdict/);
  t.is(p.verdict, 'compatible');
  t.true(p.flaky);
  t.is(r.exitCode, 0, r.all);
});

// a real full disk is a small tmpfs, and mounting one needs root (as CI here has)
const asRoot = process.getuid?.() === 0 ? test : test.skip;

asRoot('a full disk makes the pair an error with its cause, retried, and the run fails, with no half-written file', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'full-disk-'));
  // room for results and reports, not for the 3 MB kernel store
  await execa('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', out]);
  try {
    // two kernels, four pairs: a walk that cannot be written, then its pairs alone
    const m = matrixFile(`kernels:\n  - id: a\n    ref: debian-src:7.2.12\n  - id: b\n    ref: debian-src:7.3.4\npairs:\n  policy: all\nsuites: [memfd]\nretries: 1\n`);
    const r = await luqual(['run', m, '--out', out]);
    t.is(r.exitCode, 1, r.all);
    t.regex(r.stdout, /error: b -> a: luqual could not run the pair: ENOSPC: no space left on device/);
    const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
    t.deepEqual(validateResults(res), []);
    t.regex(res.chains?.[0]?.end ?? '', /^luqual could not run the walk \(ENOSPC: .*\); its pairs ran alone$/);
    t.is(res.pairs.length, 4);
    for (const p of res.pairs) {
      t.is(p.verdict, 'error');
      t.is(p.attempts?.[0]?.verdict, 'error');
      t.regex(readFileSync(join(out, p.logs.console), 'utf8'), /ENOSPC/);
    }
    t.deepEqual(readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.includes('.tmp-')), []);
  } finally {
    await execa('umount', [out]);
  }
});

test('a kernel whose build fails makes its pairs errors naming the failure; the other kernels\' pairs still run', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'build-fails-'));
  const patch = join(ROOT, 'test', 'fixtures', 'patches', 'broken-kconfig.patch');
  const m = matrixFile(`kernels:\n  - id: good\n    ref: debian-src:7.3.4\n  - id: broken\n    ref: debian-src:7.3.4\n    patches: [${patch}]\npairs:\n  policy: all\nsuites: [memfd]\n`);
  const r = await luqual(['run', m, '--out', out]);
  t.is(r.exitCode, 1, r.all);
  const res = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  t.deepEqual(validateResults(res), []);
  const verdicts = Object.fromEntries(res.pairs.map((p) => [`${p.source.id}->${p.target.id}`, p.verdict]));
  t.deepEqual(verdicts, { 'good->good': 'compatible', 'good->broken': 'error', 'broken->good': 'error', 'broken->broken': 'error' });
  for (const p of res.pairs.filter((x) => x.verdict === 'error')) {
    t.regex(p.reason, /^luqual could not run the pair: kernel broken could not be prepared: make tinyconfig failed \(exit 2\): init\/Kconfig:\d+: syntax error; log: \S+\.build\.log$/);
    t.regex(readFileSync(join(out, p.logs.console), 'utf8'), /unknown statement "this"/);
  }
  t.regex(res.kernels.find((k) => k.id === 'broken')!.obtained, /^could not be prepared: make tinyconfig failed/);
  t.regex(r.stdout, /error: broken -> good: luqual could not run the pair/);
});

test('a guest that hangs is retried, and every attempt is kept', async (t) => {
  const out = mkdtempSync(join(tmpdir(), 'retry-'));
  const m = matrixFile(`kernels:\n  - id: k\n    ref: debian-src:7.3.4\npairs:\n  policy: self\ntimeouts:\n  boot: 1\nretries: 1\n`);
  const r = await luqual(['run', m, '--out', out]);
  // the formats predict compatible: a hang is unexpected and fails the run
  t.is(r.exitCode, 1, r.all);
  t.regex(r.stdout, /unexpected: k -> k: incompatible-hang, predicted compatible/);
  t.regex(r.stderr, /k -> k: incompatible-hang \(no progress in phase boot for 1 s .*\); attempt 2/);
  const p = (JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results).pairs[0]!;
  t.is(p.verdict, 'incompatible-hang');
  t.is(p.attempts?.length, 1);
  t.is(p.attempts![0]!.verdict, 'incompatible-hang');
  t.false(p.flaky);
  t.true(existsSync(join(out, p.attempts![0]!.logs.console)));
  t.true(existsSync(join(out, p.logs.console)));
  t.not(p.logs.console, p.attempts![0]!.logs.console);
});
