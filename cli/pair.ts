// luqual pair SOURCE TARGET: one live update, from preparation to verdict.
import { resolve } from 'node:path';
import { InputError } from '../matrix/errors.ts';
import { cacheRoot } from '../matrix/cache.ts';
import { prepareKernel } from '../matrix/kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernels/ref.ts';
import { runPair } from '../matrix/run-pair.ts';
import { writeResults } from '../reports/results-file.ts';
import { DEFAULT_TIMEOUTS, type PhaseTimeouts } from '../runners/boot-run.ts';
import { shellQuote, type QemuMachine } from '../runners/qemu.ts';
import type { AccelSetting } from '../runners/accel.ts';
import type { Kernel, Pair, Results } from '../schemas/types/results.ts';
import type { PreparedKernel } from '../matrix/kernels/kernel.ts';
import { hostFacts, LUQUAL_VERSION, requireQemu } from './host.ts';
import type { Options } from './main.ts';

const SUITES = ['memfd'];

function positiveInt(name: string, v: string | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new InputError(`--${name} ${JSON.stringify(v)}: expected a positive whole number`);
  return n;
}

export function machineOptions(o: Options): { machine: Omit<QemuMachine, 'accel'>; accel: AccelSetting; timeouts: PhaseTimeouts } {
  const accel = (o.accel ?? process.env.LUQUAL_ACCEL ?? 'auto') as AccelSetting;
  if (!['auto', 'tcg', 'kvm'].includes(accel)) throw new InputError(`--accel ${JSON.stringify(accel)}: expected auto, tcg or kvm`);
  const t = o.timeout === undefined ? null : positiveInt('timeout', o.timeout, 0);
  const timeouts = t ? { boot: t, stage1: t, kexec: t, stage2: t } : DEFAULT_TIMEOUTS;
  return { machine: { memoryMiB: positiveInt('memory', o.memory, 1024), cpus: positiveInt('cpus', o.cpus, 2) }, accel, timeouts };
}

export function kernelRecord(k: PreparedKernel): Kernel {
  return {
    id: k.id,
    ref: k.ref,
    kind: k.kind,
    release: k.release,
    obtained: k.obtained,
    debianVersion: k.debianVersion,
    liveUpdate: { capable: k.capability.capable, why: k.capability.why },
    unmetOptions: k.unmetOptions,
    cmdline: k.cmdline,
  };
}

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
  return lines.join('\n');
}

export async function pairCommand(args: string[], o: Options): Promise<number> {
  if (args.length !== 2) throw new InputError(`pair takes exactly two kernel references, SOURCE and TARGET (got ${args.length})`);
  const refs = args.map(parseKernelRef);
  const { machine, accel, timeouts } = machineOptions(o);
  const suites = o.suite?.length ? o.suite : SUITES;
  for (const s of suites) if (!SUITES.includes(s)) throw new InputError(`--suite ${s}: no such suite (have: ${SUITES.join(', ')})`);
  const qemu = requireQemu();
  const outDir = resolve(o.out ?? 'luqual-out');
  const cache = cacheRoot();
  const log = (m: string) => console.error(`luqual: ${m}`);
  const kernels: PreparedKernel[] = [];
  for (const ref of refs) {
    kernels.push(await prepareKernel(ref, { cache, cmdline: o.cmdline, onProgress: log }));
  }
  const [src, dst] = kernels as [PreparedKernel, PreparedKernel];
  const host = await hostFacts(qemu, cache, accel, src);
  const { accelWhy, ...hostRecord } = host;
  log(`accelerator ${host.accel} (${accelWhy})`);
  const corrupt = process.env.LUQUAL_TEST_CORRUPT === '1';
  const reproducer = (corrupt ? 'LUQUAL_TEST_CORRUPT=1 ' : '') + shellQuote(['npx', 'luqual', 'pair', ...args, ...process.argv.slice(2).filter((a) => !args.includes(a) && a !== 'pair')]);
  const abort = new AbortController();
  const onSigint = () => abort.abort();
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigint);
  const results: Results = { schemaVersion: 1, luqual: LUQUAL_VERSION, startedAt: new Date().toISOString(), host: hostRecord, kernels: kernels.map(kernelRecord), pairs: [] };
  try {
    log(`${src.id} -> ${dst.id}: booting ${src.release} under ${host.accel}`);
    const pair = await runPair(src, dst, {
      cache,
      qemu,
      machine: { ...machine, accel: host.accel },
      timeouts,
      suites,
      outDir,
      reproducer,
      corrupt,
      onPhase: (p) => log(`${src.id} -> ${dst.id}: ${p}`),
      signal: abort.signal,
    });
    results.pairs.push(pair);
    results.finishedAt = new Date().toISOString();
    writeResults(outDir, results);
    console.log(summary(pair, outDir));
    if (abort.signal.aborted) return 130;
    return pair.verdict === 'compatible' ? 0 : 1;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('SIGTERM', onSigint);
  }
}
