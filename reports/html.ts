// The compatibility report: one self-contained HTML file (no script, no
// external resource, so it opens from file:// on an air-gapped machine).
// It is a pure function of results.json, the pairs' logs and the suites'
// manifests, so `luqual report` rebuilds the same bytes.
import { esc } from './escape.ts';
import { pairSlug } from '../judge/pair-key.ts';
import { logExcerpt } from './log-excerpt.ts';
import { renderMarkdown } from './markdown-safe.ts';
import { MARKS, marksOf, VERDICT_ORDER, VERDICTS, type Mark } from './verdicts.ts';
import { label } from '../judge/abi.ts';
import { familyStrings } from '../judge/components.ts';
import { upgradePaths } from './html-paths.ts';
import { whatToDo } from './advice.ts';
import { tallies, type Tallies } from '../judge/tallies.ts';
import { changedKernel, changeNotes, noteworthy } from '../judge/compare.ts';
import type { AbiRow, ComponentFate, Kernel, Pair, Results, Verdict } from '../schemas/types/results.ts';
import type { SuiteManifest } from '../schemas/types/suite.ts';
import { archOf, byArch, type ArchGroup } from './arches.ts';

export interface ReportInputs {
  results: Results;
  /** each pair's console log, by pair anchor; null when it was not found */
  logs: Map<string, string | null>;
  /** where each pair's full log sits, relative to the report */
  logLinks: Map<string, string>;
  suites: SuiteManifest[];
}

export function pairAnchor(p: Pick<Pair, 'source' | 'target'>): string {
  return `pair-${pairSlug(p.source.id, p.target.id)}`;
}

const CSS = `
body{font:14px/1.45 system-ui,sans-serif;margin:0 auto;max-width:1200px;padding:1em 2em;color:#1f2328}
h1{font-size:1.6em;margin-bottom:.2em}h2{border-bottom:1px solid #d0d7de;padding-bottom:.2em;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #d0d7de;padding:.3em .6em;text-align:left;vertical-align:top}
th{background:#f6f8fa}.grid td{text-align:center;white-space:nowrap}.grid a{text-decoration:none;font-weight:600}
.v{display:inline-block;padding:.05em .5em;border-radius:1em;color:#fff;font-weight:600;white-space:nowrap}
.broken{outline:3px solid #cf222e;outline-offset:-3px}.met{color:#1a7f37}.unmet{color:#cf222e;font-weight:600}
pre{background:#f6f8fa;padding:.6em;overflow-x:auto;font-size:12px;line-height:1.35}
.pair{border:1px solid #d0d7de;border-radius:6px;padding:.2em 1em 1em;margin:1em 0}
.muted{color:#57606a}.pass{color:#1a7f37}.fail{color:#cf222e;font-weight:600}.skip{color:#6e7781}
.counts span{margin-right:1.2em}code{font-size:90%}`;

function badge(v: Verdict): string {
  const s = VERDICTS[v];
  return `<span class="v" style="background:${s.colour}" title="${esc(s.text)}">${s.symbol} ${esc(v)}</span>`;
}

function summary(r: Results): string {
  const t = tallies(r);
  const kernels = r.kernels
    .map((k) => {
      const lu = k.liveUpdate.capable === null ? 'unknown' : k.liveUpdate.capable ? 'yes' : 'no';
      // a series reference (debian-src:7.3.x) with the version it meant in this run
      const ref = `<code>${esc(k.ref)}</code>${k.resolved ? ` → <code>${esc(k.resolved)}</code>` : ''}`;
      return `<tr><td><code>${esc(k.id)}</code></td><td>${ref}</td><td>${esc(k.release)}</td><td>${esc(k.obtained)}${provenance(k)}</td><td>${lu} <span class="muted">(${esc(k.liveUpdate.why)})</span></td></tr>`;
    })
    .join('');
  return `<section id="summary">
<p class="muted">luqual ${esc(r.luqual)} · started ${esc(r.startedAt)}${r.finishedAt ? ` · finished ${esc(r.finishedAt)}` : ''} · host ${esc(r.host.hostname)} (Linux ${esc(r.host.kernel)}) · QEMU ${esc(r.host.qemu)} · ${esc(r.host.accel)}${r.matrix ? ` · matrix <code>${esc(r.matrix)}</code>` : ''}</p>
${r.interrupted ? '<p class="unmet">This run was interrupted: only the pairs that finished are shown.</p>' : ''}
<p class="counts">${r.pairs.length} pairs: ${VERDICT_ORDER.filter((v) => t.verdicts[v]).map((v) => `<span>${badge(v)} ${t.verdicts[v]}</span>`).join('')}</p>
${unexpectedLine(t)}
<p>Expectations: ${t.expected ? `<span class="${t.broken.length ? 'unmet' : 'met'}">${t.met} of ${t.expected} met</span>` : 'none set'}${t.broken.length ? `; broken: ${t.broken.map(pairLink).join(', ')}` : ''}</p>
<h2>Kernels</h2>
<table><tr><th>id</th><th>reference</th><th>release</th><th>how obtained</th><th>live update capable</th></tr>${kernels}</table>
${kernelsAbi(r)}
</section>`;
}

