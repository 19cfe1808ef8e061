// What luqual knows about a kernel once it is ready to boot.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inspectImage } from './kernel-image.ts';
import { InputError } from '../judge/errors.ts';
import type { Arch } from './arch.ts';
import { liveUpdateCapability, parseKconfig, unmetOptions, type Capability } from './kconfig.ts';
import type { KernelRef } from '../matrix/kernel-ref.ts';
import { kernelAbiStrings, type AbiStrings } from './abi-strings.ts';
import type { Say } from './build-meter.ts';

export interface PreparedKernel {
  /** the name used in tables and file names */
  id: string;
  /** the reference it was prepared from, as the user wrote it */
  ref: string;
  kind: 'debian-src' | 'debian' | 'path' | 'tree';
  /** read from the image's boot header */
  release: string;
  /** what the image is built for, read from it */
  arch: Arch;
  image: string;
  /** the image's SHA-256: how a real host's kernel is matched to this one */
  sha256: string;
  config: string | null;
  /** its modules folder (lib/modules/RELEASE, with modules.dep), where it has modules luqual can load */
  modules: string | null;
  capability: Capability;
  /** how it was obtained, in words */
  obtained: string;
  debianVersion: string | null;
  /** the exact reference a series reference (debian-src:7.3.x) resolved to */
  resolved: string | null;
  /** requested options the kernel does not have (for built kernels) */
  unmetOptions: string[];
  /** extra command line this kernel boots with */
  cmdline: string;
  /** the handover formats it speaks, read from its image */
  abi: AbiStrings | null;
  provenance: Provenance;
}

/** What went into the kernel besides its image, by content. */
export interface Provenance {
  /** of the config it was built with (or its IKCONFIG); null when none is known */
  configSha256: string | null;
  /** the patches applied to its source, in order */
  patches: Array<{ name: string; sha256: string }>;
  /** for a tree: kernel, the state of the tree that was built */
  tree?: TreeState;
}

/** What was built from a tree: the checkout's state, or the sources' content where there is no git. */
export interface TreeState {
  path: string;
  /** `git describe --always --dirty` */
  describe: string | null;
  commit: string | null;
  /** SHA-256 over the paths and contents of the tree's files, for a tree without git */
  contentSha256: string | null;
}

export interface KernelOptions {
  cache: string;
  /** what to build the kernel for (default x86_64); an image of the user's is what it is */
  arch?: Arch;
  /** the user's own Kconfig fragment, added to luqual's */
  extraConfig?: string | null;
  /** patch files applied to the source before the build */
  patches?: string[];
  cmdline?: string;
  id?: string;
  jobs?: number;
  /** what a relative path to a bzImage is relative to (default: the working directory) */
  base?: string;
  /** what a person waiting is told; a live message replaces the live one before it */
  onProgress?: Say;
  /** build a Debian source whose upstream tarball has no hash apt verified (--insecure-unverified-source) */
  insecureUnverifiedSource?: boolean;
}

export interface KernelFacts {
  kind: PreparedKernel['kind'];
  image: string;
  config: string | null;
  /** the config's text when it is not in a file (IKCONFIG) */
  configText?: string | null;
  modules?: string | null;
  obtained: string;
  debianVersion: string | null;
  /** the fragments asked for, to report what the kernel lacks */
  requested?: string;
  /** the patches applied to its source */
  patches?: ReadonlyArray<{ name: string; path: string }>;
  tree?: TreeState;
}

function sha256(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** What every kind of kernel has in common, read from its image and config. */
export function describeKernel(ref: KernelRef, opts: KernelOptions, f: KernelFacts): PreparedKernel {
  const text = f.configText ?? (f.config ? readFileSync(f.config, 'utf8') : null);
  const config = text ? parseKconfig(text) : null;
  const bytes = readFileSync(f.image);
  const info = inspectImage(bytes, f.image);
  if (opts.arch && info.arch !== opts.arch) throw new InputError(`${ref.text}: ${f.image} is an ${info.arch} kernel, and ${opts.arch} was asked for`);
  return {
    id: opts.id ?? ref.text,
    ref: ref.text,
    kind: f.kind,
    release: info.release,
    arch: info.arch,
    image: f.image,
    sha256: sha256(bytes),
    config: f.config,
    modules: f.modules ?? null,
    capability: liveUpdateCapability(config),
    obtained: f.obtained,
    debianVersion: f.debianVersion,
    resolved: null,
    unmetOptions: f.requested && config ? unmetOptions(f.requested, config) : [],
    cmdline: opts.cmdline ?? '',
    abi: kernelAbiStrings(f.image, opts.cache),
    // the patch files' bytes, so that the hash is the one sha256sum gives
    provenance: { configSha256: text === null ? null : sha256(text), patches: (f.patches ?? []).map((p) => ({ name: p.name, sha256: sha256(readFileSync(p.path)) })), ...(f.tree ? { tree: f.tree } : {}) },
  };
}
