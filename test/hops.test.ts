import test from 'ava';
import { hopSlices, observeHop, observeHops, observeRun, sliceLines } from '../judge/hops.ts';
import { decide } from '../judge/verdict.ts';
import { carriersOf } from '../suites/registry.ts';
import { fixture, readConsole } from './helpers.ts';

// a real walk 7.2 -> 7.3 -> 7.2 -> 7.1 (memfd suite), see fixtures/consoles/README.md
const WALK = fixture('walk-7.2-7.3-7.2-7.1.log');
const KERNELS = ['7.2', '7.3', '7.2', '7.1'];

function hops() {
  const c = readConsole(WALK);
  const slices = hopSlices(c, KERNELS.length - 1);
  return slices.map((slice, i) => {
    const last = i === slices.length - 1;
    const o = observeHop(c, slice, i, last ? { kind: 'exited', code: 0, stderr: '' } : { kind: 'went-on' }, last ? 'shutdown' : 'stage2');
    return { slice, o, text: sliceLines(slice.ranges).map((n) => c.raw[n]).join('\n') };
  });
}

test('a recorded walk cuts into one slice per hop, each decided as its pair would be alone', (t) => {
  const h = hops();
  t.is(h.length, 3);
  t.true(h.every((x) => x.slice.complete));
  const verdicts = h.map((x, i) => decide(x.o, ['memfd'], { source: KERNELS[i]!, target: KERNELS[i + 1]!, carriers: carriersOf(['memfd']) }).verdict);
  t.deepEqual(verdicts, ['compatible', 'compatible', 'incompatible-clean']);
});

test("each hop holds its source's banner, its preserving stage and its target's verification, nothing of the hop before", (t) => {
  const [first, second, third] = hops();
  t.regex(first!.text, /^Linux version 7\.2\.12 /);
  t.regex(second!.text, /^Linux version 7\.3\.4 /);
  t.regex(third!.text, /^Linux version 7\.2\.12 /);
  for (const x of [first!, second!, third!]) {
    t.is(x.o.preserve?.suites.length, 1);
    t.is(x.o.preserve?.stage, 1);
    t.is(x.o.verify?.stage, 2);
    t.is(x.o.kernelsStarted, 2);
  }
  // each hop's documents are its own: the source's preserving stage is a different one each time
  t.deepEqual(hops().map((x) => x.o.preserve!.line), [...new Set(hops().map((x) => x.o.preserve!.line))]);
  // the second hop's target counts the second live update of the walk
  t.true(second!.o.handover.some((l) => /liveupdate number: 2$/.test(l)));
  t.false(second!.o.handover.some((l) => /liveupdate number: 1$/.test(l)));
  t.false(second!.text.includes('liveupdate number: 1\n'));
  t.regex(third!.text, /is incompatible with 'kho-v3'/);
});

test('a single pair is one hop holding the whole console', (t) => {
  const c = readConsole(fixture('7.3.4-to-7.3.4-compatible.log'));
  const o = observeRun(c, { kind: 'exited', code: 0, stderr: '' }, 'shutdown');
  t.deepEqual(hopSlices(c, 1)[0]!.ranges, [[0, c.lines.length]]);
  t.is(o.preserve, c.docs[0]);
  t.is(o.verify, c.docs[1]);
  t.is(o.handover.length, c.handover.length);
  t.is(o.lastLine, c.lastLine);
});

test('a panic belongs to the hop whose console holds it, and to the kernel that printed it', (t) => {
  // the walk cut after the third kernel's banner, with a panic there
  const cut = WALK.indexOf('Linux version 7.2.12', WALK.indexOf('Linux version 7.3.4'));
  const c = readConsole(WALK.slice(0, cut) + 'Linux version 7.2.12 (x)\nKernel panic - not syncing: luo: The incoming tree failed\n');
  const slices = hopSlices(c, 3);
  t.is(slices.length, 2);
  const first = observeHop(c, slices[0]!, 0, { kind: 'went-on' }, 'stage2');
  const second = observeHop(c, slices[1]!, 1, { kind: 'exited', code: 0, stderr: '' }, 'panic');
  t.is(first.panic, null);
  t.deepEqual(second.panic, { line: 'Kernel panic - not syncing: luo: The incoming tree failed', killedInit: false, inTarget: true });
  t.is(decide(second, ['memfd'], { source: '7.3', target: '7.2', carriers: carriersOf(['memfd']) }).verdict, 'incompatible-panic');
  t.regex(decide(second, ['memfd'], { source: '7.3', target: '7.2', carriers: carriersOf(['memfd']) }).reason, /^the target 7\.2 kernel panicked/);
});

test("a result line lost in a walk's middle hop makes that hop's report unreadable, as it would alone (real log, edited)", (t) => {
  // the second kernel's verifying document: "ok 4 odd-size" of its memfd subtest
  const second = WALK.indexOf('# luqual: agent=2 stage=2 boot=2');
  const lost = WALK.indexOf('    ok 4 odd-size\n', second);
  const c = readConsole(WALK.slice(0, lost) + WALK.slice(lost + '    ok 4 odd-size\n'.length));
  const hops = observeHops(c, 3, { kind: 'exited', code: 0, stderr: '' }, 'shutdown');
  const d = decide(hops[0]!.observation, ['memfd'], { source: '7.2', target: '7.3', carriers: carriersOf(['memfd']) });
  t.is(d.verdict, 'error');
  t.regex(d.reason, /the target 7\.3's memfd suite planned 10 tests and reported 9/);
});

test('a stale agent is luqual\'s error even when the run then hangs, never a kernel verdict (real log, edited)', (t) => {
  const log = fixture('7.3.4-to-7.3.4-compatible.log').replace('# luqual: agent=2 stage=1', '# luqual: agent=9 stage=1');
  const c = readConsole(log);
  const o = observeRun(c, { kind: 'hang', phase: 'stage2', seconds: 5, lastLine: 'x' }, 'stage2');
  t.is(decide(o, ['memfd'], { source: 'A', target: 'B', carriers: carriersOf(['memfd']) }).verdict, 'error');
});