/** What a kernel is made of, by content: each hash shortened, in full in its tooltip. */
function provenance(k: Kernel): string {
  const hash = (what: string, sha: string) => `${esc(what)} <code title="${esc(sha)}">${esc(sha.slice(0, 12))}</code>`;
  const parts = [
    ...(k.sha256 ? [hash('image', k.sha256)] : []),
    ...(k.provenance?.configSha256 ? [hash('config', k.provenance.configSha256)] : []),
    ...(k.provenance?.patches ?? []).map((p) => hash(`patch ${p.name}`, p.sha256)),
  ];
  return parts.length ? `<br><span class="muted">sha256: ${parts.join(', ')}</span>` : '';
}

function attemptsList(p: Pair, inputs: ReportInputs): string {
  if (!p.attempts?.length) return '';
  const a = pairAnchor(p);
  const items = p.attempts.map((x, i) => {
    const link = inputs.logLinks.get(`${a}#${i + 1}`);
    return `<li>attempt ${i + 1}: ${badge(x.verdict)} ${esc(x.reason)}${link ? ` (<a href="${esc(link)}">log</a>)` : ''}</li>`;
  });
  items.push(`<li>attempt ${p.attempts.length + 1}: ${badge(p.verdict)} (the result above)</li>`);
  return `<p>${p.flaky ? '<span class="unmet">FLAKY: the attempts disagree.</span> ' : ''}Retried after ${esc(p.attempts[0]!.verdict)}:</p><ul>${items.join('')}</ul>`;
}

function comparison(r: Results): string {
  const c = r.comparison;
  if (!c) return '';
  const kinds = ['regression', 'fixed', 'new', 'gone', 'unchanged'] as const;
  const counts = kinds.map((k) => `${c.changes.filter((x) => x.change === k).length} ${k}`).join(', ');
  const rows = c.changes
    .filter(noteworthy)
    .map((x) => {
      const pair = r.pairs.find((p) => p.source.id === x.source && p.target.id === x.target);
      const name = `${esc(changedKernel(x, 'source'))} → ${esc(changedKernel(x, 'target'))}`;
      return `<tr><td class="${x.change === 'regression' ? 'fail' : x.change === 'fixed' ? 'pass' : ''}">${x.change}</td><td>${pair ? `<a href="#${pairAnchor(pair)}">${name}</a>` : name}</td><td>${x.before ? badge(x.before) : '—'}</td><td>${x.after ? badge(x.after) : '—'}</td><td>${esc(changeNotes(x).join('; '))}</td></tr>`;
    })
    .join('');
  return `<h2>Compared with the baseline</h2><p class="muted">Baseline: <code>${esc(c.baseline)}</code></p><p>${counts}</p>${rows ? `<table><tr><th>change</th><th>pair</th><th>before</th><th>after</th><th>also changed</th></tr>${rows}</table>` : ''}`;
}

function pairLink(p: Pair): string {
  return `<a href="#${pairAnchor(p)}">${esc(p.source.id)} → ${esc(p.target.id)}</a>`;
}

function unexpectedLine(t: Tallies): string {
  if (!t.predicted) return '';
  const odd = t.unexpected;
  return `<p>Predictions from the kernels' formats: ${odd.length ? `<span class="unmet">${odd.length} of ${t.predicted} unexpected</span>: ${odd.map(pairLink).join(', ')}` : `<span class="met">all ${t.predicted} as predicted</span>`}</p>`;
}

