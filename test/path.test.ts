import test from 'ava';
import { judgePath, type PathHopInput } from '../judge/path.ts';
import type { AgentItem, StageDoc } from '../judge/observation.ts';

const NAMES = ['memfd/64M', 'memfd/sealed', 'sessions/one'];

function doc(stage: number, states: Record<string, string>, attrs: Record<string, string> = {}): StageDoc {
  const items: AgentItem[] = Object.entries(states).map(([name, state]) => ({ suite: 'heirlooms', name, state, attrs }));
  return { stage, line: 0, release: '', facts: {}, items: [], blobs: [], suites: [], steps: [], planned: null, finished: true, heirlooms: { subtest: { name: 'heirlooms', ok: true, diag: [], tests: [], planned: null }, items } };
}
const all = (state: string) => Object.fromEntries(NAMES.map((n) => [n, state]));

function hop(source: string, target: string, sent: Record<string, string>, got: Record<string, string> | null, verdict: PathHopInput['verdict'] = 'compatible', reason = 'fresh state whole'): PathHopInput {
  return { source, target, verdict, reason, preserve: doc(1, sent), ...(got ? { verify: doc(2, got) } : {}) };
}

test('heirlooms verified on every hop: the path is compatible', (t) => {
  const j = judgePath(['a', 'b', 'c'], [hop('a', 'b', all('preserved'), all('verified')), hop('b', 'c', all('preserved'), all('verified'))]);
  t.is(j.verdict, 'compatible');
  t.is(j.reason, 'all 3 heirlooms born on a arrived verified on c after 2 live updates');
  t.deepEqual(j.hops.map((h) => h.state), ['carried', 'carried']);
});

test('one heirloom damaged at the second hop: data-loss naming that hop, and the fresh state that passed', (t) => {
  const j = judgePath(['a', 'b', 'c'], [hop('a', 'b', all('preserved'), all('verified')), hop('b', 'c', all('preserved'), { ...all('verified'), 'memfd/64M': 'corrupt' })]);
  t.is(j.verdict, 'data-loss');
  t.is(j.brokeAt, 2);
  t.regex(j.reason, /^hop 2 \(b -> c\): 1 of 3 heirlooms did not arrive intact on c: memfd\/64M corrupt while the hop's fresh state came back whole/);
});

test('a target that booted without the handover: nothing arrived, incompatible-clean as the pair', (t) => {
  const j = judgePath(['a', 'b'], [hop('a', 'b', all('preserved'), all('missing'), 'incompatible-clean', 'the target b booted without the handover')]);
  t.is(j.verdict, 'incompatible-clean');
  t.regex(j.reason, /the pair: the target b booted without the handover$/);
});

test('a kernel that refuses to preserve a retrieved file: unsupported, with the errno', (t) => {
  const sent = { ...all('preserved'), 'memfd/sealed': 'not-preserved' };
  const d = doc(1, sent, { step: 'preserve', errno: '22' });
  const j = judgePath(['a', 'b', 'c'], [hop('a', 'b', all('preserved'), all('verified')), { ...hop('b', 'c', sent, all('verified')), preserve: d }]);
  t.is(j.verdict, 'unsupported');
  t.regex(j.reason, /^hop 2 \(b -> c\): b could not preserve .*memfd\/sealed \(preserve: EINVAL\)/);
});

test('a panic on a hop is the path verdict, with the pair reason', (t) => {
  const j = judgePath(['a', 'b'], [hop('a', 'b', all('preserved'), null, 'incompatible-panic', 'the target b kernel panicked: x')]);
  t.is(j.verdict, 'incompatible-panic');
  t.is(j.hops[0]!.state, 'unknown');
});

test('a run that ended before the last hop has no verdict on the rest', (t) => {
  const j = judgePath(['a', 'b', 'c'], [hop('a', 'b', all('preserved'), all('verified'))]);
  t.is(j.verdict, 'error');
});
