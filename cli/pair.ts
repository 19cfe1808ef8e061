// luqual pair SOURCE TARGET: one live update, from preparation to verdict.
import { resolve } from 'node:path';
import { HostError, InputError, PatchError } from '../judge/errors.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import type { LoadedMatrix } from '../matrix/load.ts';
import { kernelRecord, prepareEntry } from '../kernels/entry.ts';
import { availableSuites } from '../suites/registry.ts';
import { withAbort } from './abort.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { failedPair, runPair, type PairSettings } from '../runners/run-pair.ts';
import { RunMedia } from '../runners/media.ts';
import { keepsMedia } from '../judge/keep.ts';
import { writeResults } from '../host/results-file.ts';
import { resultsHeader } from '../runners/run-events.ts';
import { shellQuote } from '../runners/qemu.ts';
import type { Pair, Results, Verdict } from '../schemas/types/results.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import { hostFacts, LUQUAL_VERSION, requireQemu } from './host.ts';
import { archSetting, keepSetting, machineOptions } from './options.ts';
import { cacheForBuilds } from './cache.ts';
import { terminalSafe } from '../reports/terminal-safe.ts';
import { liveConsole } from '../reports/live-console.ts';
import { VERDICT_ORDER } from '../reports/verdicts.ts';
import type { Options } from './options.ts';

function summary(p: Pair, outDir: string): string {
  const t = p.timings;
  const phases = (['boot', 'stage1', 'kexec', 'stage2'] as const).filter((k) => t[k] !== undefined).map((k) => `${k} ${t[k]!.toFixed(1)}s`);
  const lines = [
    `${p.source.id} (${p.source.release}) -> ${p.target.id} (${p.target.release}): ${p.verdict}`,
    `  ${p.reason}`,
    ...p.suites.map((s) => {
      const passed = s.tests.filter((x) => x.status === 'pass').length;
      return `  suite ${s.name}: ${s.status}${s.tests.length ? ` (${passed}/${s.tests.length} passed)` : ''}${s.reason ? `: ${s.reason}` : ''}`;
    }),
    ...p.suites.flatMap((s) => s.tests.filter((x) => x.status === 'fail').map((x) => `    ${s.name}/${x.name}: ${x.reason}`)),
    `  time: ${phases.join(', ')}; total ${t.total.toFixed(1)}s`,
    `  results: ${resolve(outDir, 'results.json')}`,
    `  console: ${resolve(outDir, p.logs.console)}`,
    `  reproduce: ${p.reproducer}`,
  ];
  // the reason and the suites' words are the kernels': one line each, no controls
  return lines.map((l) => terminalSafe(l)).join('\n');
}

/** Options whose value is a path: absolute in the reproducer. */
const PATH_OPTIONS: ReadonlySet<string> = new Set(['out', 'matrix']);

/**
 * The command that runs this pair again: its kernels and every option that
 * was given, from what was parsed (not from argv, where a value may equal
 * the command's name), each quoted for the shell. Its paths are absolute:
 * it runs from any folder, the results folder too.
 */
export function pairReproducer(refs: readonly string[], o: Options, corrupt: readonly string[]): string {
  const value = (name: string, v: string) => (PATH_OPTIONS.has(name) ? resolve(v) : v);
  // --name=value: a value starting with "-" stays the option's value
  const options = Object.entries(o).flatMap(([name, v]) => (v === true ? [`--${name}`] : typeof v === 'string' || Array.isArray(v) ? [v].flat().map((x) => `--${name}=${value(name, x)}`) : []));
  // after "--", a reference starting with "-" is not taken for an option
  const end = refs.some((r) => r.startsWith('-')) ? ['--'] : [];
  const env = corrupt.length ? `LUQUAL_TEST_CORRUPT=${shellQuote([corrupt.join(',')])} ` : '';
  return env + shellQuote(['npx', 'luqual', 'pair', ...options, ...end, ...refs]);
}

/** How the reproducer names a kernel: as it was given, but a bzImage of the user's own (not a matrix's id) by its absolute paths. */
export function reproducerRef(arg: string, k: Pick<PreparedKernel, 'kind' | 'image' | 'config' | 'modules'>, matrix: Pick<LoadedMatrix, 'kernels'> | null): string {
  if (k.kind !== 'path' || matrix?.kernels.some((e) => e.id === arg)) return arg;
  return [k.image, ...(k.config ? [`config=${k.config}`] : []), ...(k.modules ? [`modules=${k.modules}`] : [])].join(',');
}

/** A reference, or with --matrix a kernel id of that matrix (with its cmdline, config, patches). */
async function prepareArg(arg: string, matrix: LoadedMatrix | null, cache: string, o: Options, log: (m: string) => void): Promise<PreparedKernel> {
  const entry = matrix?.kernels.find((k) => k.id === arg);
  if (entry) return prepareEntry(entry, matrix!.base, cache, log, { insecureUnverifiedSource: o['insecure-unverified-source'] });
  if (matrix && !/[:/]/.test(arg)) {
    throw new InputError(`${arg}: no kernel of that id in ${matrix.file} (ids: ${matrix.kernels.map((k) => k.id).join(', ')})`);
  }
  return prepareKernel(parseKernelRef(arg), { cache, cmdline: o.cmdline, ...(o.arch ? { arch: archSetting(o) } : {}), insecureUnverifiedSource: o['insecure-unverified-source'], onProgress: log });
}