/** A mark's tooltip: its meaning, and for a target that cannot update again, what it answered. */
function markTitle(p: Pair, m: Mark): string {
  return m === 'stuck' ? `${MARKS.stuck.text}: ${p.nextUpdate!.evidence}` : MARKS[m].text;
}

function grid(r: Results): string {
  const tables = byArch(r).map((g) => gridTable(r, g)).join('\n');
  const legend = VERDICT_ORDER.map((v) => `<span>${badge(v)} ${esc(VERDICTS[v].text)}</span>`).join(' ');
  const marks = Object.values(MARKS).map((m) => `<span>${m.label}: ${esc(m.text)}</span>`).join(' ');
  return `<section id="grid"><h2>Compatibility</h2>
<p class="muted">Rows: the kernel live-updated from. Columns: the kernel live-updated into.</p>
${tables}
<p class="counts">${legend}</p>
<p class="counts muted">${marks}</p></section>`;
}

/** One architecture's grid; its heading names the architecture where the run has two. */
function gridTable(r: Results, g: ArchGroup): string {
  const ids = g.kernels.map((k) => k.id);
  const find = (s: string, t: string) => r.pairs.find((p) => p.source.id === s && p.target.id === t);
  const rows = ids
    .map((s) => {
      const cells = ids
        .map((t) => {
          const p = find(s, t);
          if (!p) return '<td class="muted" title="not run">·</td>';
          const x = p.expectation;
          const mark = marksOf(p)
            .map((m) => ` <span class="${m === 'met' ? 'met' : 'unmet'}" title="${esc(markTitle(p, m))}">${MARKS[m].label}</span>`)
            .join('');
          const todo = whatToDo(p, r.routes);
          return `<td${x && !x.met ? ' class="broken"' : ''}><a href="#${pairAnchor(p)}" style="color:${VERDICTS[p.verdict].colour}"${todo ? ` title="${esc(todo)}"` : ''}>${VERDICTS[p.verdict].symbol} ${esc(p.verdict)}</a>${mark}</td>`;
        })
        .join('');
      return `<tr><th>${esc(s)}</th>${cells}</tr>`;
    })
    .join('\n');
  return `${g.title ? `<h3 id="grid-${esc(g.arch)}">${esc(g.arch)}</h3>\n` : ''}<table class="grid"><tr><th>from ↓ / to →</th>${ids.map((t) => `<th>${esc(t)}</th>`).join('')}</tr>
${rows}</table>`;
}

/** Each walk: its kernels with every hop's verdict and the live update number the target counted. */
function walks(r: Results, inputs: ReportInputs): string {
  if (!r.chains?.length) return '';
  const rows = r.chains
    .map((c) => {
      const hops = c.kernels.slice(1).map((to, i) => {
        const p = r.pairs.find((q) => q.chain?.id === c.id && q.chain.hop === i + 1);
        if (!p) return ` → <span class="muted" title="run again elsewhere">${esc(to)}</span>`;
        const n = p.liveupdateNumber ? ` <sup title="live update number the target counted">#${p.liveupdateNumber}</sup>` : '';
        return ` <a href="#${pairAnchor(p)}" style="color:${VERDICTS[p.verdict].colour}" title="${esc(p.verdict)}">${VERDICTS[p.verdict].symbol}→</a> ${esc(to)}${n}`;
      });
      const link = inputs.logLinks.get(`chain:${c.id}`);
      return `<tr id="${esc(c.id)}"><td>${esc(c.id)}</td><td>${esc(c.kernels[0]!)}${hops.join('')}</td><td>${c.kept} of ${c.kernels.length - 1}</td><td>${c.seconds.toFixed(1)} s</td><td>${esc(c.end)}${link ? ` (<a href="${esc(link)}">log</a>)` : ''}</td></tr>`;
    })
    .join('');
  const most = Math.max(0, ...r.pairs.map((p) => p.liveupdateNumber ?? 0));
  return `<section id="walks"><h2>Walks</h2>
<p class="muted">Each walk is one QEMU run: the first kernel boots cold, every later one is reached by a live update from the one before, so each arrow is one pair. #N is the live update number the target counted (${most > 1 ? `up to ${most} here: repeated live updates` : 'no repeated live update here'}). A walk stops standing for single pairs after a hop that leaves its target less than freshly booted; the rest runs again from a cold boot.</p>
<table><tr><th>walk</th><th>kernels and hops</th><th>hops kept</th><th>QEMU</th><th>end</th></tr>${rows}</table></section>`;
}

