// The verdict of one pair, decided from what its run observed and nothing
// else: the agent's KTAP and item facts from both stages, kernel panics,
// the watchdog, QEMU's exit. The order of the checks is the order of
// precedence: a host failure outranks a panic, a panic a hang, and so on.
import type { AbiStrings } from './abi.ts';
import { AGENT_VERSIONS_READ } from './agent-version.ts';
import { observeFates, usedComponents, verdictOfFates, type CarriedItem, type FateRow } from './fates.ts';
import { component } from './components.ts';
import { nextUpdate } from './next-update.ts';
import type { AgentItem, KtapSuite, KtapTest, Observation, StageDoc } from './observation.ts';
import type { NextUpdate, Status, Suite, Test, Verdict } from '../schemas/types/results.ts';

export interface Decision {
  verdict: Verdict;
  reason: string;
  suites: Suite[];
  /** what became of each component the source used, where the target got far enough to show it */
  fates?: FateRow[];
  nextUpdate: NextUpdate;
}

export interface PairNames {
  source: string;
  target: string;
  /** what the source's config says about live update, to explain `unsupported` */
  sourceCapability?: string;
  /** the target's handover formats, when its image was read */
  targetAbi?: AbiStrings | null;
  /** "suite/item" -> the component that carries it, "suite/*" every other item of the suite (the suites' manifests) */
  carriers: Readonly<Record<string, string>>;
}

function reasonOf(t: KtapTest): string | undefined {
  if (t.skip) return t.skip;
  if (!t.ok) {
    const why = t.diag.filter((d) => !d.startsWith('luqual:')).at(-1) ?? 'failed';
    return why.startsWith(`${t.name}: `) ? why.slice(t.name.length + 2) : why;
  }
  return undefined;
}

function status(t: KtapTest): Status {
  return t.skip ? 'skip' : t.ok ? 'pass' : 'fail';
}

/** One test's outcome over both stages: the source half, then the target half. */
function mergeTest(name: string, s1: KtapTest | undefined, s2: KtapTest | undefined, reached2: boolean): Test {
  if (s1 && status(s1) !== 'pass') return { name, status: status(s1), reason: `source: ${reasonOf(s1)}` };
  if (!s2) {
    if (!s1) return { name, status: 'fail', reason: 'not reported' };
    return reached2 ? { name, status: 'fail', reason: 'target: not reported' } : { name, status: 'fail', reason: 'target never ran the agent' };
  }
  const r = reasonOf(s2);
  return r ? { name, status: status(s2), reason: `target: ${r}` } : { name, status: 'pass' };
}

function mergeSuite(name: string, d1: StageDoc | undefined, d2: StageDoc | undefined): Suite {
  const s1 = d1?.suites.find((s) => s.name === name);
  const s2 = d2?.suites.find((s) => s.name === name);
  if (!s1) return { name, status: 'fail', reason: 'the source never ran this suite', tests: [] };
  if (s1.skip && !s1.tests.length) return { name, status: 'skip', reason: s1.skip, tests: [] };
  const names = [...new Set([...s1.tests, ...(s2?.tests ?? [])].map((t) => t.name))];
  const tests = names.map((n) => mergeTest(n, s1.tests.find((t) => t.name === n), s2?.tests.find((t) => t.name === n), !!d2));
  const failed = tests.filter((t) => t.status === 'fail');
  const suite: Suite = { name, status: failed.length ? 'fail' : tests.every((t) => t.status === 'skip') && tests.length ? 'skip' : 'pass', tests };
  if (failed.length) suite.reason = `${failed.length} of ${tests.length} tests failed`;
  else if (suite.status === 'skip') suite.reason = tests[0]!.reason;
  if (s2?.skip && !s2.tests.length) suite.reason = `target: ${s2.skip}`;
  return suite;
}

type ItemFate = { item: AgentItem; fate: 'verified' | 'missing' | 'corrupt' | 'unreadable'; why: string };

const TARGET_STATES = new Set(['verified', 'missing', 'corrupt']);