/**
 * --expect VERDICT[,VERDICT]: the verdicts that count as success. The exit
 * codes are git bisect run's: 0 good, 1 bad, 125 skip for a pair luqual or
 * the host could not decide (an error verdict, a kernel that would not
 * build), so that a bisect steps over what it cannot judge.
 */
export const BISECT_SKIP = 125;

export function expectedVerdicts(v: string | undefined): Verdict[] | null {
  if (v === undefined) return null;
  const asked = v.split(',').map((x) => x.trim());
  const bad = asked.filter((x) => !(VERDICT_ORDER as string[]).includes(x));
  if (bad.length || !asked.length) throw new InputError(`--expect ${JSON.stringify(v)}: ${bad.join(', ') || 'nothing'} is not a verdict (have: ${VERDICT_ORDER.join(', ')})`);
  return asked as Verdict[];
}

function exitFor(verdict: Verdict, expect: readonly Verdict[] | null): number {
  if (!expect) return verdict === 'compatible' ? 0 : 1;
  if (expect.includes(verdict)) return 0;
  return verdict === 'error' ? BISECT_SKIP : 1;
}

export async function pairCommand(args: string[], o: Options): Promise<number> {
  const expect = expectedVerdicts(o.expect);
  try {
    return await runOnePair(args, o, expect);
  } catch (e) {
    if (!expect || !(e instanceof HostError || e instanceof PatchError)) throw e;
    console.error(terminalSafe(`luqual: error: ${e.message} (exit ${BISECT_SKIP}: git bisect skips this commit)`, { lines: true }));
    return BISECT_SKIP;
  }
}

async function runOnePair(args: string[], o: Options, expect: readonly Verdict[] | null): Promise<number> {
  if (args.length !== 2) throw new InputError(`pair takes exactly two kernel references, SOURCE and TARGET (got ${args.length})`);
  // the loader (ajv, yaml) is loaded only when a matrix is named
  const matrix = o.matrix ? (await import('../matrix/load.ts')).loadMatrix(o.matrix) : null;
  if (!matrix) args.forEach(parseKernelRef);
  const { machine, accel, timeouts } = machineOptions(o, matrix);
  const keep = keepSetting(o);
  const suites = o.suite?.length ? o.suite : (matrix?.suites ?? availableSuites());
  const known = availableSuites();
  for (const s of suites) if (!known.includes(s)) throw new InputError(`--suite ${s}: no such suite (have: ${known.join(', ')})`);
  const qemu = requireQemu();
  const outDir = resolve(o.out ?? 'luqual-out');
  const log = liveConsole();
  const cache = await cacheForBuilds(log);
  const src = await prepareArg(args[0]!, matrix, cache, o, log);
  const dst = await prepareArg(args[1]!, matrix, cache, o, log);
  const { accelWhy, ...host } = await hostFacts(qemu, cache, accel, src);
  log(`accelerator ${host.accel} (${accelWhy})`);
  const corrupt = corruptSuites(process.env.LUQUAL_TEST_CORRUPT, suites);
  const reproducer = pairReproducer([reproducerRef(args[0]!, src, matrix), reproducerRef(args[1]!, dst, matrix)], o, corrupt);
  const results: Results = { ...resultsHeader({ luqual: LUQUAL_VERSION, host, matrix: matrix?.file, matrixSha256: matrix?.sha256, kernels: [src, dst].map(kernelRecord) }), pairs: [] };
  return withAbort(async (signal) => {
    log(`${src.id} -> ${dst.id}: booting ${src.release} under ${host.accel}`);
    const settings: PairSettings = {
      cache,
      qemu,
      machine: { ...machine, accel: host.accel },
      timeouts,
      suites,
      outDir,
      media: new RunMedia(outDir, [dst]),
      reproducer,
      corrupt,
      onPhase: (p) => log(`${src.id} -> ${dst.id}: ${p}`),
      signal,
    };
    const pair = await runPair(src, dst, settings).catch((e: unknown) => failedPair(src, dst, e, settings));
    if (signal.aborted) {
      results.interrupted = true;
    } else {
      results.pairs.push(pair);
    }
    results.finishedAt = new Date().toISOString();
    writeResults(outDir, results);
    const code = signal.aborted ? 130 : exitFor(pair.verdict, expect);
    // the pair failed when its exit status says so; an interrupted one failed nothing
    settings.media.prune(() => keepsMedia(keep, !signal.aborted && code !== 0));
    if (signal.aborted) return code;
    console.log(summary(pair, outDir));
    return code;
  });
}

/**
 * LUQUAL_TEST_CORRUPT names the suites whose agent half damages what it
 * preserved (test-only); "1" means every suite of the run.
 */
export function corruptSuites(env: string | undefined, suites: readonly string[]): string[] {
  if (!env || env === '0') return [];
  if (env === '1') return [...suites];
  const asked = env.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = asked.filter((x) => !suites.includes(x));
  if (unknown.length) throw new InputError(`LUQUAL_TEST_CORRUPT: ${unknown.join(', ')} is not among this run's suites (${suites.join(', ')})`);
  return asked;
}
