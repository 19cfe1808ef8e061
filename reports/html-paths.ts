// The report's first section, "Upgrade paths": the answer to a distro's
// question before the grid. For every upgrade (an older kernel to a newer
// one), whether a route of live updates gets there and whether a walk with
// heirlooms showed it; where none does, the hop that must be a cold reboot
// and why. Then every path run, hop by hop.
import { esc } from './escape.ts';
import { VERDICTS } from './verdicts.ts';
import type { Path, PathHop, Results, Route } from '../schemas/types/results.ts';

const arrow = (kernels: readonly string[]) => kernels.map(esc).join(' → ');
/** A path's block; its walk's row in the walks table has the bare id. */
const pathAnchor = (id: string) => `upgrade-${id}`;
const pathLink = (id: string) => `<a href="#${esc(pathAnchor(id))}">${esc(id)}</a>`;

function verdictText(v: Path['verdict']): string {
  return `<span style="color:${VERDICTS[v].colour}">${VERDICTS[v].symbol} ${esc(v)}</span>`;
}

/** One upgrade's answer, as a distro reads it: what to do. */
function routeAnswer(r: Route, paths: readonly Path[]): string {
  const via = r.kernels && r.kernels.length > 2 ? `via ${arrow(r.kernels.slice(1, -1))}` : '';
  const run = r.path ? paths.find((p) => p.id === r.path) : undefined;
  switch (r.status) {
    case 'direct':
      return '<span class="pass">✔ live update directly</span>';
    case 'verified':
      return `<span class="pass">✔ live update ${via}</span> <span class="muted">(heirlooms carried the whole way: ${pathLink(r.path!)})</span>`;
    case 'refuted':
      return `<span class="fail">✖ the route ${via} lost state</span>: ${esc(run?.reason ?? '')} (${pathLink(r.path!)}); reboot cold instead`;
    case 'untested':
      return `<span class="skip">? ${via}, not run with heirlooms</span>`;
    case 'none':
      return `<span class="fail">✖ no live route</span>: reboot cold at ${esc(r.coldReboot!.source)} → ${esc(r.coldReboot!.target)}, because ${esc(r.coldReboot!.because)}`;
  }
}

function routesTable(r: Results): string {
  if (!r.routes?.length) return '<p class="muted">No upgrade to route: the matrix has no kernel newer than another, or the run was a shard (routes need the whole grid).</p>';
  const rows = r.routes.map((x) => `<tr><td>${esc(x.from)}</td><td>${esc(x.to)}</td><td>${routeAnswer(x, r.paths ?? [])}</td></tr>`).join('');
  return `<table><tr><th>fleet on</th><th>to ship</th><th>answer</th></tr>${rows}</table>`;
}

const HOP_STATE: Record<PathHop['state'], string> = {
  carried: '<span class="pass">carried</span>',
  lost: '<span class="fail">lost</span>',
  'not-handed-on': '<span class="fail">not handed on</span>',
  none: '<span class="skip">none left</span>',
  unknown: '<span class="skip">unknown</span>',
};

function hopRow(h: PathHop): string {
  const bug = h.pairVerdict === 'compatible' && (h.state === 'lost' || h.state === 'not-handed-on') ? ' <span class="unmet">the pair itself passed: a kernel bug in handing on retrieved state</span>' : '';
  return `<tr><td>${h.hop}</td><td>${esc(h.source)} → ${esc(h.target)}</td><td>${verdictText(h.pairVerdict)}</td><td>${HOP_STATE[h.state]} ${h.arrived}/${h.handedOn}</td><td>${esc(h.evidence)}${bug}</td></tr>`;
}

function pathBlock(p: Path): string {
  const x = p.expectation;
  const expect = x ? ` · expected ${x.verdicts.map(esc).join(' or ')}: <span class="${x.met ? 'met' : 'unmet'}">${x.met ? 'met' : 'not met'}</span>` : '';
  return `<div class="pair" id="${esc(pathAnchor(p.id))}"><h3>${esc(p.id)}: ${arrow(p.kernels)} <span class="muted">(${p.origin === 'declared' ? 'declared in the matrix' : 'a route found in the grid'})</span></h3>
<p>${verdictText(p.verdict)} ${esc(p.reason)}${expect}</p>
<table><tr><th>hop</th><th>kernels</th><th>the hop as a pair</th><th>heirlooms</th><th>evidence</th></tr>${p.hops.map(hopRow).join('')}</table>
${p.chain ? `<p class="muted">Its run: walk <a href="#${esc(p.chain)}">${esc(p.chain)}</a>.</p>` : ''}</div>`;
}

export function upgradePaths(r: Results): string {
  if (!r.routes && !r.paths?.length) return '';
  return `<section id="upgrade-paths"><h2>Upgrade paths</h2>
<p class="muted">For a fleet on one kernel and a newer one to ship: the fewest live updates that get there with every hop compatible, through any kernel of this matrix, never through one left unable to live-update again. A route of several hops counts only once a walk carried heirlooms along it: files made on its first kernel, checked byte for byte and preserved again by every later one.</p>
${routesTable(r)}
${(r.paths ?? []).map(pathBlock).join('\n')}
</section>`;
}
