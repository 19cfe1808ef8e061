// A Markdown summary for CI comments: counts, the grid, what broke. The
// reporter writes summary.md at the end of a run. Every string from the
// results goes through markdown-escape.ts, but verdicts and changes: the
// schema allows only its own words for those.
import { join } from 'node:path';
import { tallies } from '../judge/tallies.ts';
import { changeDetail, noteworthy } from '../judge/compare.ts';
import { MARKS, marksOf, VERDICT_ORDER, VERDICTS } from './verdicts.ts';
import { label } from '../judge/abi.ts';
import { describeRoute } from '../judge/routes.ts';
import type { Results } from '../schemas/types/results.ts';
import { FileReporter } from './reporter.ts';
import { mdCode, mdText } from './markdown-escape.ts';
import { byArch, type ArchGroup } from './arches.ts';

/** One architecture's grid, headed by its name where the run has two. */
function gridLines(r: Results, g: ArchGroup): string[] {
  const ids = g.kernels.map((k) => k.id);
  return [
    ...(g.title ? [`**${mdText(g.arch)}**`, ''] : []),
    `| from \\ to | ${ids.map(mdText).join(' | ')} |`,
    `|---|${ids.map(() => '---').join('|')}|`,
    ...ids.map((s) => {
      const cells = ids.map((t) => {
        const p = r.pairs.find((q) => q.source.id === s && q.target.id === t);
        if (!p) return '·';
        return [`${VERDICTS[p.verdict].symbol} ${p.verdict}`, ...marksOf(p).map((m) => MARKS[m].label)].join(' ');
      });
      return `| **${mdText(s)}** | ${cells.join(' | ')} |`;
    }),
    '',
  ];
}

export function renderMarkdownSummary(r: Results): string {
  const t = tallies(r);
  const counts = VERDICT_ORDER.filter((v) => t.verdicts[v]).map((v) => `${VERDICTS[v].symbol} ${v} ${t.verdicts[v]}`);
  const lines = [
    `## luqual: live update compatibility`,
    '',
    `${r.pairs.length} pairs: ${counts.join(', ')}.` +
      ` Expectations: ${t.expected ? `${t.met} of ${t.expected} met` : 'none set'}.${r.interrupted ? ' **The run was interrupted.**' : ''}`,
    '',
    ...byArch(r).flatMap((g) => gridLines(r, g)),
    Object.values(MARKS).map((m) => `${m.label} ${m.text}`).join(' · '),
  ];
  if (r.routes?.length || r.paths?.length) {
    lines.push('', '### Upgrade paths', '');
    for (const x of r.routes ?? []) lines.push(`- ${mdText(describeRoute(x, r.pairs, r.paths ?? []).lines[0]!)}`);
    for (const p of r.paths ?? []) {
      const x = p.expectation && !p.expectation.met ? ` **expected ${p.expectation.verdicts.join(' or ')}**` : '';
      lines.push(`- ${mdText(p.id)} (${p.origin}): ${mdText(p.kernels.join(' -> '))}: ${VERDICTS[p.verdict].symbol} ${p.verdict}${x}: ${mdText(p.reason)}`);
    }
  }
  if (t.unexpected.length) {
    lines.push('', '### Unexpected verdicts', '', 'The kernels\' handover formats predicted otherwise: a kernel bug or a luqual bug.', '');
    for (const p of t.unexpected) {
      const which = p.prediction!.components?.length ? ` ${mdText(p.prediction!.components.map(label).join(', '))} did otherwise.` : '';
      lines.push(`- **${mdText(p.source.id)} → ${mdText(p.target.id)}**: ${p.verdict}, predicted ${p.prediction!.verdict} (${mdText(p.prediction!.because)}).${which} reproduce: ${mdCode(p.reproducer)}`);
    }
  }
  if (t.broken.length) {
    lines.push('', '### Broken expectations', '');
    for (const p of t.broken) {
      lines.push(`- **${mdText(p.source.id)} → ${mdText(p.target.id)}**: ${p.verdict}, expected ${p.expectation!.verdicts.join(' or ')}. ${mdText(p.reason)}`, `  reproduce: ${mdCode(p.reproducer)}`);
    }
  }
  const changed = r.comparison?.changes.filter(noteworthy) ?? [];
  if (r.comparison) {
    lines.push('', '### Compared with the baseline', '', changed.length ? '' : 'Every pair reached the same verdict as in the baseline.');
    for (const c of changed) lines.push(`- **${c.change}**: ${mdText(changeDetail(c))}`);
  }
  lines.push('', `<sub>${mdText(`luqual ${r.luqual} · QEMU ${r.host.qemu} · ${r.host.accel} · ${r.startedAt}`)}</sub>`, '');
  return lines.join('\n');
}

export class MarkdownSummaryReporter extends FileReporter {
  constructor(outDir: string) {
    super(join(outDir, 'summary.md'), renderMarkdownSummary);
  }
}
