// Many nights of one matrix, pair by pair: what each night said, how long
// the current verdict has held, when it last changed and with which
// kernels, how often it was flaky. A pair is its two kernel ids, so a
// stable update under an id ("7.3": 7.3.4, then 7.3.5) stays one row.
import { pairKey } from './pair-key.ts';
import type { Results, Verdict } from '../schemas/types/results.ts';

export interface Night {
  /** when the run started */
  startedAt: string;
  /** where its results came from, to link or name */
  source: string;
}

export interface Cell {
  verdict: Verdict;
  flaky: boolean;
  seconds: number;
  /** "7.2.12 -> 7.3.4": the releases that ran under the ids that night */
  releases: string;
  expectationBroken: boolean;
}

export interface HistoryRow {
  source: string;
  target: string;
  /** one per night, oldest first; null where the night did not run the pair */
  cells: Array<Cell | null>;
  /** nights in a row, up to the last, with the last night's verdict */
  streak: number;
  flakyNights: number;
  /** the last night whose verdict differed from the night before that ran the pair */
  lastChange: { night: number; from: Verdict; to: Verdict; releases: string } | null;
}

export interface History {
  nights: Night[];
  rows: HistoryRow[];
}

function cellOf(p: Results['pairs'][number]): Cell {
  return { verdict: p.verdict, flaky: !!p.flaky, seconds: p.timings.total, releases: `${p.source.release} -> ${p.target.release}`, expectationBroken: !!p.expectation && !p.expectation.met };
}

/** The last `last` runs, oldest first, and every pair any of them ran, in the order the newest run lists them. */
export function buildHistory(runs: ReadonlyArray<{ source: string; results: Results }>, last: number): History {
  const kept = [...runs].sort((a, b) => a.results.startedAt.localeCompare(b.results.startedAt)).slice(-last);
  const keys = new Map<string, { source: string; target: string }>();
  for (const r of [...kept].reverse()) for (const p of r.results.pairs) if (!keys.has(pairKey(p.source.id, p.target.id))) keys.set(pairKey(p.source.id, p.target.id), { source: p.source.id, target: p.target.id });
  const byNight = kept.map((r) => new Map(r.results.pairs.map((p) => [pairKey(p.source.id, p.target.id), p])));
  const rows = [...keys].map(([key, ids]): HistoryRow => {
    const cells = byNight.map((m) => (m.has(key) ? cellOf(m.get(key)!) : null));
    const ran = cells.map((c, night) => ({ c, night })).filter((x): x is { c: Cell; night: number } => x.c !== null);
    const lastVerdict = ran.at(-1)?.c.verdict;
    let streak = 0;
    for (const x of [...ran].reverse()) {
      if (x.c.verdict !== lastVerdict) break;
      streak++;
    }
    let lastChange: HistoryRow['lastChange'] = null;
    for (let i = ran.length - 1; i > 0 && !lastChange; i--) {
      if (ran[i]!.c.verdict !== ran[i - 1]!.c.verdict) lastChange = { night: ran[i]!.night, from: ran[i - 1]!.c.verdict, to: ran[i]!.c.verdict, releases: ran[i]!.c.releases };
    }
    return { ...ids, cells, streak, flakyNights: ran.filter((x) => x.c.flaky).length, lastChange };
  });
  return { nights: kept.map((r) => ({ startedAt: r.results.startedAt, source: r.source })), rows };
}
