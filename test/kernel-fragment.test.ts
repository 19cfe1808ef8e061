// luqual's Kconfig fragment, `luqual kernels --fragment`, and the README's
// table of the options a kernel needs, derived from what luqual checks: the
// suites' manifests (requirements.kconfig) and kernels/kconfig.ts.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ARCH_BUILD, ARCHES } from '../kernels/arch.ts';
import { LIVE_UPDATE_OPTIONS, liveUpdateCapability, parseKconfig } from '../kernels/kconfig.ts';
import { availableSuites, suiteManifest } from '../suites/registry.ts';
import { luqual } from './helpers.ts';

const FRAGMENT_PATH = ARCH_BUILD.x86_64.fragment;

const README = readFileSync(join(fileURLToPath(new URL('..', import.meta.url)), 'README.md'), 'utf8');
const FRAGMENTS = ARCHES.map((a) => ({ arch: a, config: parseKconfig(readFileSync(ARCH_BUILD[a].fragment, 'utf8')) }));
/** A manifest's requirements, each a list of options of which one will do (A|B). */
const required = (s: string) => (suiteManifest(s).requirements?.kconfig ?? []).map((o) => o.split('|'));

/** The README's table of options: "for" -> the options it lists. */
function readmeTable(): Map<string, string[]> {
  const table = /\n\| for \| options \|\n\|---\|---\|\n((?:\|.*\|\n)+)/.exec(README);
  if (!table) return new Map();
  return new Map(
    table[1]!
      .trim()
      .split('\n')
      .map((row) => {
        const [what, options] = row.split('|').slice(1, 3).map((c) => c.trim());
        return [what!, [...options!.matchAll(/`(CONFIG_\w+)`/g)].map((m) => m[1]!)];
      }),
  );
}

test('the README names, per suite, the options its manifest requires, every suite and nothing else', (t) => {
  const rows = readmeTable();
  const suites = [...rows.keys()].filter((k) => k.startsWith('suite ')).map((k) => /`(.*)`/.exec(k)![1]!);
  t.deepEqual(suites, availableSuites());
  for (const s of availableSuites()) t.deepEqual(rows.get(`suite \`${s}\``), required(s).flat(), s);
});

test('the README\'s options for any live update are those luqual checks: all of them needed, none missing', (t) => {
  const options = readmeTable().get('any live update') ?? [];
  t.true(LIVE_UPDATE_OPTIONS.every((o) => options.includes(o)));
  const config = (set: readonly string[]) => parseKconfig(set.map((o) => `${o}=y`).join('\n'));
  t.true(liveUpdateCapability(config(options)).capable, 'enough');
  for (const o of options) t.false(liveUpdateCapability(config(options.filter((x) => x !== o))).capable, `${o} is needed`);
});

test('each architecture\'s fragment builds in what a live update and every suite need; every option the table names is in one', (t) => {
  for (const { arch, config } of FRAGMENTS) {
    for (const o of LIVE_UPDATE_OPTIONS) t.is(config.get(o), 'y', `${o} (${arch})`);
    for (const s of availableSuites()) for (const either of required(s)) t.true(either.some((o) => config.get(o) === 'y'), `${either.join(' or ')} for ${s} (${arch})`);
  }
  for (const [what, options] of readmeTable()) for (const o of options) t.true(FRAGMENTS.some((f) => f.config.get(o) === 'y'), `${o} (${what})`);
});

test('luqual kernels --fragment prints the fragment as it is; with anything else it is bad input', async (t) => {
  const r = await luqual(['kernels', '--fragment']);
  t.is(r.exitCode, 0);
  t.is(r.stdout + '\n', readFileSync(FRAGMENT_PATH, 'utf8'));
  const arm64 = await luqual(['kernels', '--fragment', '--arch', 'arm64']);
  t.is(arm64.stdout + '\n', readFileSync(ARCH_BUILD.arm64.fragment, 'utf8'));
  const bad = await luqual(['kernels', '--fragment', 'debian-src:7.3.4']);
  t.is(bad.exitCode, 2);
  t.is(bad.stderr, "luqual: kernels --fragment prints luqual's Kconfig fragment and takes no kernel reference, --matrix or --available");
});
