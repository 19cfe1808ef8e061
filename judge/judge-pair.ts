// A pair judged whole: the verdict decided from what it observed, each
// component's fate beside the one its formats predict (an `unexpected` pair
// is one where a component fared otherwise), the handover formats of its
// two kernels side by side, the sentence that explains the outcome, and the
// live update counts the target logged. The same for a single pair and for
// a hop of a walk.
import { abiTable, explain, has, type AbiStrings } from './abi.ts';
import { withHolders, type Component } from './components.ts';
import { guessedRows, predictFates, surprises, unusedComponents, verdictOfFates, type FateRow, type Guess } from './fates.ts';
import { decide, type Decision } from './verdict.ts';
import type { Observation } from './observation.ts';
import type { ComponentFate, Pair, Prediction } from '../schemas/types/results.ts';

export interface JudgedKernel {
  id: string;
  abi: AbiStrings | null;
  /** what its config says about live update, to explain `unsupported` */
  capabilityWhy?: string;
}

export type Judgement = Omit<Decision, 'fates'> & Pick<Pair, 'evidence' | 'abi' | 'explanation' | 'prediction' | 'fates' | 'liveupdateNumber' | 'khoExecCount'>;

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

/** The suites the pair ran, and the handover component that carries each item they preserve. */
export interface JudgedSuites {
  run: readonly string[];
  carriers: Readonly<Record<string, string>>;
}

interface Predicted {
  prediction: Omit<Prediction, 'unexpected'>;
  guesses: ReadonlyMap<string, Guess>;
  decisive?: FateRow;
}

/** The verdict the two kernels' formats lead to, by the same rule as the observed one. */
export function predictPair(src: AbiStrings, dst: AbiStrings, used: readonly Component[]): Predicted {
  if (!has(src, 'luo')) return { prediction: { verdict: 'unsupported', because: 'the source has no LUO: it cannot start a live update' }, guesses: new Map() };
  const guesses = predictFates(src, dst, used);
  const { verdict, decisive } = verdictOfFates(guessedRows(guesses));
  const because = decisive ? guesses.get(decisive.component)!.because : 'every handover format of the source is one the target speaks';
  return { prediction: { verdict, because }, guesses, ...(decisive ? { decisive } : {}) };
}

/** The observed fates beside the predicted ones, and the components the source's formats name that this pair did not use. */
function fateTable(observed: readonly FateRow[], guesses: ReadonlyMap<string, Guess>, src: AbiStrings | null, used: readonly Component[]): ComponentFate[] {
  const rows: ComponentFate[] = observed.map((r) => {
    const g = guesses.get(r.component);
    return g ? { ...r, predicted: g.fate, because: g.because } : { ...r };
  });
  const absent = unusedComponents(src, used).map((c): ComponentFate => ({ component: c.name, fate: 'absent', evidence: 'the source carried nothing of it that this pair checks' }));
  return [...rows, ...absent];
}

export function judgePair(o: Observation, source: JudgedKernel, target: JudgedKernel, suites: JudgedSuites): Judgement {
  const names = { source: source.id, target: target.id, targetAbi: target.abi, carriers: suites.carriers, ...(source.capabilityWhy ? { sourceCapability: source.capabilityWhy } : {}) };
  const { fates, ...d } = decide(o, suites.run, names);
  const evidence = o.handover.slice(0, EVIDENCE_LINES);
  const abi = abiTable(source.abi, target.abi, evidence);
  const out: Judgement = { ...d, evidence, abi, ...repeatCounts(evidence) };
  // without observed fates (a hang, a source that could not start), the components the suites would have used
  const used = fates ? withHolders(fates.map((r) => r.component)) : withHolders(Object.values(suites.carriers));
  const predicted = source.abi && target.abi ? predictPair(source.abi, target.abi, used) : null;
  if (fates) out.fates = fateTable(fates, predicted?.guesses ?? new Map(), source.abi, used);
  const explanation = explain(d.verdict, (fates && verdictOfFates(fates).decisive) ?? predicted?.decisive, abi, used);
  if (explanation) out.explanation = explanation;
  // an error is luqual's or the host's, not an outcome to hold a prediction to
  if (predicted && d.verdict !== 'error') {
    const differ = fates ? surprises(fates, predicted.guesses) : [];
    out.prediction = { ...predicted.prediction, unexpected: differ.length > 0 || predicted.prediction.verdict !== d.verdict, ...(differ.length ? { components: differ } : {}) };
  }
  return out;
}
