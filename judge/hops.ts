// A walk's console cut into its hops. Hop i runs kernel i's preserving
// stage, the kexec and kernel i+1's verifying stage; its slice is what a
// single pair's console would hold: kernel i's banner (its boot log when it
// was booted cold), its preserving stage, and kernel i+1 from its banner to
// the end of its verification. Kernel i's own boot after a kexec, and what
// it logged about the handover it received, belong to the hop before.
import { ConsoleReader, type StageDoc } from '../runners/console.ts';
import type { BootRunResult, Phase } from '../runners/boot-run.ts';

export interface HopSlice {
  /** [start, end) line ranges of the walk's console */
  ranges: Array<[number, number]>;
  /** the target verified and then went on (or, last of the walk, finished) */
  complete: boolean;
  /** the target's verifying document, when it got that far */
  verify?: StageDoc;
}

/** Slices of the hops that started (those whose source began preserving) and always the first. */
export function hopSlices(c: ConsoleReader, lineCount: number, hops: number): HopSlice[] {
  const doc = (kernel: number, stage: number) => c.docs.find((d) => d.kernel === kernel && d.stage === stage);
  const out: HopSlice[] = [];
  for (let i = 0; i < hops; i++) {
    // kernels count from 1 in the reader: hop i runs kernel i+1 into kernel i+2
    const preserve = doc(i + 1, 1);
    if (!preserve && i > 0) break;
    const verify = doc(i + 2, 2);
    const onward = doc(i + 2, 1);
    const end = onward?.line ?? lineCount;
    const banner = c.bannerLines[i];
    const ranges: Array<[number, number]> = i === 0 || banner === undefined ? [[0, end]] : [[banner, banner + 1], [preserve!.line, end]];
    out.push({ ranges, complete: !!verify && (!!onward || verify.finished), ...(verify ? { verify } : {}) });
  }
  return out;
}

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

/** Each hop's phases, from the run's phases in order. */
export function hopTimings(spans: BootRunResult['spans']): Array<BootRunResult['timings']> {
  const out: Array<BootRunResult['timings']> = [];
  const hopOf = hopCounter();
  for (const { phase, seconds } of spans) {
    const t = (out[hopOf(phase)] ??= { total: 0 });
    t[phase] = (t[phase] ?? 0) + seconds;
    t.total += seconds;
  }
  return out;
}

/** One hop's console, read again on its own, and the run as a single pair of it would have ended. */
export function hopRun(run: BootRunResult, slice: HopSlice, lines: readonly string[], suites: readonly string[], timings: BootRunResult['timings'], last: boolean): { run: BootRunResult; text: string } {
  const reader = new ConsoleReader(new Set(suites));
  const text: string[] = [];
  for (const [a, b] of slice.ranges) for (let i = a; i < b; i++) {
    reader.writeLine(lines[i]!);
    text.push(lines[i]!);
  }
  reader.end();
  // the run's own end belongs to the hop it ended in; earlier hops went on
  const ended: Pick<BootRunResult, 'phase' | 'hang' | 'exit' | 'aborted'> = last
    ? run
    : { phase: 'stage2', hang: null, exit: { code: 0, signal: null, spawnError: null, qemuStderr: '' }, aborted: false };
  return { run: { ...ended, console: reader, timings, spans: [] }, text: text.join('\n') + '\n' };
}