/** What became of each item the source preserved. */
function itemFates(d1: StageDoc, d2: StageDoc | undefined): ItemFate[] {
  return d1.items
    .filter((i) => i.state === 'preserved')
    .map((item): ItemFate => {
      const after = d2?.items.find((j) => j.suite === item.suite && j.name === item.name);
      const label = `${item.suite}/${item.name}`;
      if (after && !TARGET_STATES.has(after.state)) return { item, fate: 'unreadable', why: `${label} reported as "${after.attrs.item}${after.state ? ` state=${after.state}` : ''}"` };
      if (!after || after.state === 'missing') return { item, fate: 'missing', why: `${label} not restored` };
      if (after.state !== 'verified') {
        const where = after.attrs.first_bad ? ` from byte ${after.attrs.first_bad}` : after.attrs.size ? ` (size ${after.attrs.size}, expected ${item.attrs.size})` : '';
        return { item, fate: 'corrupt', why: `${label} restored with different content${where}` };
      }
      // belt and braces: the host compares the two stages' hashes itself
      if (item.attrs.hash && after.attrs.hash !== item.attrs.hash) {
        return { item, fate: 'corrupt', why: `${label} hash ${after.attrs.hash} differs from the source's ${item.attrs.hash}` };
      }
      return { item, fate: 'verified', why: '' };
    });
}

function list(xs: string[], max = 3): string {
  return xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')} and ${xs.length - max} more`;
}

function failedSteps(d: StageDoc): KtapTest[] {
  return d.steps.filter((s) => !s.ok && !s.skip);
}

interface Failure {
  /** "suite/test" */
  test: string;
  reason: string;
}

function stageFailures(suites: KtapSuite[]): Failure[] {
  return suites.flatMap((s) => s.tests.filter((t) => !t.ok && !t.skip).map((t) => ({ test: `${s.name}/${t.name}`, reason: reasonOf(t)! })));
}

const said = (fs: Failure[]) => fs.map((f) => `${f.test}: ${f.reason}`);

/** An agent whose output this luqual does not read (a stale initramfs, a mixed-up build): luqual's failure. */
function foreignAgent(o: Observation): string | null {
  for (const d of [o.preserve, o.verify]) {
    const v = d?.facts.agent;
    if (d && (v === undefined || !AGENT_VERSIONS_READ.includes(v))) return `the guest agent on ${d.release || 'a kernel'} speaks version ${v ?? '(none)'}, and this luqual reads ${AGENT_VERSIONS_READ.join(', ')}: a luqual bug, not a kernel verdict`;
  }
  return null;
}

/** How the run ended, when that decides the verdict before anything the kernels did. */
function endVerdict(o: Observation, names: PairNames): [Verdict, string] | null {
  const e = o.end;
  if (e.kind === 'spawn-failed') return ['error', `QEMU did not start: ${e.message}`];
  if (e.kind === 'aborted') return ['error', 'the run was interrupted before the pair finished'];
  // before anything in the console is taken as a kernel's doing
  const foreign = foreignAgent(o);
  if (foreign) return ['error', foreign];
  if (o.panic?.killedInit) return ['error', `the guest agent died (${o.panic.line}): a luqual bug, not a kernel verdict`];
  // a target's panic is judged with what it did to each component (targetVerdict)
  if (o.panic?.inTarget) return null;
  if (o.panic) return ['incompatible-panic', `the source ${names.source} kernel panicked: ${panicText(o.panic.line)}`];
  if (e.kind === 'qemu-died') {
    const stderr = e.stderr ? ` (QEMU said: ${e.stderr.split('\n').slice(-2).join(' ')})` : '';
    return ['error', `QEMU itself ${e.how} in phase ${o.phase}${stderr}; last console line: ${o.lastLine || '(none)'}: a host failure, not a kernel verdict`];
  }
  if (e.kind === 'hang') {
    const inTarget = e.phase === 'kexec' || e.phase === 'stage2' || (e.phase === 'shutdown' && o.kernelsStarted >= 2);
    const kernel = inTarget ? `target ${names.target}` : `source ${names.source}`;
    return ['incompatible-hang', `no progress in phase ${e.phase} for ${e.seconds} s (${kernel}); last console line: ${e.lastLine || '(none)'}`];
  }
  return null;
}

const panicText = (line: string) => line.replace(/^Kernel panic - not syncing: ?/, '');

