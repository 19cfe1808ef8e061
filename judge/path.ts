// A path's verdict: whether the heirlooms born on its first kernel arrived
// verified on its last, and if not, at which hop and why. A path is a walk
// of kernels run with heirlooms (agent/heir.c); each hop is also a pair,
// judged from its fresh state alone (judge/verdict.ts), and the path uses
// that verdict only where the heirlooms cannot say more (a panic, a hang,
// an error). The same seven verdicts, by the same evidence rules as a pair:
// all arrived intact is compatible; nothing arrived after a target that
// booted without the handover is incompatible-clean; some arrived and some
// not, or any damaged, is data-loss; a kernel that could not preserve them
// is unsupported.
import { errnoName } from './next-update.ts';
import type { AgentItem, StageDoc } from './observation.ts';
import type { PathHop, Verdict } from '../schemas/types/results.ts';

/** What a path judge needs of one hop of the run. */
export interface PathHopInput {
  source: string;
  target: string;
  /** the hop's verdict as a pair, from its fresh state */
  verdict: Verdict;
  reason: string;
  /** the source's preserving document and the target's verifying one, as far as the run got */
  preserve?: StageDoc;
  verify?: StageDoc;
}

export interface PathJudgement {
  verdict: Verdict;
  reason: string;
  /** every hop the run reached, with what became of the heirlooms on it */
  hops: PathHop[];
  /** the hop (from 1) at which the heirlooms were lost, when they were */
  brokeAt?: number;
}

const items = (d: StageDoc | undefined): AgentItem[] => d?.heirlooms?.items ?? [];

function listed(names: readonly string[], max = 3): string {
  return names.length <= max ? names.join(', ') : `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** What became of the heirlooms on one hop. */
export function heirloomHop(h: PathHopInput, hop: number): PathHop {
  const sent = items(h.preserve);
  const handed = sent.filter((i) => i.state === 'preserved').map((i) => i.name);
  const refused = sent.filter((i) => i.state === 'not-preserved').map((i) => `${i.name} (${i.attrs.step ?? '?'}: ${errnoName(i.attrs.errno)})`);
  const got = new Map(items(h.verify).map((i) => [i.name, i]));
  const verified = handed.filter((n) => got.get(n)?.state === 'verified');
  const bad = handed.filter((n) => !verified.includes(n)).map((n) => {
    const i = got.get(n);
    return i ? `${n} ${i.state}${i.attrs.errno ? ` (${errnoName(i.attrs.errno)})` : ''}` : `${n} not checked`;
  });
  const base = { hop, source: h.source, target: h.target, pairVerdict: h.verdict, handedOn: handed.length, arrived: verified.length };
  if (refused.length) return { ...base, state: 'not-handed-on', evidence: `${h.source} could not preserve ${listed(refused)}` };
  if (!handed.length) return { ...base, state: 'none', evidence: `no heirloom reached ${h.source}` };
  if (!h.verify?.heirlooms) return { ...base, state: 'unknown', evidence: `${h.target} never checked the heirlooms: ${h.reason}` };
  if (!bad.length) return { ...base, state: 'carried', evidence: `all ${handed.length} heirlooms verified on ${h.target}` };
  return { ...base, state: 'lost', evidence: `${bad.length} of ${handed.length} heirlooms did not arrive intact on ${h.target}: ${listed(bad)}` };
}

/** The verdict of a hop on which the heirlooms did not go through, by the pair's evidence rules. */
function brokenHop(p: PathHop, h: PathHopInput): [Verdict, string] {
  const at = `hop ${p.hop} (${p.source} -> ${p.target})`;
  if (p.state === 'not-handed-on' || p.state === 'none') return ['unsupported', `${at}: ${p.evidence}`];
  if (p.state === 'unknown') return [h.verdict === 'compatible' ? 'error' : h.verdict, `${at}: ${p.evidence}`];
  const panicked = h.verdict === 'incompatible-panic' || h.verdict === 'incompatible-hang' || h.verdict === 'error';
  if (panicked) return [h.verdict, `${at}: ${h.reason}`];
  // nothing back from a target that dropped the handover is the clean refusal the pair shows
  if (p.arrived === 0 && h.verdict === 'incompatible-clean') return ['incompatible-clean', `${at}: ${p.evidence}; the pair: ${h.reason}`];
  const only = h.verdict === 'compatible' ? " while the hop's fresh state came back whole: a kernel bug in handing on what was retrieved" : '';
  return ['data-loss', `${at}: ${p.evidence}${only}`];
}

/**
 * The path's verdict from its hops in walk order. `kernels` is the whole
 * path: a run that ended before its last hop leaves the rest unreached.
 */
export function judgePath(kernels: readonly string[], inputs: readonly PathHopInput[]): PathJudgement {
  const hops: PathHop[] = [];
  for (const [i, h] of inputs.entries()) {
    const p = heirloomHop(h, i + 1);
    hops.push(p);
    if (p.state !== 'carried') {
      const [verdict, reason] = brokenHop(p, h);
      return { verdict, reason, hops, brokeAt: i + 1 };
    }
  }
  const last = hops.at(-1);
  if (!last || hops.length < kernels.length - 1) {
    return { verdict: 'error', reason: `the run ended after ${hops.length} of ${kernels.length - 1} hops without a verdict on the rest`, hops };
  }
  return { verdict: 'compatible', reason: `all ${last.arrived} heirlooms born on ${kernels[0]} arrived verified on ${kernels.at(-1)} after ${hops.length} live updates`, hops };
}

/**
 * The hop at which a walk's heirlooms were lost while its fresh state came
 * back whole: a kernel bug in handing on what it retrieved, worth saying on
 * the pair as well. Null when there is none.
 */
export function heirloomsOnlyLoss(j: PathJudgement | null): PathHop | null {
  const hop = j?.brokeAt ? j.hops[j.brokeAt - 1] : undefined;
  if (!hop || hop.pairVerdict !== 'compatible' || (hop.state !== 'lost' && hop.state !== 'not-handed-on')) return null;
  return hop;
}
