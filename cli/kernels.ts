// luqual kernels: prepares the kernels named and says what luqual knows.
import { readFileSync } from 'node:fs';
import { InputError } from '../judge/errors.ts';
import { DebianArchive } from '../kernels/debian-archive.ts';
import { availabilityLine } from '../kernels/debian-src.ts';
import { ARCH_BUILD } from '../kernels/arch.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { prepareEntry } from '../kernels/entry.ts';
import { familyStrings } from '../judge/components.ts';
import type { AbiStrings } from '../judge/abi.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import { archSetting, type Options } from './options.ts';
import { cacheForBuilds } from './cache.ts';
import { liveConsole } from '../reports/live-console.ts';

export async function kernelsCommand(refs: string[], o: Options): Promise<number> {
  if (o.fragment) {
    if (refs.length || o.matrix || o.available) throw new InputError('kernels --fragment prints luqual\'s Kconfig fragment and takes no kernel reference, --matrix or --available');
    process.stdout.write(readFileSync(ARCH_BUILD[archSetting(o)].fragment, 'utf8'));
    return 0;
  }
  const say = liveConsole();
  const cache = await cacheForBuilds(say);
  if (o.matrix) {
    const m = (await import('../matrix/load.ts')).loadMatrix(o.matrix);
    for (const e of m.kernels) print(await prepareEntry(e, m.base, cache, say, { insecureUnverifiedSource: o['insecure-unverified-source'] }));
    return 0;
  }
  if (o.available || !refs.length) {
    console.log(await availabilityLine(new DebianArchive(cache)));
    return 0;
  }
  const parsed = refs.map(parseKernelRef);
  for (const ref of parsed) print(await prepareKernel(ref, { cache, arch: archSetting(o), insecureUnverifiedSource: o['insecure-unverified-source'], onProgress: say }));
  return 0;
}

function print(k: PreparedKernel): void {
  console.log(kernelLines(k));
}

/** What luqual knows of a prepared kernel, as `luqual kernels` prints it. */
export function kernelLines(k: PreparedKernel): string {
  const lu = k.capability.capable === null ? 'unknown' : k.capability.capable ? 'yes' : 'no';
  return [
    k.id,
    ...(k.resolved ? [`  resolved:    ${k.resolved}`] : []),
    `  release:     ${k.release}`,
    `  arch:        ${k.arch}`,
    `  obtained:    ${k.obtained}`,
    `  live update: ${lu} (${k.capability.why})`,
    `  image:       ${k.image}`,
    `  sha256:      ${k.sha256}`,
    `  config:      ${k.config ?? (k.provenance.configSha256 ? 'its IKCONFIG' : '(none)')}${k.provenance.configSha256 ? ` (sha256 ${k.provenance.configSha256})` : ''}`,
    ...k.provenance.patches.map((p) => `  patch:       ${p.name} (sha256 ${p.sha256})`),
    `  formats:     ${formats(k.abi)}`,
    ...(k.unmetOptions.length ? [`  not in this kernel: ${k.unmetOptions.join(' ')}`] : []),
  ].join('\n');
}

/** The handover formats read from the image, every family's strings. */
function formats(abi: AbiStrings | null): string {
  if (!abi) return 'unknown (the image could not be unpacked)';
  const strings = Object.keys(abi).flatMap((f) => familyStrings(abi, f));
  return strings.length ? strings.join(' ') : 'none (no handover format in the image)';
}
