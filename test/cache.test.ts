import test from 'ava';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cachedDir, cacheRoot, contentKey } from '../host/cache.ts';

test('keys follow content, not identity', (t) => {
  t.is(contentKey({ a: 1, f: 'x' }), contentKey({ a: 1, f: 'x' }));
  t.not(contentKey({ a: 1, f: 'x' }), contentKey({ a: 1, f: 'y' }));
  t.regex(contentKey('x'), /^[0-9a-f]{24}$/);
});

test('LUQUAL_CACHE overrides the cache root', (t) => {
  t.is(cacheRoot({ LUQUAL_CACHE: '/c' }), '/c');
  t.is(cacheRoot({ HOME: '/h', XDG_CACHE_HOME: '/x' }), '/x/luqual');
});

test('concurrent makers of one entry: made once, complete for both', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'cache-'));
  let made = 0;
  const make = async (tmp: string) => {
    made++;
    await new Promise((r) => setTimeout(r, 300));
    writeFileSync(join(tmp, 'out'), 'done');
  };
  const dirs = await Promise.all([cachedDir(join(root, 'k'), make), cachedDir(join(root, 'k'), make)]);
  t.is(made, 1);
  for (const d of dirs) t.is(readFileSync(join(d, 'out'), 'utf8'), 'done');
});

test('a failed make leaves no entry behind', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'cache-'));
  await t.throwsAsync(cachedDir(join(root, 'k'), () => Promise.reject(new Error('build failed'))), { message: 'build failed' });
  t.false(existsSync(join(root, 'k')));
  t.deepEqual(readdirSync(root).filter((f) => f.includes('.tmp-')), []);
});

test('an entry taken from the cache is marked used now, for prune to go by', async (t) => {
  const root = mkdtempSync(join(tmpdir(), 'cache-'));
  const dir = await cachedDir(join(root, 'k'), (tmp) => Promise.resolve(writeFileSync(join(tmp, 'out'), 'done')));
  const monthAgo = new Date(Date.now() - 30 * 86400_000);
  utimesSync(dir, monthAgo, monthAgo);
  await cachedDir(dir, () => Promise.reject(new Error('made again')));
  t.true(Date.now() - statSync(dir).mtimeMs < 60_000);
});