function repeats(p: Pair): string {
  const where = p.chain ? `Ran as hop ${p.chain.hop} of ${p.chain.hops} of walk <a href="#${esc(p.chain.id)}">${esc(p.chain.id)}</a>. ` : '';
  const counts = [p.liveupdateNumber && `live update number ${p.liveupdateNumber}`, p.khoExecCount && `KHO exec count ${p.khoExecCount}`].filter(Boolean).join(', ');
  return where || counts ? `<p>${where}${counts ? `The target counted ${counts}.` : ''}</p>` : '';
}

const PHASES = ['boot', 'stage1', 'kexec', 'stage2', 'shutdown'] as const;
const PHASE_COLOURS = ['#8c959f', '#0969da', '#bf8700', '#1a7f37', '#d0d7de'];

function timingChart(p: Pair, scale: number): string {
  let x = 0;
  const bars = PHASES.map((ph, i) => {
    const s = p.timings[ph];
    if (s === undefined) return '';
    const w = (s / scale) * 600;
    const rect = `<rect x="${x.toFixed(1)}" y="0" width="${Math.max(w, 0.5).toFixed(1)}" height="18" fill="${PHASE_COLOURS[i]}"><title>${ph} ${s.toFixed(2)} s</title></rect>`;
    x += w;
    return rect;
  }).join('');
  const legend = PHASES.filter((ph) => p.timings[ph] !== undefined)
    .map((ph) => `<span style="color:${PHASE_COLOURS[PHASES.indexOf(ph)]}">■</span> ${ph} ${p.timings[ph]!.toFixed(1)} s`)
    .join(' · ');
  return `<svg width="620" height="20" role="img" aria-label="time per phase">${bars}</svg><br><span class="muted">${legend} · total ${p.timings.total.toFixed(1)} s</span>`;
}

const STATUS_TEXT: Record<AbiRow['status'], string> = {
  match: '<span class="pass">match</span>',
  mismatch: '<span class="fail">mismatch</span>',
  'absent-on-target': '<span class="fail">absent on target</span>',
  'absent-on-source': '<span class="skip">absent on source</span>',
};

function abiRows(p: Pair): string {
  if (!p.abi?.length) return '';
  const rows = p.abi
    .map((r) => `<tr><td>${esc(label(r.component))}</td><td><code>${esc(r.source.join(', ') || '—')}</code></td><td><code>${esc(r.target.join(', ') || '—')}</code></td><td>${STATUS_TEXT[r.status]}</td><td>${esc(r.evidence.join('\n'))}</td></tr>`)
    .join('');
  return `<details${p.abi.some((r) => r.status === 'mismatch' || r.status === 'absent-on-target') ? ' open' : ''}><summary>Handover formats</summary><table><tr><th>component</th><th>source writes</th><th>target accepts</th><th>status</th><th>evidence</th></tr>${rows}</table></details>`;
}

