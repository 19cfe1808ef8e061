// The layer rule (.dependency-cruiser.cjs) holds on the tree and can fail:
// probes that break it, written into a temporary copy of the tree (never into
// the tree itself), are reported under the rule they break. And ESLint's
// max-lines-per-function is set as the config says and fails at 61 lines.
import test from 'ava';
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import type { ICruiseResult, IViolation } from 'dependency-cruiser';
import { ROOT } from './helpers.ts';

const LAYERS = ['schemas', 'judge', 'host', 'suites', 'matrix', 'kernels', 'runners', 'reports', 'cli'];
const DEPCRUISE = join(ROOT, 'node_modules', '.bin', 'depcruise');

/** The layer check as `npm run lint:layers` runs it, in `cwd`, on `roots`. */
async function cruise(cwd: string, roots: string[]): Promise<IViolation[]> {
  const r = await execa(DEPCRUISE, ['--config', join(ROOT, '.dependency-cruiser.cjs'), '--output-type', 'json', ...roots], { cwd, reject: false });
  if (!r.stdout.startsWith('{')) throw new Error(`depcruise failed (exit ${r.exitCode}):\n${r.stderr}`);
  return (JSON.parse(r.stdout) as ICruiseResult).summary.violations;
}

// npm packages shown from node_modules/ on, wherever it is (the copy's is a link).
const show = (vs: IViolation[]) => vs.map((v) => `${v.rule.name}: ${v.from} -> ${v.to.replace(/^.*\/node_modules\//, 'node_modules/')}`).sort();

// Each probe breaks one rule; type-only imports count as much as the others.
const PROBES: Record<string, string> = {
  'judge/__layer-probe.ts': [
    "import type * as qemu from '../runners/qemu.ts';",
    "import { readFileSync } from 'node:fs';",
    "import { execa } from 'execa';",
    "import '../runners/no-such-file.ts';",
    'export type Qemu = typeof qemu;',
    'export const probe = [readFileSync, execa];',
  ].join('\n'),
  'host/__layer-probe.ts': "export type C = import('../cli/main.ts').Command;\n",
  'schemas/__layer-probe.ts': "import { ROOT } from '../test/helpers.ts';\nexport const r = ROOT;\n",
  'matrix/__cycle-probe-a.ts': "import { b } from './__cycle-probe-b.ts';\nexport const a = () => b;\n",
  'matrix/__cycle-probe-b.ts': "import { a } from './__cycle-probe-a.ts';\nexport const b = () => a;\n",
};

const ROOTS = [...LAYERS, 'bin', 'bench', 'scripts', 'test'];

/**
 * One cruise for both tests below: of a temporary copy of the tree (the same
 * files, so the same answer as the tree itself) with the probes added. Split
 * into the violations of the tree and those of the probes.
 */
const cruised = (async () => {
  const dir = mkdtempSync(join(tmpdir(), 'luqual-layers-'));
  try {
    for (const root of ROOTS) cpSync(join(ROOT, root), join(dir, root), { recursive: true, filter: (src) => !/\.(c|h)$/.test(src) });
    for (const f of ['package.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(dir, f));
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    for (const [file, text] of Object.entries(PROBES)) writeFileSync(join(dir, file), text);
    const all = await cruise(dir, ROOTS);
    const isProbe = (v: IViolation) => v.from in PROBES || (v.cycle ?? []).some((c) => c.name in PROBES);
    return { tree: all.filter((v) => !isProbe(v)), probes: all.filter(isProbe) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
})();

test('the tree keeps the layer rule: no violation', async (t) => {
  t.deepEqual(show((await cruised).tree), []);
});

test('probes that break the layer rule are reported, each under the rule it breaks', async (t) => {
  t.deepEqual(show((await cruised).probes), [
    'host-imports-above-its-layer: host/__layer-probe.ts -> cli/main.ts',
    'judge-imports-above-its-layer: judge/__layer-probe.ts -> ../runners/no-such-file.ts',
    'judge-imports-above-its-layer: judge/__layer-probe.ts -> runners/qemu.ts',
    'judge-imports-io-node-module: judge/__layer-probe.ts -> fs',
    'judge-imports-io-package: judge/__layer-probe.ts -> node_modules/execa/index.js',
    'no-circular: matrix/__cycle-probe-a.ts -> matrix/__cycle-probe-b.ts',
    'not-to-unresolvable: judge/__layer-probe.ts -> ../runners/no-such-file.ts',
    'schemas-imports-above-its-layer: schemas/__layer-probe.ts -> test/helpers.ts',
  ]);
});

/** A function of `lines` lines, each a statement. */
function longFunction(lines: number): string {
  const body = Array.from({ length: lines - 4 }, (_, i) => `  x += ${i};`);
  return ['export function long(): number {', '  let x = 0;', ...body, '  return x;', '}', ''].join('\n');
}

test('ESLint: functions of more than 60 lines fail outside test/, generated code is not linted', async (t) => {
  const eslint = new ESLint({ cwd: ROOT });
  t.true(await eslint.isPathIgnored(join(ROOT, 'schemas', 'types', 'results.ts')));
  t.true(await eslint.isPathIgnored(join(ROOT, 'schemas', 'validators', 'results.js')));
  t.false(await eslint.isPathIgnored(join(ROOT, 'kernels', 'kernel.ts')));

  const ruleFor = async (file: string) => (await eslint.calculateConfigForFile(join(ROOT, file)))?.rules?.['max-lines-per-function'];
  const rule = await ruleFor('kernels/kernel.ts');
  t.deepEqual(rule, [2, { max: 60, skipBlankLines: true, skipComments: true }]);
  t.is((await ruleFor('test/layers.test.ts'))?.[0], 0);

  // That setting, alone (no type information needed), on 60 and 61 lines.
  const lint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser }, rules: { 'max-lines-per-function': rule } }],
  });
  const ruleIds = async (text: string) =>
    (await lint.lintText(text, { filePath: join(ROOT, 'kernels', '__probe.ts') })).flatMap((r) => r.messages.map((m) => m.ruleId));
  t.deepEqual(await ruleIds(longFunction(60)), []);
  t.deepEqual(await ruleIds(longFunction(61)), ['max-lines-per-function']);
  // Blank lines and comments do not count.
  t.deepEqual(await ruleIds(longFunction(60).replace('  let x = 0;', '  let x = 0;\n\n  // a comment\n')), []);
});
