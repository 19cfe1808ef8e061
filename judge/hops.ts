// A run's console cut into the pairs it ran. A single pair is a walk of two
// kernels: one hop. Hop i runs kernel i's preserving stage, the kexec and
// kernel i+1's verifying stage; its share of the console is what a single
// pair's console would hold: kernel i's banner (its whole boot log when it
// was booted cold), its preserving stage, and kernel i+1 from its banner to
// the end of its verification. Kernel i's own boot after a kexec, and what it
// logged about the handover it received, belong to the hop before.
import type { ConsoleRecord, Observation, Phase, RunEnd, StageDoc } from './observation.ts';

export interface HopSlice {
  /** [start, end) line ranges of the run's console */
  ranges: Array<[number, number]>;
  /** the target verified and then went on (or, last of the walk, finished) */
  complete: boolean;
  /** the source's preserving document; absent only when hop 0's source never got that far */
  preserve?: StageDoc;
  /** the target's verifying document, when it got that far */
  verify?: StageDoc;
}

/** Slices of the hops that started (those whose source began preserving), and always the first. */
export function hopSlices(c: ConsoleRecord, hops: number): HopSlice[] {
  // documents in run order: each kernel but the first verifies, then each but the last preserves
  const preserving = c.docs.filter((d) => d.stage === 1);
  const out: HopSlice[] = [];
  for (let i = 0; i < hops; i++) {
    const preserve = preserving[i];
    if (!preserve && i > 0) break;
    const onward = preserving[i + 1];
    const end = onward?.line ?? c.lines.length;
    const verify = preserve && c.docs.find((d) => d.stage === 2 && d.line > preserve.line && d.line < end);
    const banner = c.bannerLines[i];
    const ranges: Array<[number, number]> = i === 0 ? [[0, end]] : banner === undefined ? [[preserve!.line, end]] : [[banner, banner + 1], [preserve!.line, end]];
    out.push({ ranges, complete: !!verify && (!!onward || verify.finished), ...(preserve ? { preserve } : {}), ...(verify ? { verify } : {}) });
  }
  return out;
}

const within = (ranges: HopSlice['ranges'], index: number) => ranges.some(([a, b]) => index >= a && index < b);

/** The line numbers of a slice, in order. */
export function sliceLines(ranges: HopSlice['ranges']): number[] {
  return ranges.flatMap(([a, b]) => Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k));
}

/**
 * What hop `hop` of the run observed. `end` is the run's end for the hop the
 * run ended in; a hop the walk went on from ended well, with its target's
 * verification, whatever happened later.
 */
export function observeHop(c: ConsoleRecord, slice: HopSlice, hop: number, end: RunEnd | { kind: 'went-on' }, phase: Phase): Observation {
  const lines = sliceLines(slice.ranges);
  const lastLine = lines.map((i) => c.lines[i]!).reverse().find((l) => l.trim()) ?? '';
  const targetBanner = c.bannerLines[hop + 1] ?? Infinity;
  const handover = c.handover.filter((l) => within(slice.ranges, l.index));
  const panic = c.panic && within(slice.ranges, c.panic.index) ? { line: c.panic.text, killedInit: c.panic.killedInit, inTarget: c.panic.kernel >= hop + 2 } : null;
  return {
    ...(slice.preserve ? { preserve: slice.preserve } : {}),
    ...(slice.verify ? { verify: slice.verify } : {}),
    kernelsStarted: c.bannerLines.filter((b) => within(slice.ranges, b)).length,
    panic,
    handover: handover.map((l) => l.text),
    targetHandover: handover.filter((l) => l.index >= targetBanner).map((l) => l.text),
    lastLine,
    phase,
    end,
  };
}

export interface ObservedHop {
  slice: HopSlice;
  observation: Observation;
  /** the hop the run ended in: the first that did not complete, else the last */
  last: boolean;
}

/**
 * Each hop that started, observed: the run's own end (a hang, QEMU dying,
 * the power-off) belongs to the hop it ended in; the hops before it went on.
 */
export function observeHops(c: ConsoleRecord, hops: number, end: RunEnd, phase: Phase): ObservedHop[] {
  const slices = hopSlices(c, hops);
  const incomplete = slices.findIndex((s) => !s.complete);
  const endedAt = incomplete < 0 ? slices.length - 1 : incomplete;
  return slices.slice(0, endedAt + 1).map((slice, i) => {
    const last = i === endedAt;
    return { slice, last, observation: last ? observeHop(c, slice, i, end, phase) : observeHop(c, slice, i, { kind: 'went-on' }, 'stage2') };
  });
}

/** A single pair's run: the one hop of a walk of two. */
export function observeRun(c: ConsoleRecord, end: RunEnd, phase: Phase): Observation {
  return observeHops(c, 1, end, phase)[0]!.observation;
}

export type PhaseTimes = Partial<Record<Phase, number>> & { total: number };

/**
 * Which hop each phase belongs to, fed the phases in the order the run
 * enters them: a hop begins where its source begins preserving, after the
 * verification before it. Hops count from 0.
 */
export function hopCounter(): (phase: Phase) => number {
  let hop = 0;
  let verified = false;
  return (phase) => {
    if (phase === 'stage1' && verified) {
      hop++;
      verified = false;
    }
    if (phase === 'stage2') verified = true;
    return hop;
  };
}

/** Each hop's phases, from the run's phases in the order entered. */
export function hopTimings(spans: ReadonlyArray<{ phase: Phase; seconds: number }>): PhaseTimes[] {
  const out: PhaseTimes[] = [];
  const hopOf = hopCounter();
  for (const { phase, seconds } of spans) {
    const t = (out[hopOf(phase)] ??= { total: 0 });
    t[phase] = (t[phase] ?? 0) + seconds;
    t.total += seconds;
  }
  return out;
}
