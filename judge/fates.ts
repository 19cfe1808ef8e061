// What became of each handover component of a pair, predicted from the two
// kernels' formats and observed from the run, and the one rule that turns
// fates into the pair's verdict, used for both (README "Fates"). A pair is
// `unexpected` where a component's observed fate is not its predicted one.
import { component, lineage, speaksSame, stringsOf, withHolders, type Component } from './components.ts';
import type { AbiStrings, ComponentFate, Fate, Verdict } from '../schemas/types/results.ts';

/** A preserved item as the target left it, and the component that carried it. */
export interface CarriedItem {
  carrier: string;
  /** the target gave it back (intact or not) */
  back: boolean;
  intact: boolean;
}

export type FateRow = Pick<ComponentFate, 'component' | 'fate' | 'evidence' | 'items' | 'lost'>;

export interface Guess {
  fate: Fate;
  because: string;
}

/** The components the source used (those carrying its preserved items, and what holds them), outermost first. */
export function usedComponents(items: readonly CarriedItem[]): Component[] {
  return withHolders(items.map((i) => i.carrier));
}

/** The components whose format the source's image names that this pair did not use. */
export function unusedComponents(src: AbiStrings | null, used: readonly Component[]): Component[] {
  const names = Object.keys(src ?? {}).filter((f) => src![f]!.length).map((f) => componentOfFamily(f).name);
  return withHolders(names).filter((c) => !used.some((u) => u.name === c.name));
}

function componentOfFamily(family: string): Component {
  for (const name of ['kho', 'luo', 'memblock', 'kho-test']) if (component(name).families.includes(family)) return component(name);
  return component(family);
}

const inherited = (parent: Fate): Fate => (parent === 'panicked' ? 'panicked' : 'dropped');

function heldBy(c: Component, parent: Fate): string {
  return `held by the ${component(c.parent!).label}, which the target ${parent === 'panicked' ? 'panicked on' : parent}`;
}

function guessOne(src: AbiStrings, dst: AbiStrings, c: Component, parent: Guess | undefined): Guess | null {
  if (parent && parent.fate !== 'restored') return { fate: inherited(parent.fate), because: heldBy(c, parent.fate) };
  const s = stringsOf(src, c);
  if (!s.length) return null;
  const t = stringsOf(dst, c);
  if (!t.length) return { fate: 'dropped', because: `the target has no ${c.label} format: it boots without it` };
  if (speaksSame(src, dst, c)) return { fate: 'restored', because: `both speak ${s.join('/')}` };
  const does = c.onMismatch === 'panicked' ? 'cannot read it and panics' : 'refuses it';
  return { fate: c.onMismatch, because: `${c.label} ${s.join('/')} -> ${t.join('/')}: the target ${does}` };
}

/**
 * Each used component's fate as the two kernels' formats predict it. A
 * target that panics gives nothing back to userspace: what it would have
 * restored beside the component it panics on is predicted panicked too.
 */
export function predictFates(src: AbiStrings, dst: AbiStrings, used: readonly Component[]): Map<string, Guess> {
  const out = new Map<string, Guess>();
  for (const c of used) {
    const g = guessOne(src, dst, c, c.parent ? out.get(c.parent) : undefined);
    if (g) out.set(c.name, g);
  }
  const panics = [...out].find(([, g]) => g.fate === 'panicked');
  if (panics) {
    const holders = new Set(lineage(panics[0]).map((c) => c.name));
    for (const [name, g] of out) {
      if (g.fate === 'restored' && !holders.has(name)) out.set(name, { fate: 'panicked', because: `the target panics on the ${component(panics[0]).label} before userspace can take it back` });
    }
  }
  return out;
}

export interface TargetRecord {
  /** the handover lines the target logged */
  log: readonly string[];
  /** why the target never ran the agent (its panic line), or null when it did */
  died: string | null;
  items: readonly CarriedItem[];
  /** the target's formats, when its image was read */
  abi: AbiStrings | null;
  /**
   * the device tree the target booted with holds the handover
   * (/chosen/linux,kho-fdt, arm64): what a target without KHO shows of it,
   * where an x86 one logs "Passed KHO data"
   */
  handoverInDeviceTree?: boolean;
}

