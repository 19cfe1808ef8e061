// A pair judged whole: the verdict decided from what it observed, the
// handover formats of its two kernels side by side, the verdict those
// formats predict (an `unexpected` pair is one whose kernels did otherwise),
// the sentence that explains the outcome, and the live update counts the
// target logged. The same for a single pair and for a hop of a walk.
import { abiTable, explain, predict, type AbiStrings } from './abi.ts';
import { decide, type Decision } from './verdict.ts';
import type { Observation } from './observation.ts';
import type { Pair } from '../schemas/types/results.ts';

export interface JudgedKernel {
  id: string;
  abi: AbiStrings | null;
  /** what its config says about live update, to explain `unsupported` */
  capabilityWhy?: string;
}

export type Judgement = Decision & Pick<Pair, 'evidence' | 'abi' | 'explanation' | 'prediction' | 'liveupdateNumber' | 'khoExecCount'>;

/** Kernel lines kept as a pair's evidence */
const EVIDENCE_LINES = 50;

/** How many live updates the target counts, as its kernel logged them. */
function repeatCounts(evidence: readonly string[]): Pick<Pair, 'liveupdateNumber' | 'khoExecCount'> {
  const out: Pick<Pair, 'liveupdateNumber' | 'khoExecCount'> = {};
  for (const l of evidence) {
    const luo = /^luo: Retrieved live update data, liveupdate number: (\d+)/.exec(l);
    const kho = /^KHO: exec from: .* \(count (\d+)\)/.exec(l);
    if (luo) out.liveupdateNumber = Number(luo[1]);
    if (kho) out.khoExecCount = Number(kho[1]);
  }
  return out;
}

/** The suites the pair ran, and the handover components that carry what they preserve. */
export interface JudgedSuites {
  run: readonly string[];
  components: readonly string[];
}

export function judgePair(o: Observation, source: JudgedKernel, target: JudgedKernel, suites: JudgedSuites): Judgement {
  const d = decide(o, suites.run, { source: source.id, target: target.id, ...(source.capabilityWhy ? { sourceCapability: source.capabilityWhy } : {}) });
  const evidence = o.handover.slice(0, EVIDENCE_LINES);
  const abi = abiTable(source.abi, target.abi, evidence);
  const out: Judgement = { ...d, evidence, abi, ...repeatCounts(evidence) };
  const explanation = explain(d.verdict, abi, suites.components);
  if (explanation) out.explanation = explanation;
  const predicted = predict(source.abi, target.abi, suites.components);
  // an error is luqual's or the host's, not an outcome to hold a prediction to
  if (predicted && d.verdict !== 'error') out.prediction = { ...predicted, unexpected: predicted.verdict !== d.verdict };
  return out;
}
