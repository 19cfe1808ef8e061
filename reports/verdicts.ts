// How each verdict is shown: a colour and a symbol that reads without it;
// and the marks a cell of the grid adds to it, shared by every report.
import type { Pair, Verdict } from '../schemas/types/results.ts';

export const VERDICTS: Record<Verdict, { symbol: string; colour: string; text: string }> = {
  compatible: { symbol: '✔', colour: '#1a7f37', text: 'everything preserved came back verified' },
  // amber, not grey: the state is lost after the kexec, unlike unsupported's refusal before anything was
  'incompatible-clean': { symbol: '∅', colour: '#9a6700', text: 'the target dropped the handover and booted cold: the preserved state is lost' },
  'incompatible-panic': { symbol: '✖', colour: '#cf222e', text: 'a kernel panicked' },
  'incompatible-hang': { symbol: '∞', colour: '#bc4c00', text: 'the guest stopped making progress' },
  'data-loss': { symbol: '⚠', colour: '#a40e26', text: 'state came back incomplete or different' },
  unsupported: { symbol: '–', colour: '#6e7781', text: 'the source cannot start a live update: nothing was lost' },
  error: { symbol: '?', colour: '#8250df', text: 'luqual or the host failed' },
};

export const VERDICT_ORDER = Object.keys(VERDICTS) as Verdict[];

/** The marks beside a verdict in the grid, in the order a cell shows them. */
export const MARKS = {
  met: { label: '●', text: 'the pair met its expectation' },
  broken: { label: '✗ expected', text: 'the pair broke its expectation' },
  unexpected: { label: '! unexpected', text: 'the kernels did other than their handover formats predict: a kernel bug or a luqual bug' },
  flaky: { label: '≈ flaky', text: 'the attempts reached different verdicts' },
  stuck: { label: '⊘', text: 'the target cannot live-update again before a cold boot' },
} as const;

export type Mark = keyof typeof MARKS;

/** The marks a pair's cell carries. */
export function marksOf(p: Pair): Mark[] {
  const m: Mark[] = [];
  if (p.expectation) m.push(p.expectation.met ? 'met' : 'broken');
  if (p.prediction?.unexpected) m.push('unexpected');
  if (p.flaky) m.push('flaky');
  if (p.nextUpdate?.state === 'unusable') m.push('stuck');
  return m;
}