/** Why the source did not get as far as a kexec, or null when it did. */
function sourceVerdict(o: Observation, names: PairNames, fates: ItemFate[]): [Verdict, string] | null {
  const d1 = o.preserve!;
  if (d1.facts.liveupdate === 'unavailable') {
    // the source's own word on LUO; KHO lines may be the target's, after a KHO-only kexec
    const log = o.handover.find((l) => /luo: /.test(l));
    const config = names.sourceCapability ? `; its config: ${names.sourceCapability}` : '';
    return ['unsupported', `the source ${names.source} has no /dev/liveupdate (errno ${d1.facts.errno ?? '?'})${log ? `; it logged "${log}"` : ''}${config}`];
  }
  if (!fates.length) {
    const why = stageFailures(d1.suites);
    return ['unsupported', `the source ${names.source} preserved nothing${why.length ? `: ${list(said(why), 2)}` : ''}`];
  }
  const load = failedSteps(d1)[0];
  if (load) return ['unsupported', `the source ${names.source} could not load the target: ${reasonOf(load)}`];
  if (d1.facts['kexec-failed']) return ['unsupported', `the source ${names.source} aborted the kexec: reboot returned errno ${d1.facts['kexec-failed']}`];
  return null;
}

/**
 * Where a finished document's KTAP plans and its results disagree: a line
 * of the agent's report went missing (or a suite miscounted), so what it
 * says cannot be taken whole. A document cut off (a panic, a hang) is
 * judged by how the run ended instead.
 */
function planProblem(d: StageDoc | undefined, kernel: string): string | null {
  if (!d?.finished) return null;
  for (const s of [...d.suites, ...(d.heirlooms ? [d.heirlooms.subtest] : [])]) {
    // a suite skipped whole is one result line, with no subtest and no plan
    if (s.planned === null ? s.tests.length > 0 : s.planned !== s.tests.length) return `the ${kernel}'s ${s.name} suite planned ${s.planned ?? 'no'} tests and reported ${s.tests.length}`;
  }
  const results = d.suites.length + d.steps.length + (d.heirlooms ? 1 : 0);
  if (d.planned !== results) return `the ${kernel}'s agent planned ${d.planned ?? 'no'} results and reported ${results}`;
  return null;
}

/** Why the target never ran the agent, or never finished: its panic, else how it stopped. */
function targetDeath(o: Observation, names: PairNames): string | null {
  if (o.panic?.inTarget) return `the target ${names.target} kernel panicked: ${panicText(o.panic.line)}`;
  if (o.verify) return null;
  if (o.kernelsStarted < 2) return `the guest reset during the kexec into ${names.target} without a panic message`;
  return `the target ${names.target} booted but stopped before running the agent, without a panic message`;
}

/** The preserved items with the component that carried each; a string names an item no manifest gives a carrier. */
function carry(fates: readonly ItemFate[], carriers: PairNames['carriers']): CarriedItem[] | string {
  const out: CarriedItem[] = [];
  for (const f of fates) {
    const key = `${f.item.suite}/${f.item.name}`;
    const carrier = carriers[key] ?? carriers[`${f.item.suite}/*`];
    if (!carrier) return `the ${f.item.suite} suite preserved ${key}, and its manifest names no component carrying it`;
    out.push({ carrier, back: f.fate === 'verified' || f.fate === 'corrupt', intact: f.fate === 'verified' });
  }
  return out;
}

/** Target failures that are not an item's and not explained by a source that did not do its part. */
function otherTargetFailures(d1: StageDoc, d2: StageDoc | undefined, fates: readonly ItemFate[]): Failure[] {
  if (!d2) return [];
  // a test the source failed or skipped (it could not preserve) fails again here
  const notDoneAtSource = new Set(d1.suites.flatMap((su) => su.tests.filter((t) => !t.ok || t.skip).map((t) => `${su.name}/${t.name}`)));
  return stageFailures(d2.suites).filter((f) => !notDoneAtSource.has(f.test) && !fates.some((x) => f.test === `${x.item.suite}/${x.item.name}`));
}

function restoredNote(rows: readonly FateRow[], fates: readonly ItemFate[]): string {
  const kept = rows.filter((r) => r.fate === 'restored' && r.items);
  const verified = fates.filter((f) => f.fate === 'verified').length;
  return kept.length ? `; restored: ${kept.map((r) => component(r.component).label).join(', ')} (${verified} items verified)` : '';
}

