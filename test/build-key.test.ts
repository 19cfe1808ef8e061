// A kernel's cache key covers everything that goes into its image, so two
// different kernels never share a cache entry.
import test from 'ava';
import { buildKey, type SourceOrigin } from '../kernels/debian-src.ts';

const origin: SourceOrigin = { how: 'source', version: '7.3.4-1' };
const key = (over: Partial<Parameters<typeof buildKey>[3]> = {}, patches = [] as { name: string; text: string }[]) =>
  buildKey(origin, 'CONFIG_X=y\n', patches, { extraConfig: null, ...over }, 'gcc 12');

test('a build from an unverified tarball never shares the key of a verified one', (t) => {
  t.not(key({ insecureUnverifiedSource: true }), key());
  t.is(key({ insecureUnverifiedSource: false }), key());
});

test('patches and extra config change the key; the patch file name and text both count', (t) => {
  t.not(key({ extraConfig: 'CONFIG_Y=y\n' }), key());
  t.not(key({}, [{ name: 'a.patch', text: 'x' }]), key());
  t.not(key({}, [{ name: 'a.patch', text: 'x' }]), key({}, [{ name: 'a.patch', text: 'y' }]));
  t.not(buildKey({ how: 'source', version: '7.3.5-1' }, 'CONFIG_X=y\n', [], {}, 'gcc 12'), key());
});
