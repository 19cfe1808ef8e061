// Series references (debian-src:7.3.x, debian:latest): the newest version
// Debian's archive serves today, so that a nightly run follows stable
// updates without an edit. Resolved to an exact reference before anything is
// fetched or built, and recorded, so the results say which version a night
// ran (and a rebuilt cache entry is found by the exact version as before).
import { InputError } from '../judge/errors.ts';
import { DebianArchive, seriesOf, sortDebianVersions, upstreamOf } from './debian-archive.ts';
import { availabilityLine } from './debian-src.ts';
import { escapeRe, stockImageNames } from './debian-stock.ts';
import type { KernelOptions } from './kernel.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';

type SeriesRef = Extract<KernelRef, { kind: 'series' }>;
export type ExactRef = Extract<KernelRef, { kind: 'debian-src' | 'debian' }>;

function inSeries(ref: SeriesRef, version: string): boolean {
  return ref.series === null || seriesOf(version) === ref.series;
}

const what = (ref: SeriesRef) => (ref.series === null ? 'any series' : `the ${ref.series} series`);

/**
 * The newest source: a version of a linux-source-X.Y package is served;
 * one only the Sources index lists is served when its download succeeds,
 * since some listed versions answer 404 (the download is kept for the build).
 */
async function newestSource(archive: DebianArchive, ref: SeriesRef, insecure: boolean): Promise<string> {
  const listed = (await archive.sourceVersions()).filter((v) => inSeries(ref, v));
  const packages = [...new Set(listed.map(seriesOf))].map((s) => `linux-source-${s}`);
  const packaged = packages.length ? [...(await archive.binaryVersionsOf(packages)).values()].flat() : [];
  const unserved: string[] = [];
  for (const v of sortDebianVersions([...new Set([...packaged, ...listed])])) {
    if (packaged.includes(v)) return v;
    try {
      await archive.downloadSource(v, insecure);
      return v;
    } catch (e) {
      // a 404 is the archive saying it does not serve it; any other failure is not an answer
      if (!(e instanceof InputError)) throw e;
      unserved.push(v);
    }
  }
  const notServed = unserved.length ? ` (it lists ${unserved.join(', ')} but answers 404)` : '';
  throw new InputError(`${ref.text}: Debian's archive serves no kernel source of ${what(ref)}${notServed}. ${await availabilityLine(archive)}`);
}

/** The newest stock amd64 image. */
async function newestStock(archive: DebianArchive, ref: SeriesRef): Promise<string> {
  const any = '[0-9]+\\.[0-9]+\\.[0-9]+';
  const names = await stockImageNames(archive, ref.series === null ? any : `${escapeRe(ref.series)}\\.[0-9]+`);
  const versions = names.length ? [...(await archive.binaryVersionsOf(names)).values()].flat() : [];
  if (versions.length) return sortDebianVersions(versions)[0]!;
  const served = [...new Set((await stockImageNames(archive, any)).map((n) => /^linux-(?:binary|image)-([\d.]+)/.exec(n)![1]!))];
  throw new InputError(`${ref.text}: Debian's archive serves no amd64 kernel image of ${what(ref)}. Served amd64 images: ${sortDebianVersions(served).reverse().join(', ') || 'none'}.`);
}

/** The exact reference (with the Debian version) a series reference means today. */
export async function resolveSeries(ref: SeriesRef, opts: KernelOptions): Promise<ExactRef> {
  const archive = new DebianArchive(opts.cache);
  opts.onProgress?.(`${ref.text}: looking up the newest version Debian's archive serves`);
  const version = ref.of === 'debian-src' ? await newestSource(archive, ref, opts.insecureUnverifiedSource ?? false) : await newestStock(archive, ref);
  const exact: ExactRef = { kind: ref.of, upstream: upstreamOf(version), debianVersion: version, text: `${ref.of}:${version}` };
  opts.onProgress?.(`${ref.text}: resolved to ${exact.text}`);
  return exact;
}
