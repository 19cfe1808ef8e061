// The verdict of one pair, decided from what the run observed and nothing
// else: the agent's KTAP and item facts from both stages, kernel panics,
// the watchdog, QEMU's exit. The order of the checks is the order of
// precedence: a host failure outranks a panic, a panic a hang, and so on.
import type { BootRunResult } from '../runners/boot-run.ts';
import type { AgentItem, KtapSuite, KtapTest, StageDoc } from '../runners/console.ts';
import type { Status, Suite, Test, Verdict } from '../schemas/types/results.ts';

export interface Decision {
  verdict: Verdict;
  reason: string;
  suites: Suite[];
}

export interface PairNames {
  source: string;
  target: string;
  /** what the source's config says about live update, to explain `unsupported` */
  sourceCapability?: string;
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

/**
 * How QEMU ended when neither the guest (a power-off, or a reset that
 * -no-reboot turns into exit 0) nor luqual (watchdog, Ctrl-C) ended it:
 * a crash, the OOM killer, a kill from outside. Null when it did not.
 */
function qemuDeath(run: BootRunResult): string | null {
  if (run.hang || run.aborted) return null;
  if (run.exit.signal) return `was killed by ${run.exit.signal}`;
  if (run.exit.code) return `exited with code ${run.exit.code}`;
  return null;
}

export function decide(run: BootRunResult, suiteNames: readonly string[], names: PairNames): Decision {
  const c = run.console;
  const d1 = c.stage(1);
  const d2 = c.stage(2);
  const suites = suiteNames.map((n) => mergeSuite(n, d1, d2));
  const v = (verdict: Verdict, reason: string): Decision => ({ verdict, reason, suites });
  const evidence = c.handoverLines;
  const findLine = (re: RegExp) => evidence.find((l) => re.test(l));

  if (run.exit.spawnError) return v('error', `QEMU did not start: ${run.exit.spawnError}`);
  if (run.aborted) return v('error', 'the run was interrupted before the pair finished');
  if (c.panic?.killedInit) {
    return v('error', `the guest agent died (${c.panic.line}): a luqual bug, not a kernel verdict`);
  }
  if (c.panic) {
    const who = c.panic.kernelIndex >= 2 ? `target ${names.target}` : `source ${names.source}`;
    return v('incompatible-panic', `the ${who} kernel panicked: ${c.panic.line.replace(/^Kernel panic - not syncing: ?/, '')}`);
  }
  const death = qemuDeath(run);
  if (death) {
    const stderr = run.exit.qemuStderr ? ` (QEMU said: ${run.exit.qemuStderr.split('\n').slice(-2).join(' ')})` : '';
    return v('error', `QEMU itself ${death} in phase ${run.phase}${stderr}; last console line: ${c.lastLine || '(none)'}: a host failure, not a kernel verdict`);
  }
  if (run.hang) {
    const h = run.hang;
    const kernel = h.phase === 'kexec' || h.phase === 'stage2' ? `target ${names.target}` : `source ${names.source}`;
    return v('incompatible-hang', `no progress in phase ${h.phase} for ${h.seconds} s (${kernel}); last console line: ${h.lastLine || '(none)'}`);
  }
  if (!d1) {
    if (c.banners.length === 0) return v('error', `the source ${names.source} printed nothing on the console (QEMU exit ${run.exit.code}${run.exit.qemuStderr ? `: ${run.exit.qemuStderr}` : ''})`);
    return v('error', `the source ${names.source} booted but never ran the agent (QEMU exit ${run.exit.code})`);
  }
  if (d1.facts.liveupdate === 'unavailable') {
    // the source's own word on LUO; KHO lines may be the target's, after a KHO-only kexec
    const log = findLine(/luo: /);
    const config = names.sourceCapability ? `; its config: ${names.sourceCapability}` : '';
    return v('unsupported', `the source ${names.source} has no /dev/liveupdate (errno ${d1.facts.errno ?? '?'})${log ? `; it logged "${log}"` : ''}${config}`);
  }
  const fates = itemFates(d1, d2);
  if (!fates.length) {
    const why = stageFailures(d1.suites);
    return v('unsupported', `the source ${names.source} preserved nothing${why.length ? `: ${list(said(why), 2)}` : ''}`);
  }
  const load = failedSteps(d1)[0];
  if (load) return v('unsupported', `the source ${names.source} could not load the target: ${reasonOf(load)}`);
  if (d1.facts['kexec-failed']) {
    return v('unsupported', `the source ${names.source} aborted the kexec: reboot returned errno ${d1.facts['kexec-failed']}`);
  }
  if (!d2) {
    if (c.banners.length < 2) return v('incompatible-panic', `the guest reset during the kexec into ${names.target} without a panic message`);
    return v('incompatible-panic', `the target ${names.target} booted but stopped before running the agent, without a panic message`);
  }
  const unreadable = fates.find((f) => f.fate === 'unreadable');
  if (unreadable) return v('error', `the agent's report could not be read (${unreadable.why}): luqual cannot say what survived`);
  const verified = fates.filter((f) => f.fate === 'verified');
  const bad = fates.filter((f) => f.fate !== 'verified');
  if (!bad.length) {
    // a target failure counts only where the source did its part: a test
    // the source failed or skipped (it could not preserve) fails again here
    const notDoneAtSource = new Set(d1.suites.flatMap((su) => su.tests.filter((t) => !t.ok || t.skip).map((t) => `${su.name}/${t.name}`)));
    const other = stageFailures(d2.suites).filter((f) => !notDoneAtSource.has(f.test) && !fates.some((x) => f.test === `${x.item.suite}/${x.item.name}`));
    if (other.length) return v('data-loss', `all ${verified.length} preserved items verified, but ${list(said(other), 2)}`);
    return v('compatible', `all ${verified.length} preserved items came back verified on ${names.target}`);
  }
  if (!verified.length && bad.every((f) => f.fate === 'missing')) {
    const log = findLine(/Passed KHO data|incompatible|disabling|Disabling|No registered handler/i);
    const lu = d2.facts.liveupdate === 'unavailable' ? '; it has no /dev/liveupdate' : '';
    return v('incompatible-clean', `the target ${names.target} booted without the handover${lu}${log ? ` and logged "${log}"` : ''}: ${bad.length} preserved items lost`);
  }
  return v('data-loss', `${bad.length} of ${fates.length} preserved items did not survive: ${list(bad.map((f) => f.why))}`);
}
