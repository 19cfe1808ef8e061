// Generated from schemas/matrix.schema.json by `npm run gen:types`. Do not edit.

/**
 * all: every ordered pair (self-pairs included); upgrades: older to newer by release; adjacent: each kernel to the next newer one; self: each kernel to itself
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "Policy".
 */
export type Policy = 'all' | 'upgrades' | 'adjacent' | 'self';
/**
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "KernelId".
 */
export type KernelId = string;
/**
 * compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "VerdictName".
 */
export type VerdictName =
  | 'compatible'
  | 'incompatible-clean'
  | 'incompatible-panic'
  | 'incompatible-hang'
  | 'data-loss'
  | 'unsupported'
  | 'error';
/**
 * this rule is for the declared path with exactly these kernels, not for pairs
 *
 * @minItems 2
 */
export type PathRef = [KernelId, KernelId, ...KernelId[]];
/**
 * kernel ids in the order the path live-updates through them; a kernel may recur
 *
 * @minItems 2
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "PathRef".
 */
export type PathRef1 = [KernelId, KernelId, ...KernelId[]];

/**
 * A luqual matrix: the kernels to qualify, which (source, target) pairs to live-update, and what each pair must reach.
 */
export interface Matrix {
  /**
   * @minItems 1
   */
  kernels: [KernelEntry, ...KernelEntry[]];
  pairs?: Pairs;
  /**
   * Verdicts pairs must reach. Default: every upgrade (older to newer) must be compatible.
   */
  expect?: Expectation[];
  /**
   * Suites to run in every pair (default: every suite under suites/).
   *
   * @minItems 1
   */
  suites?: [string, ...string[]];
  qemu?: Qemu;
  timeouts?: Timeouts;
  /**
   * Pairs run at once (default: the host's CPU count under TCG, where a guest uses one host thread; divided by the guest's CPUs under KVM).
   */
  parallel?: number;
  /**
   * Extra attempts for a pair whose verdict is error or incompatible-hang (default 1). A pair whose attempts disagree is marked flaky.
   */
  retries?: number;
  /**
   * upgrade paths to run as walks with heirlooms whatever the grid says: each a list of kernel ids, first to last (README "Upgrade paths")
   */
  paths?: PathRef1[];
}
/**
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "KernelEntry".
 */
export interface KernelEntry {
  /**
   * the name used in pairs, tables and `luqual pair --matrix`
   */
  id: string;
  /**
   * a kernel reference: debian-src:VERSION, debian:VERSION or a path to a bzImage
   */
  ref: string;
  /**
   * what the kernel is built for and booted on: x86_64 on a q35 machine with the Intel IOMMU, arm64 on QEMU's virt board with an SMMUv3 (cross-built, always emulated on an x86 host). An image of the user's is what it is: its header says. Pairs and paths stay within one architecture
   */
  arch?: 'x86_64' | 'arm64';
  /**
   * extra kernel command line when this kernel boots
   */
  cmdline?: string;
  /**
   * a Kconfig fragment file of your own, added to luqual's (debian-src kernels); relative to the matrix file
   */
  config?: string;
  /**
   * patch files applied to the source before the build (debian-src kernels); relative to the matrix file
   */
  patches?: string[];
}
/**
 * Default: policy all.
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "Pairs".
 */
export interface Pairs {
  policy?: Policy | [Policy, ...Policy[]];
  list?: PairRef[];
  exclude?: PairRef[];
}
/**
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "PairRef".
 */
export interface PairRef {
  from: KernelId;
  to: KernelId;
}
/**
 * Pairs matched by `policy` or by `from`/`to` (either may be left out to match any) must reach one of `verdict`. When several expectations match a pair, the last one listed decides. A rule with `path` is for that declared path alone: its verdict is the heirlooms' (README "Upgrade paths").
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "Expectation".
 */
export interface Expectation {
  policy?: Policy;
  from?: KernelId;
  to?: KernelId;
  verdict: VerdictName | [VerdictName, ...VerdictName[]];
  path?: PathRef;
}
/**
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "Qemu".
 */
export interface Qemu {
  /**
   * MiB (default 1024)
   */
  memory?: number;
  /**
   * default 2
   */
  cpus?: number;
  /**
   * default auto: KVM only where a kernel boots under it
   */
  accel?: 'auto' | 'tcg' | 'kvm';
}
/**
 * Seconds each phase may take before the guest counts as hung.
 *
 * This interface was referenced by `Matrix`'s JSON-Schema
 * via the `definition` "Timeouts".
 */
export interface Timeouts {
  boot?: number;
  stage1?: number;
  kexec?: number;
  stage2?: number;
}
