import test from 'ava';
import { idSlug, pairKey, pairSlug } from '../judge/pair-key.ts';

test('ids of safe characters are their own slug', (t) => {
  t.is(pairSlug('7.2.12', 'stock-7.3.4'), '7.2.12__stock-7.3.4');
  t.is(idSlug('7.3+fix'), '7.3+fix');
});

test('pairs whose ids differ never share a slug or a key', (t) => {
  t.not(pairSlug('a', 'b__c'), pairSlug('a__b', 'c'));
  t.is(pairSlug('a', 'b__c'), 'a__b_5f_5fc');
  t.not(pairSlug('a/b', 'c'), pairSlug('a-b', 'c'));
  t.not(pairKey('a', 'bc'), pairKey('ab', 'c'));
});

test('a slug holds no path separator, no space and no "..": it is one folder name', (t) => {
  for (const id of ['../../x', 'a b', '/etc/passwd', 'é', '\u0000']) {
    const s = idSlug(id);
    t.regex(s, /^[A-Za-z0-9.+_-]+$/, id);
    t.false(s.includes('/'), id);
  }
  t.is(idSlug('é'), '_c3_a9');
});

test('a long id makes a slug that fits a file name, still its own', (t) => {
  const long = 'k'.repeat(5000);
  const [a, b] = [idSlug(`${long}a`), idSlug(`${long}b`)];
  t.true(a.length <= 100 && b.length <= 100);
  t.not(a, b);
  t.regex(a, /^k+~[0-9a-f]{16}$/);
  t.true(Buffer.byteLength(`pair-${pairSlug(long, '/'.repeat(900))}.attempt-9.console.log`) <= 255);
});
