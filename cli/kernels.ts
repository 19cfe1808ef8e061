// luqual kernels: prepares the kernels named and says what luqual knows.
import { DebianArchive } from '../kernels/debian-archive.ts';
import { availabilityLine } from '../kernels/debian-src.ts';
import { prepareKernel } from '../kernels/prepare.ts';
import { parseKernelRef } from '../matrix/kernel-ref.ts';
import { prepareEntry } from '../kernels/entry.ts';
import type { PreparedKernel } from '../kernels/kernel.ts';
import type { Options } from './options.ts';
import { cacheForBuilds } from './cache.ts';
import { liveConsole } from '../reports/live-console.ts';

export async function kernelsCommand(refs: string[], o: Options): Promise<number> {
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
  for (const ref of parsed) print(await prepareKernel(ref, { cache, insecureUnverifiedSource: o['insecure-unverified-source'], onProgress: say }));
  return 0;
}

function print(k: PreparedKernel): void {
  const lu = k.capability.capable === null ? 'unknown' : k.capability.capable ? 'yes' : 'no';
  console.log(`${k.id}\n  release:     ${k.release}\n  obtained:    ${k.obtained}\n  live update: ${lu} (${k.capability.why})\n  image:       ${k.image}\n  sha256:      ${k.sha256}\n  config:      ${k.config ?? '(none)'}`);
  if (k.unmetOptions.length) console.log(`  not in this kernel: ${k.unmetOptions.join(' ')}`);
}
