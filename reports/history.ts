// The history of a matrix over many nights, as one self-contained HTML page
// (a strip of verdicts per pair, newest on the right) and as Markdown for a
// CI summary. Everything from the results is escaped for where it goes.
import { esc } from './escape.ts';
import { mdText } from './markdown-escape.ts';
import { VERDICTS } from './verdicts.ts';
import type { Cell, History, HistoryRow } from '../judge/history.ts';

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:1em 2em;color:#1f2328}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.25em .5em;text-align:left;vertical-align:middle}
th{background:#f6f8fa}.strip{white-space:nowrap}.c{display:inline-block;width:1.3em;text-align:center;font-weight:700;border-radius:3px;margin-right:1px}
.flaky{outline:2px dashed #8250df;outline-offset:-2px}.broken{outline:2px solid #cf222e;outline-offset:-2px}.none{color:#d0d7de}.muted{color:#57606a}`;

const day = (iso: string) => iso.slice(0, 10);

function cellTitle(c: Cell, night: string): string {
  return `${day(night)}: ${c.verdict}${c.flaky ? ' (flaky)' : ''}${c.expectationBroken ? ', expectation broken' : ''}, ${c.releases}, ${c.seconds.toFixed(1)} s`;
}

function since(r: HistoryRow, h: History): string {
  const last = r.cells.filter(Boolean).at(-1)!;
  const held = `${last.verdict} for ${r.streak} night${r.streak === 1 ? '' : 's'}`;
  const changed = r.lastChange ? `; was ${r.lastChange.from} until ${day(h.nights[r.lastChange.night]!.startedAt)} (${r.lastChange.releases})` : '';
  return held + changed;
}

export function renderHistoryHtml(h: History, title: string): string {
  const rows = h.rows.map((r) => {
    const strip = r.cells
      .map((c, i) => {
        const night = h.nights[i]!.startedAt;
        if (!c) return `<span class="c none" title="${esc(`${day(night)}: not run`)}">·</span>`;
        const v = VERDICTS[c.verdict];
        return `<span class="c${c.flaky ? ' flaky' : ''}${c.expectationBroken ? ' broken' : ''}" style="color:${v.colour}" title="${esc(cellTitle(c, night))}">${v.symbol}</span>`;
      })
      .join('');
    return `<tr><td>${esc(r.source)} → ${esc(r.target)}</td><td class="strip">${strip}</td><td>${esc(since(r, h))}</td><td>${r.flakyNights}</td></tr>`;
  });
  const span = h.nights.length ? `${day(h.nights[0]!.startedAt)} to ${day(h.nights.at(-1)!.startedAt)}` : 'no runs';
  const legend = Object.entries(VERDICTS).map(([k, v]) => `<span style="color:${v.colour}">${v.symbol}</span> ${esc(k)}`).join(' · ');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${CSS}</style></head><body>
<h1>${esc(title)}</h1><p class="muted">${h.nights.length} runs, ${esc(span)}; newest on the right. ${legend} · <span class="c flaky">≈</span> flaky · <span class="c broken">!</span> expectation broken · · not run</p>
<table><tr><th>pair</th><th>nights</th><th>now</th><th>flaky nights</th></tr>${rows.join('')}</table>
<p class="muted">Runs: ${h.nights.map((n) => `${esc(day(n.startedAt))} <code>${esc(n.source)}</code>`).join(', ')}</p></body></html>
`;
}

export function renderHistoryMarkdown(h: History, title: string): string {
  const lines = [`## ${mdText(title)}`, '', `${h.nights.length} runs; newest last.`, '', '| pair | nights | now | flaky |', '|---|---|---|---|'];
  for (const r of h.rows) {
    const strip = r.cells.map((c) => (c ? VERDICTS[c.verdict].symbol + (c.flaky ? '≈' : '') : '·')).join('');
    lines.push(`| ${mdText(`${r.source} → ${r.target}`)} | ${strip} | ${mdText(since(r, h))} | ${r.flakyNights} |`);
  }
  return lines.join('\n') + '\n';
}