function observeOne(c: Component, parent: FateRow | undefined, t: TargetRecord): FateRow {
  const mine = t.items.filter((i) => i.carrier === c.name);
  const count = mine.length ? { items: mine.length, lost: mine.filter((i) => !i.intact).length } : {};
  const row = (fate: Fate, evidence: string): FateRow => ({ component: c.name, fate, evidence, ...count });
  if (parent && parent.fate !== 'restored') return row(inherited(parent.fate), heldBy(c, parent.fate));
  const refused = c.refusedLog && t.log.find((l) => c.refusedLog!.test(l));
  if (refused) return row(t.died ? 'panicked' : 'refused', t.died ? `${refused}, then: ${t.died}` : refused);
  const restoredLine = c.restoredLog && t.log.find((l) => c.restoredLog!.test(l));
  if (t.died) return restoredLine && !mine.length ? row('restored', restoredLine) : row('panicked', t.died);
  const below = t.items.filter((i) => lineage(i.carrier).some((h) => h.name === c.name));
  const back = below.filter((i) => i.back).length;
  if (back) return row('restored', restoredLine ?? `${back} of ${below.length} items came back`);
  if (restoredLine) return row('restored', restoredLine);
  const ignored = c.name === 'kho' && (t.log.find((l) => /Passed KHO data/.test(l)) ?? (t.handoverInDeviceTree && !restoredLine ? 'its device tree held the handover at /chosen/linux,kho-fdt, and it took none of it' : undefined));
  if (ignored) return row('dropped', ignored);
  if (c.restoredLog || (t.abi && !stringsOf(t.abi, c).length)) return row('dropped', `the target logged nothing of the ${c.label} and gave back none of the ${below.length} items it held`);
  // held by a component the target took, unrefused, and nothing came back: lost without a word
  return row('restored', `the target took what holds it, logged no refusal, and gave back none of its ${below.length} items`);
}

/** Each used component's fate as the run showed it, outermost first. */
export function observeFates(used: readonly Component[], t: TargetRecord): FateRow[] {
  const out: FateRow[] = [];
  for (const c of used) out.push(observeOne(c, out.find((r) => r.component === c.parent), t));
  return out;
}

export interface RuleOutcome {
  verdict: Verdict;
  /** the component that decided it */
  decisive?: FateRow;
}

/**
 * The one rule from fates to a pair's verdict, for predictions and
 * observations alike; rows come outermost first, so the decisive component
 * is the outermost one that did it. Which suites ran decides which
 * components are used, never the rule.
 */
export function verdictOfFates(rows: readonly FateRow[], otherTargetFailures = 0): RuleOutcome {
  const first = (p: (r: FateRow) => boolean) => rows.find((r) => r.fate !== 'absent' && p(r));
  const panicked = first((r) => r.fate === 'panicked');
  if (panicked) return { verdict: 'incompatible-panic', decisive: panicked };
  const silent = first((r) => r.fate === 'restored' && (r.lost ?? 0) > 0);
  if (silent) return { verdict: 'data-loss', decisive: silent };
  const clean = first((r) => r.fate === 'refused') ?? first((r) => r.fate === 'dropped');
  if (clean) return { verdict: 'incompatible-clean', decisive: clean };
  return { verdict: otherTargetFailures ? 'data-loss' : 'compatible' };
}

/** The guesses as rows, to run through the rule. */
export function guessedRows(guesses: ReadonlyMap<string, Guess>): FateRow[] {
  return [...guesses].map(([name, g]) => ({ component: name, fate: g.fate, evidence: g.because }));
}

/** The components whose observed fate is not the predicted one: restored with items lost is not "restored". */
export function surprises(observed: readonly FateRow[], predicted: ReadonlyMap<string, Guess>): string[] {
  return observed.filter((r) => {
    const g = predicted.get(r.component);
    return g && (g.fate !== r.fate || (r.fate === 'restored' && (r.lost ?? 0) > 0));
  }).map((r) => r.component);
}
