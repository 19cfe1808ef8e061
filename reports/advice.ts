// One line of what to do about a pair that is not compatible, for the grid's
// tooltips and the pair's section: the operator's next step, not a second
// explanation. A route through other kernels is offered where a run
// verified one.
import type { Pair, Route } from '../schemas/types/results.ts';

function viaRoute(p: Pair, routes: readonly Route[]): string {
  const r = routes.find((x) => x.from === p.source.id && x.to === p.target.id && x.status === 'verified');
  return r?.kernels ? `, or live-update via ${r.kernels.slice(1, -1).join(' → ')} (verified)` : '';
}

export function whatToDo(p: Pair, routes: readonly Route[] = []): string | null {
  const cold = `reboot cold from ${p.source.id} into ${p.target.id}`;
  switch (p.verdict) {
    case 'compatible':
      return p.nextUpdate?.state === 'unusable' ? `after this update, reboot cold before the next one: ${p.nextUpdate.evidence}` : null;
    case 'unsupported':
      return `${p.source.id} cannot start a live update: build it with KHO and LUO (see the reason), or ${cold}`;
    case 'incompatible-clean':
      return `${cold}: the target drops the preserved state${viaRoute(p, routes)}`;
    case 'incompatible-panic':
      return `never live-update ${p.source.id} into ${p.target.id}: a kernel panics; ${cold}${viaRoute(p, routes)}`;
    case 'incompatible-hang':
      return `never live-update ${p.source.id} into ${p.target.id}: the machine stops making progress; ${cold}${viaRoute(p, routes)}`;
    case 'data-loss':
      return `never live-update ${p.source.id} into ${p.target.id}: preserved state comes back incomplete or damaged; ${cold}${viaRoute(p, routes)}`;
    case 'error':
      return `luqual could not decide: run the reproducer again`;
  }
}
