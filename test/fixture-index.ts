// The recorded consoles of test/fixtures/consoles (fixtures.yaml) and the
// judgement luqual makes of each: shared by the golden test and by
// scripts/record-fixtures.ts, which records them again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { observeHops } from '../judge/hops.ts';
import { judgePair, type Judgement } from '../judge/judge-pair.ts';
import type { AbiStrings } from '../judge/abi.ts';
import type { Phase, RunEnd } from '../judge/observation.ts';
import { carriersOf } from '../suites/registry.ts';
import { ROOT, readConsole } from './helpers.ts';

export const CONSOLES = join(ROOT, 'test', 'fixtures', 'consoles');

export interface Fixture {
  file: string;
  /** kernel names of fixtures.yaml's `kernels`, in the order the run booted them */
  kernels: string[];
  suites: string[];
  /** how QEMU ended the run (default: the guest powered off); a hang's lastLine is the console's */
  end?: Exclude<RunEnd, { kind: 'hang' }> | Omit<Extract<RunEnd, { kind: 'hang' }>, 'lastLine'>;
  phase?: Phase;
  /** what the source's config says about live update */
  capability?: string;
  /** the luqual command that records it again; absent for consoles kept from older agents */
  /** args: a `luqual` command of one pair; walk: a matrix of one walk; matrix + pair: that pair of a matrix, run alone */
  record?: { args?: string[]; env?: Record<string, string>; walk?: string; matrix?: string; pair?: string };
}

export interface FixtureIndex {
  kernels: Record<string, AbiStrings>;
  fixtures: Fixture[];
}

export function loadFixtures(): FixtureIndex {
  return parse(readFileSync(join(CONSOLES, 'fixtures.yaml'), 'utf8')) as FixtureIndex;
}

export function goldenFile(f: Fixture): string {
  return join(CONSOLES, 'golden', f.file.replace(/\.log$/, '.json'));
}

/** Each hop's judgement (one for a single pair), as luqual makes it of this console. */
export function judgeFixture(index: FixtureIndex, f: Fixture): Judgement[] {
  const c = readConsole(readFileSync(join(CONSOLES, f.file), 'latin1'), 4096, f.suites);
  const end: RunEnd = f.end?.kind === 'hang' ? { ...f.end, lastLine: c.lastLine } : (f.end ?? { kind: 'exited', code: 0, stderr: '' });
  const kernel = (i: number) => ({ id: f.kernels[i]!, abi: index.kernels[f.kernels[i]!] ?? null });
  return observeHops(c, f.kernels.length - 1, end, f.phase ?? 'shutdown').map(({ observation: o }, i) => {
    const source = { ...kernel(i), ...(i === 0 && f.capability ? { capabilityWhy: f.capability } : {}) };
    return judgePair(o, source, kernel(i + 1), { run: f.suites, carriers: carriersOf(f.suites) });
  });
}
