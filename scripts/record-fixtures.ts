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

/** fixtures.yaml's name for a kernel of a run: luqual-X for luqual's builds, stock-X for Debian's images */
function kernelName(ref: string): string {
  const [kind, version] = ref.split(':');
  return `${kind === 'debian' ? 'stock' : 'luqual'}-${version}`;
}

async function record(f: Fixture): Promise<Results> {
  const out = mkdtempSync(join(tmpdir(), 'luqual-record-'));
  const args = f.record!.walk ? ['run', join(CONSOLES, f.record!.walk), '--out', out] : [...f.record!.args!, '--out', out];
  const r = await execa(LUQUAL, args, { reject: false, all: true, env: f.record!.env ?? {} });
  const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as Results;
  const from = f.record!.walk ? join(out, 'chains', 'chain-1', 'console.log') : join(out, 'pairs', readdirSync(join(out, 'pairs'))[0]!, 'console.log');
  copyFileSync(from, join(CONSOLES, f.file));
  console.log(`${f.file}: luqual ${args.join(' ')}: exit ${r.exitCode}, ${results.pairs.map((p) => p.verdict).join(', ')}`);
  return results;
}

const index = loadFixtures();
const doc = parseDocument(readFileSync(join(CONSOLES, 'fixtures.yaml'), 'utf8'));
const only = process.argv.slice(2);
for (const f of index.fixtures.filter((x) => x.record && (!only.length || only.includes(x.file)))) {
  const results = await record(f);
  for (const k of results.kernels) {
    const name = kernelName(k.ref);
    // a kernel whose formats did not change keeps its line as it was written
    if (k.abi && JSON.stringify(index.kernels[name]) !== JSON.stringify(k.abi)) doc.setIn(['kernels', name], doc.createNode(k.abi, { flow: true }));
  }
}
writeFileSync(join(CONSOLES, 'fixtures.yaml'), doc.toString({ lineWidth: 0, flowCollectionPadding: false }));