/** The sentence behind a verdict the fates decided. */
function fateReason(verdict: Verdict, decisive: FateRow | undefined, o: Observation, rows: readonly FateRow[], fates: readonly ItemFate[], names: PairNames): string {
  const bad = fates.filter((f) => f.fate !== 'verified');
  const verified = fates.length - bad.length;
  if (verdict === 'incompatible-panic') return targetDeath(o, names)!;
  if (verdict === 'compatible') return `all ${verified} preserved items came back verified on ${names.target}`;
  if (verdict === 'data-loss' && !decisive) {
    return `all ${verified} preserved items verified, but ${list(said(otherTargetFailures(o.preserve!, o.verify, fates)), 2)}`;
  }
  if (verdict === 'data-loss') return `${bad.length} of ${fates.length} preserved items did not survive: ${list(bad.map((f) => f.why))}`;
  const d = decisive!;
  if (d.component === 'kho') {
    const log = d.evidence.startsWith('held by') || d.evidence.startsWith('the target logged nothing') ? null : d.evidence;
    // an arm64 target without KHO logs nothing: the agent saw the handover in its device tree
    const seen = !log ? '' : log.startsWith('its device tree') ? `; ${log}` : ` and logged "${log}"`;
    return `the target ${names.target} booted without the handover${seen}: ${bad.length} preserved items lost`;
  }
  const how = d.fate === 'refused' ? `refused the ${component(d.component).label} ("${d.evidence}")` : `dropped the ${component(d.component).label} (${d.evidence})`;
  return `the target ${names.target} ${how}: ${bad.length} preserved items lost${restoredNote(rows, fates)}`;
}

/** The verdict from what became of each component and each preserved item on the target. */
function targetVerdict(o: Observation, names: PairNames, fates: ItemFate[]): Omit<Decision, 'suites' | 'nextUpdate'> {
  const died = targetDeath(o, names);
  const unreadable = died ? null : (fates.find((f) => f.fate === 'unreadable')?.why ?? planProblem(o.preserve, `source ${names.source}`) ?? planProblem(o.verify, `target ${names.target}`));
  if (unreadable) return { verdict: 'error', reason: `the agent's report could not be read (${unreadable}): luqual cannot say what survived` };
  const items = carry(fates, names.carriers);
  if (typeof items === 'string') return { verdict: 'error', reason: `${items}: a luqual bug, not a kernel verdict` };
  const rows = observeFates(usedComponents(items), { log: o.targetHandover, died, items, abi: names.targetAbi ?? null, handoverInDeviceTree: o.verify?.facts['kho-dt'] === 'present' });
  const { verdict, decisive } = verdictOfFates(rows, died ? 0 : otherTargetFailures(o.preserve!, o.verify, fates).length);
  return { verdict, reason: fateReason(verdict, decisive, o, rows, fates, names), fates: rows };
}

export function decide(o: Observation, suiteNames: readonly string[], names: PairNames): Decision {
  const suites = suiteNames.map((n) => mergeSuite(n, o.preserve, o.verify));
  const next = nextUpdate(o.verify);
  const v = ([verdict, reason]: [Verdict, string]): Decision => ({ verdict, reason, suites, nextUpdate: next });
  const ended = endVerdict(o, names);
  if (ended) return v(ended);
  if (!o.preserve) {
    const exit = o.end.kind === 'exited' ? o.end : null;
    if (o.kernelsStarted === 0) return v(['error', `the source ${names.source} printed nothing on the console (QEMU exit ${exit?.code ?? null}${exit?.stderr ? `: ${exit.stderr}` : ''})`]);
    return v(['error', `the source ${names.source} booted but never ran the agent (QEMU exit ${exit?.code ?? null})`]);
  }
  const fates = itemFates(o.preserve, o.verify);
  const source = sourceVerdict(o, names, fates);
  if (source) return v(source);
  const judged = targetVerdict(o, names, fates);
  // an operator's first question after this update: can the machine do the next one?
  const reason = next.state === 'unusable' ? `${judged.reason}; ${next.evidence}` : judged.reason;
  return { ...judged, reason, suites, nextUpdate: next };
}