function kernelsAbi(r: Results): string {
  const families = [...new Set(r.kernels.flatMap((k) => Object.keys(k.abi ?? {})))].sort();
  if (!families.length) return '';
  const groups = byArch(r);
  const strings = (k: Kernel, f: string) => (k.abi ? familyStrings(k.abi, f).join(', ') || '—' : '?');
  // an x86_64 kernel of the same release built the same way, for an arm64 one to be held against
  const twin = (k: Kernel) => (archOf(k) === 'x86_64' ? undefined : r.kernels.find((x) => archOf(x) === 'x86_64' && x.release === k.release && x.kind === k.kind && x.abi && (x.provenance?.patches ?? []).map((p) => p.sha256).join() === (k.provenance?.patches ?? []).map((p) => p.sha256).join()));
  const cell = (k: Kernel, f: string) => {
    const x = twin(k);
    const differs = x && k.abi && strings(x, f) !== strings(k, f);
    return `<td${differs ? ` class="broken" title="${esc(`${x.id} (x86_64) has ${strings(x, f)}`)}"` : ''}><code>${esc(strings(k, f))}</code>${differs ? ` <span class="unmet">≠ x86_64 ${esc(x.id)}: ${esc(strings(x, f))}</span>` : ''}</td>`;
  };
  const archCol = groups.length > 1;
  const rows = groups
    .flatMap((g) => g.kernels)
    .map((k) => `<tr><th>${esc(k.id)}</th>${archCol ? `<td>${esc(archOf(k))}</td>` : ''}${families.map((f) => cell(k, f)).join('')}</tr>`)
    .join('');
  return `<h2>Handover formats per kernel</h2>
<p class="muted">The versioned compatible strings compiled into each kernel image: what it writes when it hands over and what it accepts when it takes over (matching is exact).${archCol ? ' An arm64 kernel whose formats differ from the x86_64 kernel of the same release, built the same way, says so in its cell.' : ''}</p>
<table><tr><th>kernel</th>${archCol ? '<th>arch</th>' : ''}${families.map((f) => `<th>${esc(label(f))}</th>`).join('')}</tr>${rows}</table>`;
}

const FATE_CLASS: Record<ComponentFate['fate'], string> = { restored: 'pass', dropped: 'skip', refused: 'skip', panicked: 'fail', absent: 'muted' };

function fateCell(f: ComponentFate['fate']): string {
  return `<span class="${FATE_CLASS[f]}">${f}</span>`;
}

/** Each component's fate beside its predicted one; open when any differs, so the reader sees why a pair is unexpected. */
function fatesTable(p: Pair): string {
  if (!p.fates?.length) return '';
  const differs = (f: ComponentFate) => f.predicted !== undefined && f.predicted !== f.fate;
  const rows = p.fates
    .map((f) => {
      const lost = f.items === undefined ? '' : `${f.items - (f.lost ?? 0)} of ${f.items}`;
      const predicted = f.predicted ? `${fateCell(f.predicted)}${differs(f) ? ' <span class="unmet">≠</span>' : ''} <span class="muted">${esc(f.because ?? '')}</span>` : '—';
      return `<tr${differs(f) ? ' class="broken"' : ''}><td>${esc(label(f.component))}</td><td>${fateCell(f.fate)}</td><td>${lost}</td><td>${predicted}</td><td>${esc(f.evidence)}</td></tr>`;
    })
    .join('');
  return `<details${p.fates.some(differs) ? ' open' : ''}><summary>Fates</summary><table><tr><th>component</th><th>fate</th><th>items intact</th><th>predicted</th><th>evidence</th></tr>${rows}</table></details>`;
}

/** Whether the target can live-update again; said only when the run got far enough to know. */
function nextUpdateLine(p: Pair): string {
  const n = p.nextUpdate;
  if (!n || n.state === 'unknown') return '';
  const what = n.state === 'ready' ? '<span class="pass">the target can live-update again</span>' : `<span class="unmet">${MARKS.stuck.label} ${esc(MARKS.stuck.text)}</span>`;
  return `<p>After the update: ${what} <span class="muted">(${esc(n.evidence)})</span></p>`;
}

function predictionLine(p: Pair): string {
  const x = p.prediction;
  if (!x) return '';
  const which = x.components?.length ? ` (${x.components.map((c) => esc(label(c))).join(', ')} did otherwise)` : '';
  return `<p>Predicted from the kernels' formats: ${esc(x.verdict)} <span class="muted">(${esc(x.because)})</span>${x.unexpected ? ` — <span class="unmet">UNEXPECTED${which}: a kernel bug or a luqual bug</span>` : ''}</p>`;
}

/** expected: the pair's verdict is the one expected, so its failing tests are what that verdict means, not news. */
function suitesTable(p: Pair, expected: boolean): string {
  const status = (st: Pair['suites'][number]['status']) => (st === 'fail' && expected ? '<span class="skip">fail (expected)</span>' : `<span class="${st}">${st}</span>`);
  const rows = p.suites
    .flatMap((s) => {
      const head = `<tr><th colspan="3">${esc(s.name)}: ${status(s.status)}${s.reason ? ` <span class="muted">${esc(s.reason)}</span>` : ''}</th></tr>`;
      return [head, ...s.tests.map((t) => `<tr><td>${esc(t.name)}</td><td>${status(t.status)}</td><td>${esc(t.reason ?? '')}</td></tr>`)];
    })
    .join('');
  return `<table><tr><th>test</th><th>status</th><th>reason</th></tr>${rows}</table>`;
}

