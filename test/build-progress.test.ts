// A kernel build's progress: counted from kbuild's own output lines, the
// estimate from the last build of its kind, and how often a person (or a
// CI log) is told.
import test from 'ava';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildMeter } from '../kernels/build-meter.ts';
import { liveConsole } from '../reports/live-console.ts';

function clockAt() {
  let t = 0;
  return { set: (v: number) => (t = v), now: () => t };
}

test('objects are counted from kbuild lines; the time left is the pace so far over what the last build of that kind made', (t) => {
  const cache = mkdtempSync(join(tmpdir(), 'meter-'));
  const clock = clockAt();
  const said: string[] = [];
  const first = new BuildMeter('debian-src:7.3.4', 'cold 7.3', cache, (m) => said.push(m), clock.now);
  first.enter('compile');
  for (let i = 0; i < 100; i++) first.line(`  CC      kernel/f${i}.o`);
  first.line('make[2]: Entering directory');
  first.line('  LD      vmlinux.o');
  t.regex(first.status(), /^debian-src:7\.3\.4: link, 101 objects \(0s\)$/, 'no estimate without an earlier build');
  clock.set(200_000);
  first.finish();
  t.is(said.at(-1), 'debian-src:7.3.4: built in 3m20s (101 objects)');
  t.deepEqual(JSON.parse(readFileSync(join(cache, 'build-times.json'), 'utf8')), { 'cold 7.3': { objects: 101 } });

  clock.set(0);
  const next = new BuildMeter('debian-src:7.3.4', 'cold 7.3', cache, () => {}, clock.now);
  next.enter('compile');
  for (let i = 0; i < 50; i++) next.line(`  CC      kernel/f${i}.o`);
  clock.set(60_000);
  t.is(next.status(), 'debian-src:7.3.4: compile, 50 of about 101 objects, about 1m01s left (1m00s)');
  t.regex(new BuildMeter('x', 'incremental 7.3', cache, () => {}, clock.now).status(), /^x: download/, 'another kind has no estimate');
});

test('the meter tells at most once a second while compiling, and at once on a new phase', (t) => {
  const clock = clockAt();
  const said: string[] = [];
  const m = new BuildMeter('k', 'cold 7.3', mkdtempSync(join(tmpdir(), 'meter-')), (x) => said.push(x), clock.now);
  m.enter('unpack');
  clock.set(5000);
  m.enter('compile');
  for (let i = 0; i < 10; i++) m.line('  CC      a.o');
  clock.set(6500);
  m.line('  CC      b.o');
  t.deepEqual(said, ['k: unpack (0s)', 'k: compile, 0 objects (5s)', 'k: compile, 11 objects (7s)']);
});

test('in a log, a live status is written at most every 30 s; other messages always', (t) => {
  let now = 0;
  const lines: string[] = [];
  const say = liveConsole({ write: (s: string) => (lines.push(s), true), isTTY: false, columns: 80 }, () => now);
  say('building', { live: true });
  now = 29_999;
  say('still building', { live: true });
  say('a note');
  now = 30_000;
  say('building on', { live: true });
  t.deepEqual(lines, ['luqual: building\n', 'luqual: a note\n', 'luqual: building on\n']);
});

test('on a terminal, the live status is redrawn in place and a note takes a line of its own', (t) => {
  const prev = process.env.CI;
  delete process.env.CI;
  try {
    const out: string[] = [];
    const say = liveConsole({ write: (s: string) => (out.push(s), true), isTTY: true, columns: 20 });
    say('compile, 1 objects', { live: true });
    say('compile, 2 objects and a long tail', { live: true });
    say('built');
    t.is(out.join(''), 'luqual: compile, 1 \r\x1b[2Kluqual: compile, 2 \r\x1b[2Kluqual: built\n');
  } finally {
    if (prev !== undefined) process.env.CI = prev;
  }
});
