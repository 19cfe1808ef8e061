// luqual pair --expect for git bisect run: 0 good, 1 bad, 125 skip when
// luqual or the host could not decide.
import test from 'ava';
import { expectedVerdicts } from '../cli/pair.ts';
import { luqual } from './helpers.ts';

test('--expect takes verdicts, comma-separated; anything else is refused with the list', async (t) => {
  t.deepEqual(expectedVerdicts('compatible'), ['compatible']);
  t.deepEqual(expectedVerdicts('compatible, incompatible-clean'), ['compatible', 'incompatible-clean']);
  t.is(expectedVerdicts(undefined), null);
  t.throws(() => expectedVerdicts('compatibel'), { message: /--expect "compatibel": compatibel is not a verdict \(have: compatible, / });
  const r = await luqual(['pair', '--expect', 'good', 'debian-src:7.2.12', 'debian-src:7.3.4']);
  t.is(r.exitCode, 2, r.all);
});
