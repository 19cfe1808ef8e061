import test from 'ava';
import { hopRun, hopSlices } from '../judge/hops.ts';
import { decide } from '../judge/verdict.ts';
import { fixture, runOf } from './helpers.ts';

// a real walk 7.2 -> 7.3 -> 7.2 -> 7.1 (memfd suite), see fixtures/consoles/README.md
const WALK = fixture('walk-7.2-7.3-7.2-7.1.log');
const KERNELS = ['7.2', '7.3', '7.2', '7.1'];

function hops() {
  const run = runOf(WALK);
  const lines = WALK.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const slices = hopSlices(run.console, lines.length, KERNELS.length - 1);
  return slices.map((slice, i) => ({ slice, ...hopRun(run, slice, lines, ['memfd'], { total: 1 }, i === slices.length - 1) }));
}

test('a recorded walk cuts into one slice per hop, each decided as its pair would be alone', (t) => {
  const h = hops();
  t.is(h.length, 3);
  t.true(h.every((x) => x.slice.complete));
  const verdicts = h.map((x, i) => decide(x.run, ['memfd'], { source: KERNELS[i]!, target: KERNELS[i + 1]! }).verdict);
  t.deepEqual(verdicts, ['compatible', 'compatible', 'incompatible-clean']);
});

test("each hop holds its source's banner, its preserving stage and its target's verification, nothing of the hop before", (t) => {
  const [first, second, third] = hops();
  t.regex(first!.text, /^Linux version 7\.2\.12 /);
  t.regex(second!.text, /^Linux version 7\.3\.4 /);
  t.regex(third!.text, /^Linux version 7\.2\.12 /);
  for (const x of [first!, second!, third!]) {
    t.is(x.run.console.stage(1)?.suites.length, 1);
    t.truthy(x.run.console.stage(2));
  }
  // the second hop's target counts the second live update of the walk
  t.true(second!.run.console.handoverLines.some((l) => /liveupdate number: 2$/.test(l)));
  t.false(second!.text.includes('liveupdate number: 1\n'));
  t.regex(third!.text, /is incompatible with 'kho-v3'/);
});
