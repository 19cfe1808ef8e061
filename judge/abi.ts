// The handover formats of a pair side by side, and the sentence that
// explains an outcome by the component that decided it (judge/fates.ts) and
// its two strings. The strings come from the two kernels (their images)
// and from what the run logged (README "Handover formats").
import { component, familyStrings, type Component } from './components.ts';
import type { FateRow } from './fates.ts';
import type { AbiRow, AbiStrings, Verdict } from '../schemas/types/results.ts';

/** family -> the strings of that family a kernel speaks ("luo" -> ["luo-v5"]) */
export type { AbiStrings };

/** Outermost first: a mismatch further out decides before one further in. */
const LAYERS = ['kho', 'luo', 'luo-session', 'luo-flb', 'memfd'];

// a Map: a family named "constructor" must not find Object's
const LABELS = new Map([
  ['kho', 'KHO'],
  ['luo', 'LUO'],
  ['luo-session', 'LUO sessions'],
  ['luo-flb', 'LUO FLB'],
  ['memfd', 'memfd handler'],
]);

export function label(family: string): string {
  return LABELS.get(family) ?? family;
}

function order(a: string, b: string): number {
  const ia = LAYERS.indexOf(a);
  const ib = LAYERS.indexOf(b);
  return (ia < 0 ? LAYERS.length : ia) - (ib < 0 ? LAYERS.length : ib) || a.localeCompare(b);
}

export function abiTable(src: AbiStrings | null, dst: AbiStrings | null, evidence: readonly string[]): AbiRow[] {
  const families = [...new Set([...Object.keys(src ?? {}), ...Object.keys(dst ?? {})])].sort(order);
  return families.map((family): AbiRow => {
    const s = familyStrings(src, family);
    const t = familyStrings(dst, family);
    const status: AbiRow['status'] = !s.length ? 'absent-on-source' : !t.length ? 'absent-on-target' : s.some((x) => t.includes(x)) ? 'match' : 'mismatch';
    const strings = [...s, ...t];
    const lines = evidence.filter((l) => strings.some((x) => l.includes(`'${x}'`) || l.includes(` ${x}`) || l.includes(`${x})`)));
    return { component: family, source: [...s], target: [...t], status, evidence: lines };
  });
}

export function has(a: AbiStrings, family: string): boolean {
  return familyStrings(a, family).length > 0;
}

/** What a target did with the component, as the explanation says it. */
function consequence(c: Component, fate: FateRow['fate'], verdict: Verdict): string {
  if (verdict === 'incompatible-hang') return 'the target stopped making progress';
  if (c.name === 'kho') return fate === 'dropped' ? 'the target has no KHO and booted without the handover' : 'the target refused the handover and booted without it';
  if (fate === 'panicked') return 'the target could not read it and panicked';
  if (c.parent === 'luo') return 'the target has no handler for the preserved files and dropped them';
  return `the target ${fate === 'refused' ? 'refused' : 'booted without'} it`;
}

/**
 * One sentence naming the component that decided a verdict and its two
 * strings; where no format differs, it says so: such a verdict is not an
 * ABI mismatch.
 */
export function explain(verdict: Verdict, decisive: FateRow | undefined, rows: readonly AbiRow[], used: readonly Component[]): string | null {
  if (verdict === 'compatible' || verdict === 'error') return null;
  if (verdict === 'unsupported') {
    const luo = rows.find((r) => r.component === 'luo');
    return !luo || luo.status === 'absent-on-source' ? 'the source has no LUO (no luo-vN format in its image): it cannot start a live update' : null;
  }
  const c = decisive && component(decisive.component);
  const own = c ? rows.filter((r) => c.families.includes(r.component) && r.status !== 'absent-on-source') : [];
  const differs = own.find((r) => r.status === 'mismatch' || r.status === 'absent-on-target');
  if (!c || !differs || (decisive.fate === 'restored')) {
    const shown = rows.filter((r) => r.status === 'match' && used.some((u) => u.families.includes(r.component)));
    return `no handover format differs (${shown.map((r) => `${label(r.component)} ${r.source.join('/')}`).join(', ')} on both sides): this is not an ABI mismatch`;
  }
  return `${label(differs.component)} ${differs.source.join('/')} -> ${differs.target.length ? differs.target.join('/') : 'none'}: ${consequence(c, decisive.fate, verdict)}`;
}
