// npm run fixtures:record [-- FILE...]: boots the `record:` command of every
// recorded console of test/fixtures/consoles/fixtures.yaml (or of those
// named) again, with today's agent and
// kernels, and puts the new console in place of the old, with the
// handover formats luqual read from the kernels. Then run
// `LUQUAL_RENDER=1 npx ava test/golden.test.ts` and read the golden diff.
import { execa } from 'execa';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { CONSOLES, loadFixtures, type Fixture } from '../test/fixture-index.ts';
import type { Results } from '../schemas/types/results.ts';

const LUQUAL = new URL('../bin/luqual.js', import.meta.url).pathname;

/**
 * fixtures.yaml's name for a kernel of a run: luqual-X for luqual's builds,
 * stock-X for Debian's images; a build whose id is not a version (a patched
 * one, 7.3-memfd-v3) is luqual-ID, so that it does not take the place of
 * the unpatched build of its version; an arm64 kernel's name ends -arm64.
 */
function kernelName(k: Results['kernels'][number]): string {
  const [kind, version] = k.ref.split(':');
  return `${kind === 'debian' ? 'stock' : 'luqual'}-${/^[\d.]+$/.test(k.id) || k.id === k.ref ? version : k.id}${k.arch === 'arm64' ? '-arm64' : ''}`;
}

/** The luqual command that records the fixture, and where its console lands in the results folder. */
function command(rec: NonNullable<Fixture['record']>, out: string): { args: string[]; from: () => string } {
  if (rec.walk) return { args: ['run', join(CONSOLES, rec.walk), '--out', out], from: () => join(out, 'chains', 'chain-1', 'console.log') };
  if (rec.matrix) return { args: ['run', join(CONSOLES, rec.matrix), '--no-chain', '--out', out], from: () => join(out, 'pairs', rec.pair!, 'console.log') };
  return { args: [...rec.args!, '--out', out], from: () => join(out, 'pairs', readdirSync(join(out, 'pairs'))[0]!, 'console.log') };
}

/** Each matrix once, however many of its pairs are fixtures. */
const matrixRuns = new Map<string, Promise<string>>();

async function record(f: Fixture): Promise<Results> {
  const rec = f.record!;
  const key = rec.matrix ? `${rec.matrix} ${JSON.stringify(rec.env ?? {})}` : null;
  let out = key ? matrixRuns.get(key) : undefined;
  const fresh = !out;
  out ??= Promise.resolve(mkdtempSync(join(tmpdir(), 'luqual-record-')));
  if (key) matrixRuns.set(key, out);
  const { args, from } = command(rec, await out);
  if (fresh) {
    const r = await execa(LUQUAL, args, { reject: false, all: true, env: rec.env ?? {} });
    console.log(`luqual ${args.join(' ')}: exit ${r.exitCode}`);
  }
  const results = JSON.parse(readFileSync(join(await out, 'results.json'), 'utf8')) as Results;
  copyFileSync(from(), join(CONSOLES, f.file));
  console.log(`${f.file}: ${results.pairs.map((p) => `${p.source.id} -> ${p.target.id} ${p.verdict}`).join(', ')}`);
  return results;
}

const index = loadFixtures();
const doc = parseDocument(readFileSync(join(CONSOLES, 'fixtures.yaml'), 'utf8'));
const only = process.argv.slice(2);
for (const f of index.fixtures.filter((x) => x.record && (!only.length || only.includes(x.file)))) {
  const results = await record(f);
  for (const k of results.kernels) {
    const name = kernelName(k);
    // a kernel whose formats did not change keeps its line as it was written
    if (k.abi && JSON.stringify(index.kernels[name]) !== JSON.stringify(k.abi)) doc.setIn(['kernels', name], doc.createNode(k.abi, { flow: true }));
  }
}
writeFileSync(join(CONSOLES, 'fixtures.yaml'), doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
