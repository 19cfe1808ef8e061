// How each verdict is shown: a colour and a symbol that reads without it.
import type { Verdict } from '../schemas/types/results.ts';

export const VERDICTS: Record<Verdict, { symbol: string; colour: string; text: string }> = {
  compatible: { symbol: '✔', colour: '#1a7f37', text: 'everything preserved came back verified' },
  'incompatible-clean': { symbol: '∅', colour: '#57606a', text: 'the target ignored the handover and booted cold' },
  'incompatible-panic': { symbol: '✖', colour: '#cf222e', text: 'a kernel panicked' },
  'incompatible-hang': { symbol: '∞', colour: '#bc4c00', text: 'the guest stopped making progress' },
  'data-loss': { symbol: '⚠', colour: '#a40e26', text: 'state came back incomplete or different' },
  unsupported: { symbol: '–', colour: '#6e7781', text: 'the source cannot start a live update' },
  error: { symbol: '?', colour: '#8250df', text: 'luqual or the host failed' },
};

export const VERDICT_ORDER = Object.keys(VERDICTS) as Verdict[];
