// A Markdown summary for CI comments: counts, the grid, what broke.
import { VERDICT_ORDER, VERDICTS } from './verdicts.ts';
import type { Results } from '../schemas/types/results.ts';

function cell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderMarkdownSummary(r: Results): string {
  const ids = r.kernels.map((k) => k.id);
  const counts = VERDICT_ORDER.map((v) => [v, r.pairs.filter((p) => p.verdict === v).length] as const).filter(([, n]) => n);
  const withX = r.pairs.filter((p) => p.expectation);
  const broken = withX.filter((p) => !p.expectation!.met);
  const lines = [
    `## luqual: live update compatibility`,
    '',
    `${r.pairs.length} pairs: ${counts.map(([v, n]) => `${VERDICTS[v].symbol} ${v} ${n}`).join(', ')}.` +
      ` Expectations: ${withX.length ? `${withX.length - broken.length} of ${withX.length} met` : 'none set'}.${r.interrupted ? ' **The run was interrupted.**' : ''}`,
    '',
    `| from \\ to | ${ids.map(cell).join(' | ')} |`,
    `|---|${ids.map(() => '---').join('|')}|`,
    ...ids.map((s) => {
      const cells = ids.map((t) => {
        const p = r.pairs.find((q) => q.source.id === s && q.target.id === t);
        if (!p) return '·';
        return `${VERDICTS[p.verdict].symbol} ${p.verdict}${p.expectation && !p.expectation.met ? ' ✗' : ''}${p.flaky ? ' ≈ flaky' : ''}`;
      });
      return `| **${cell(s)}** | ${cells.join(' | ')} |`;
    }),
  ];
  const unexpected = r.pairs.filter((p) => p.prediction?.unexpected);
  if (unexpected.length) {
    lines.push('', '### Unexpected verdicts', '', 'The kernels\' handover formats predicted otherwise: a kernel bug or a luqual bug.', '');
    for (const p of unexpected) lines.push(`- **${cell(p.source.id)} → ${cell(p.target.id)}**: ${p.verdict}, predicted ${p.prediction!.verdict} (${cell(p.prediction!.because)}). reproduce: \`${p.reproducer}\``);
  }
  if (broken.length) {
    lines.push('', '### Broken expectations', '');
    for (const p of broken) {
      lines.push(`- **${cell(p.source.id)} → ${cell(p.target.id)}**: ${p.verdict}, expected ${p.expectation!.verdicts.join(' or ')}. ${cell(p.reason)}`, `  reproduce: \`${p.reproducer}\``);
    }
  }
  const changed = r.comparison?.changes.filter((c) => c.change !== 'unchanged') ?? [];
  if (r.comparison) {
    lines.push('', '### Compared with the baseline', '', changed.length ? '' : 'Every pair reached the same verdict as in the baseline.');
    for (const c of changed) lines.push(`- **${c.change}**: ${cell(c.source)} → ${cell(c.target)}: ${c.before ?? '—'} → ${c.after ?? '—'}`);
  }
  lines.push('', `<sub>luqual ${r.luqual} · QEMU ${r.host.qemu} · ${r.host.accel} · ${r.startedAt}</sub>`, '');
  return lines.join('\n');
}
