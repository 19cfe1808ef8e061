// The gate a fleet runs on the real host just before kexec: is the pair of
// images it is about to live-update between one that a luqual run showed
// compatible? Kernels are matched by their image's content (results.json
// records each image's SHA-256), never by name: a rebuilt "7.3.4" is
// another kernel. Only a run counts as qualification; the formats'
// prediction only says why an unrun pair would likely fail.
import { predictPair } from './judge-pair.ts';
import { unusedComponents } from './fates.ts';
import type { AbiStrings, Pair, Results, Verdict } from '../schemas/types/results.ts';

/** A kernel image on the host, read but not booted. */
export interface GateImage {
  sha256: string;
  release: string;
  abi: AbiStrings | null;
}

/** A qualification run's results, and the file they came from (how the answer cites them). */
export interface QualificationRun {
  file: string;
  results: Results;
}

/** One run of the exact pair of images. */
export interface GateEvidence {
  results: string;
  /** when the pair ran */
  startedAt: string;
  source: string;
  target: string;
  verdict: Verdict;
  reason: string;
  /** why this run does not qualify the pair, though its verdict may be compatible */
  objection: string | null;
}

export interface GateAnswer {
  qualified: boolean;
  /** the answer in one line */
  line: string;
  runs: GateEvidence[];
  prediction: { verdict: Verdict; because: string } | null;
}

/**
 * What the gate predicts for: the workload's state, which LUO carries (its
 * sessions and file handlers, inside KHO). KHO's other users (its self-test,
 * reserve_mem) are the kernel's own and no workload loses anything by them.
 */
function workloadPrediction(src: AbiStrings, dst: AbiStrings): GateAnswer['prediction'] {
  const used = unusedComponents(src, []).filter((c) => c.name === 'kho' || c.name === 'luo' || c.parent === 'luo');
  return predictPair(src, dst, used).prediction;
}

function objection(p: Pair): string | null {
  if (p.verdict !== 'compatible') return null;
  if (p.flaky) return `compatible only after ${p.attempts?.length ?? 0} failed attempt(s), the first ${p.attempts?.[0]?.verdict ?? 'unknown'}`;
  if (p.heirloomsLost) return `state carried from an earlier kernel was lost on this hop (${p.heirloomsLost.evidence})`;
  return null;
}

function runsOfPair(from: GateImage, to: GateImage, run: QualificationRun): GateEvidence[] {
  const hash = new Map(run.results.kernels.map((k) => [k.id, k.sha256]));
  return run.results.pairs
    .filter((p) => hash.get(p.source.id) === from.sha256 && hash.get(p.target.id) === to.sha256)
    .map((p) => ({
      results: run.file,
      startedAt: p.startedAt ?? run.results.startedAt,
      source: p.source.id,
      target: p.target.id,
      verdict: p.verdict,
      reason: p.reason,
      objection: objection(p),
    }));
}

const cite = (e: GateEvidence) => `on ${e.startedAt.slice(0, 10)} by ${e.results} (${e.source} -> ${e.target})`;

function neverRun(prediction: GateAnswer['prediction'], runs: readonly QualificationRun[]): string {
  const unhashed = runs.filter((r) => r.results.kernels.every((k) => !k.sha256)).map((r) => r.file);
  const note = unhashed.length ? `; ${unhashed.join(', ')} record no image hashes (written before luqual recorded them): run them again` : '';
  if (!prediction) return `not qualified: this pair was never run (and the formats of its images could not be read)${note}`;
  if (prediction.verdict !== 'compatible') return `not qualified: predicted ${prediction.verdict}: ${prediction.because}${note}`;
  return `not qualified: this pair was never run (its formats predict compatible)${note}`;
}

/**
 * The gate's answer for live-updating `from` into `to`: qualified only when
 * every run of exactly these two images was compatible, with nothing
 * against it (a flaky result, state lost when handed on).
 */
export function gate(from: GateImage, to: GateImage, runs: readonly QualificationRun[]): GateAnswer {
  const evidence = runs.flatMap((r) => runsOfPair(from, to, r)).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  const prediction = from.abi && to.abi ? workloadPrediction(from.abi, to.abi) : null;
  const answer = (qualified: boolean, line: string): GateAnswer => ({ qualified, line, runs: evidence, prediction });
  if (!evidence.length) return answer(false, neverRun(prediction, runs));
  const against = evidence.find((e) => e.verdict !== 'compatible' || e.objection);
  const others = evidence.length > 1 ? ` (${evidence.length} runs of this pair)` : '';
  if (!against) return answer(true, `qualified compatible ${cite(evidence[0]!)}${others}`);
  const why = against.objection ?? against.reason;
  return answer(false, `not qualified: ${against.verdict} ${cite(against)}: ${why}${others}`);
}
