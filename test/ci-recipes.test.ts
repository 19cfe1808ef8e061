// The CI recipes the README shows are files that are checked: the GitHub
// workflow against the GitHub Actions schema (action-validator, which
// carries SchemaStore's), every one parsed as YAML, and the README shows
// each byte for byte.
import test from 'ava';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { parseAllDocuments } from 'yaml';
import { ROOT } from './helpers.ts';

const DIR = join(ROOT, 'examples', 'ci');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

for (const f of readdirSync(DIR)) {
  test(`${f}: valid YAML, shown whole in the README`, (t) => {
    const text = readFileSync(join(DIR, f), 'utf8');
    for (const d of parseAllDocuments(text)) t.deepEqual(d.errors, [], f);
    t.true(README.includes('```yaml\n' + text + '```'), `${f} as the README shows it`);
  });
}

test('the GitHub workflow passes the GitHub Actions schema; a broken one does not', async (t) => {
  const cli = join(ROOT, 'node_modules', '.bin', 'action-validator');
  const ok = await execa(cli, [join(DIR, 'github-actions.yml')], { reject: false });
  t.is(ok.exitCode, 0, ok.stdout + ok.stderr);
  const bad = await execa(cli, ['/dev/stdin'], { reject: false, input: readFileSync(join(DIR, 'github-actions.yml'), 'utf8').replace('runs-on:', 'runs_on:') });
  t.not(bad.exitCode, 0);
});

test('the workflow uploads and merges when a shard is red, and keeps the kernel cache', (t) => {
  const gh = readFileSync(join(DIR, 'github-actions.yml'), 'utf8');
  t.regex(gh, /- if: always\(\)\n {8}uses: actions\/upload-artifact/);
  t.regex(gh, /merge:\n {4}needs: qualify\n {4}if: always\(\)/);
  t.regex(gh, /- if: always\(\)\n {8}uses: actions\/cache\/save@v4\n {8}with:\n {10}path: ~\/\.cache\/luqual/);
  const gl = readFileSync(join(DIR, 'gitlab-ci.yml'), 'utf8');
  t.is((gl.match(/when: always/g) ?? []).length, 5, 'both caches, both artifacts, the merge job');
});
