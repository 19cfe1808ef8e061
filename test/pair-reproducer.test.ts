// The command a pair's result says reproduces it: given to a shell, it is
// the same command, whatever its arguments hold (`--out pair`, quotes,
// spaces, `$(...)`, a value starting with "-").
import test from 'ava';
import { parseArgs } from 'node:util';
import { execa } from 'execa';
import { resolve } from 'node:path';
import { pairReproducer, reproducerRef } from '../cli/pair.ts';
import { OPTIONS } from '../cli/options.ts';

/** What a POSIX shell makes of the command: its words. */
async function words(command: string): Promise<string[]> {
  const r = await execa('sh', ['-c', `printf '%s\\0' ${command}`]);
  return r.stdout.split('\0').slice(0, -1);
}

const CASES: string[][] = [
  ['pair', 'a', 'b', '--out', 'pair'],
  ['--matrix', 'pair', 'pair', 'pair', 'pair', '--suite', 'memfd', '--suite', 'pair'],
  ['pair', 'debian-src:7.2.12', './my kernels/bzImage', '--cmdline', "it's $(id) `id` \"q\" a;b|c&d *", '--no-chain'],
  ['pair', 'a', 'b', '--cmdline=-quiet', '--timeout', '60'],
  ['pair', '--', 'a', '-b'],
];

for (const argv of CASES) {
  test(`reproducing ${JSON.stringify(argv)} runs the same command`, async (t) => {
    const asked = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
    const [command, ...refs] = asked.positionals;
    t.is(command, 'pair');
    const reproducer = pairReproducer(refs, asked.values, []);
    const [npx, luqual, ...args] = await words(reproducer);
    t.deepEqual([npx, luqual], ['npx', 'luqual']);
    const again = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
    t.deepEqual(again.positionals, asked.positionals);
    // the same, but its paths absolute: it runs from any folder, the results folder too
    const { out, matrix } = asked.values;
    t.deepEqual({ ...again.values }, { ...asked.values, ...(out ? { out: resolve(out) } : {}), ...(matrix ? { matrix: resolve(matrix) } : {}) });
  });
}

test('the reproducer names a bzImage of the user\'s own by its absolute paths, and a matrix\'s kernel by its id', (t) => {
  const own = { kind: 'path', image: '/home/me/linux/arch/x86/boot/bzImage', config: '/home/me/linux/.config', modules: null } as const;
  t.is(reproducerRef('./arch/x86/boot/bzImage', own, null), '/home/me/linux/arch/x86/boot/bzImage,config=/home/me/linux/.config');
  t.is(reproducerRef('bzImage', { ...own, config: null }, null), '/home/me/linux/arch/x86/boot/bzImage');
  t.is(reproducerRef('bzImage', { ...own, modules: '/home/me/mods/lib/modules/7.3.4' }, null), '/home/me/linux/arch/x86/boot/bzImage,config=/home/me/linux/.config,modules=/home/me/mods/lib/modules/7.3.4');
  t.is(reproducerRef('mine', own, { kernels: [{ id: 'mine', ref: './bzImage' }] }), 'mine');
  t.is(reproducerRef('debian-src:7.3.4', { kind: 'debian-src', image: '/cache/bzImage', config: '/cache/config', modules: null }, null), 'debian-src:7.3.4');
});

test('the suites luqual was told to damage are in the reproducer too, as an environment variable', async (t) => {
  const reproducer = pairReproducer(['a', 'b'], {}, ['memfd', 'sessions']);
  t.is(reproducer, 'LUQUAL_TEST_CORRUPT=memfd,sessions npx luqual pair a b');
  const r = await execa('sh', ['-c', `${reproducer.replace('npx luqual pair', 'printenv LUQUAL_TEST_CORRUPT #')}`]);
  t.is(r.stdout, 'memfd,sessions');
});