/** A kernel by its id, with its release where the id does not already say it. */
function kernelName(k: Pair['source']): string {
  return k.release && k.release !== k.id ? `${esc(k.id)} <span class="muted">(${esc(k.release)})</span>` : esc(k.id);
}

/** A pair the reader must look at: anything but a verdict that was as expected (or compatible where nothing was expected). */
function needsAttention(p: Pair): boolean {
  const fine = p.expectation ? p.expectation.met : p.verdict === 'compatible';
  return !fine || !!p.prediction?.unexpected || !!p.flaky || !!p.heirloomsLost || p.verdict === 'error';
}

function pairSection(p: Pair, inputs: ReportInputs, scale: number): string {
  const a = pairAnchor(p);
  const log = inputs.logs.get(a) ?? null;
  const x = p.expectation;
  const excerpt = p.verdict === 'compatible' || !log ? null : logExcerpt(log);
  const link = inputs.logLinks.get(a);
  const todo = whatToDo(p, inputs.results.routes);
  return `<article class="pair" id="${a}"><details${needsAttention(p) ? ' open' : ''}>
<summary><strong>${kernelName(p.source)} → ${kernelName(p.target)}</strong> ${badge(p.verdict)} ${esc(p.reason)}</summary>
${todo ? `<p><strong>What to do:</strong> ${esc(todo)}</p>` : ''}
${p.explanation ? `<p><strong>Why:</strong> ${esc(p.explanation)}</p>` : ''}
${attemptsList(p, inputs)}
${repeats(p)}
${predictionLine(p)}
${nextUpdateLine(p)}
${p.heirloomsLost ? `<p class="unmet">Heirlooms lost as hop ${p.heirloomsLost.hop} of <a href="#${esc(p.heirloomsLost.walk)}">${esc(p.heirloomsLost.walk)}</a> while this pair's fresh state came back whole: ${esc(p.heirloomsLost.evidence)}. A kernel bug in handing on retrieved state.</p>` : ''}
${x ? `<p>Expected: ${x.verdicts.map((v) => esc(v)).join(' or ')} <span class="muted">(${esc(x.rule)})</span> — <span class="${x.met ? 'met' : 'unmet'}">${x.met ? 'met' : 'not met'}</span></p>` : ''}
${p.evidence?.length ? `<details><summary>What the kernels said about the handover (${p.evidence.length} lines)</summary><pre>${esc(p.evidence.join('\n'))}</pre></details>` : ''}
${abiRows(p)}
${fatesTable(p)}
${suitesTable(p, !!x?.met && p.verdict !== 'compatible')}
<p>${timingChart(p, scale)}</p>
${excerpt ? `<p>Serial log from line ${excerpt.firstLine}:</p><pre class="log">${esc(excerpt.lines.join('\n'))}</pre>` : ''}
<p>${link ? `Full serial log: <a href="${esc(link)}">${esc(link)}</a>` : '<span class="muted">The serial log was not found next to the results.</span>'}</p>
<p>Reproduce: <code>${esc(p.reproducer)}</code></p>
</details></article>`;
}

function suiteDocs(suites: SuiteManifest[]): string {
  if (!suites.length) return '';
  return `<section id="suites"><h2>Suites</h2>${suites.map((s) => `<h3>${esc(s.name)}</h3>${renderMarkdown(s.description)}`).join('\n')}</section>`;
}

export function renderReport(inputs: ReportInputs): string {
  const r = inputs.results;
  const scale = Math.max(1, ...r.pairs.map((p) => p.timings.total));
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>luqual: live update compatibility</title><style>${CSS}</style></head>
<body>
<h1>Live update compatibility</h1>
${upgradePaths(r)}
${summary(r)}
${comparison(r)}
${grid(r)}
${walks(r, inputs)}
<section id="pairs"><h2>Pairs</h2>
${r.pairs.map((p) => pairSection(p, inputs, scale)).join('\n')}
</section>
${suiteDocs(inputs.suites)}
</body></html>
`;
}
