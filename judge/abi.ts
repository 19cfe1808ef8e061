// The handover formats of a pair side by side, the verdict they predict,
// and the sentence that explains an outcome. The strings come from the two
// kernels (their images) and from what the run logged; what is fixed here
// is only the handover's structure (the KHO root holds LUO, LUO holds its
// sessions and file handlers) and what a target does with each kind of
// mismatch: a different KHO root is refused and the target boots cold, a
// different LUO format panics it, a file handler it lacks drops the session
// (the kernel's kexec_handover.c and liveupdate/ code; README "Handover
// formats").
import type { AbiRow, Prediction, Verdict } from '../schemas/types/results.ts';

/** family -> the strings of that family a kernel speaks ("luo" -> ["luo-v5"]) */
export type AbiStrings = Record<string, string[]>;

/** Outermost first: a mismatch further out decides before one further in. */
const LAYERS = ['kho', 'luo', 'luo-session', 'luo-flb', 'memfd'];
/** The layers every live update goes through; the rest carry what suites preserve (their manifests' `components`). */
const CORE = LAYERS.slice(0, 4);

const LABELS: Record<string, string> = {
  kho: 'KHO',
  luo: 'LUO',
  'luo-session': 'LUO sessions',
  'luo-flb': 'LUO FLB',
  memfd: 'memfd handler',
};

export function label(family: string): string {
  return LABELS[family] ?? family;
}

function order(a: string, b: string): number {
  const ia = LAYERS.indexOf(a);
  const ib = LAYERS.indexOf(b);
  return (ia < 0 ? LAYERS.length : ia) - (ib < 0 ? LAYERS.length : ib) || a.localeCompare(b);
}

export function abiTable(src: AbiStrings | null, dst: AbiStrings | null, evidence: readonly string[]): AbiRow[] {
  const families = [...new Set([...Object.keys(src ?? {}), ...Object.keys(dst ?? {})])].sort(order);
  return families.map((family): AbiRow => {
    const s = src?.[family] ?? [];
    const t = dst?.[family] ?? [];
    const status: AbiRow['status'] = !s.length ? 'absent-on-source' : !t.length ? 'absent-on-target' : s.some((x) => t.includes(x)) ? 'match' : 'mismatch';
    const strings = [...s, ...t];
    const lines = evidence.filter((l) => strings.some((x) => l.includes(`'${x}'`) || l.includes(` ${x}`) || l.includes(`${x})`)));
    return { component: family, source: s, target: t, status, evidence: lines };
  });
}

function has(a: AbiStrings, family: string): boolean {
  return !!a[family]?.length;
}

function same(a: AbiStrings, b: AbiStrings, family: string): boolean {
  return (a[family] ?? []).some((x) => (b[family] ?? []).includes(x));
}

function pairText(a: AbiStrings, b: AbiStrings, family: string): string {
  return `${label(family)} ${(a[family] ?? ['none']).join('/')} -> ${(b[family] ?? ['none']).join('/')}`;
}

/** The verdict the two kernels' formats lead to, before the pair runs. */
export function predict(src: AbiStrings | null, dst: AbiStrings | null, components: readonly string[]): Omit<Prediction, 'unexpected'> | null {
  if (!src || !dst) return null;
  if (!has(src, 'luo')) return { verdict: 'unsupported', because: 'the source has no LUO: it cannot start a live update' };
  if (!has(dst, 'kho')) return { verdict: 'incompatible-clean', because: 'the target has no KHO: it ignores the handover' };
  if (!same(src, dst, 'kho')) return { verdict: 'incompatible-clean', because: `${pairText(src, dst, 'kho')}: the target refuses the handover and boots without it` };
  if (!has(dst, 'luo')) return { verdict: 'incompatible-clean', because: 'the target has no LUO: it ignores the LUO state' };
  for (const f of ['luo', 'luo-session', 'luo-flb']) {
    if (has(src, f) && !same(src, dst, f)) return { verdict: 'incompatible-panic', because: `${pairText(src, dst, f)}: the target cannot read the LUO state and panics` };
  }
  for (const f of components.filter((c) => has(src, c))) {
    if (!same(src, dst, f)) return { verdict: 'incompatible-clean', because: `${pairText(src, dst, f)}: the target has no handler for the preserved files and drops the session` };
  }
  return { verdict: 'compatible', because: 'every handover format of the source is one the target speaks' };
}

const CONSEQUENCE: Partial<Record<Verdict, string>> = {
  'incompatible-clean': 'the target refused the handover and booted without it',
  'incompatible-panic': 'the target could not read the handover and panicked',
  'data-loss': 'the target restored only part of the state',
  'incompatible-hang': 'the target stopped making progress',
};

/** One sentence naming the component and the two strings behind a verdict. */
export function explain(verdict: Verdict, rows: readonly AbiRow[], components: readonly string[]): string | null {
  if (verdict === 'compatible' || verdict === 'error') return null;
  if (verdict === 'unsupported') {
    const luo = rows.find((r) => r.component === 'luo');
    return !luo || luo.status === 'absent-on-source' ? 'the source has no LUO (no luo-vN format in its image): it cannot start a live update' : null;
  }
  const relevant = rows.filter((r) => CORE.includes(r.component) || components.includes(r.component));
  const decisive = relevant.find((r) => r.status === 'mismatch' || r.status === 'absent-on-target');
  if (!decisive) return `no handover format differs (${relevant.map((r) => `${label(r.component)} ${r.source.join('/')}`).join(', ')} on both sides): this is not an ABI mismatch`;
  const to = decisive.target.length ? decisive.target.join('/') : 'none';
  // a file handler sits inside LUO: the target took the handover and dropped what it could not read
  const consequence =
    verdict === 'incompatible-clean' && !CORE.includes(decisive.component)
      ? 'the target has no handler for the preserved files and dropped them'
      : (CONSEQUENCE[verdict] ?? verdict);
  return `${label(decisive.component)} ${decisive.source.join('/')} -> ${to}: ${consequence}`;
}

