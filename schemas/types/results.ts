// Generated from schemas/results.schema.json by `npm run gen:types`. Do not edit.

/**
 * what a kernel is built for and a pair booted on; absent in results of luqual before arm64, which booted only x86_64
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Arch".
 */
export type Arch = 'x86_64' | 'arm64';
/**
 * compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Verdict".
 */
export type Verdict =
  | 'compatible'
  | 'incompatible-clean'
  | 'incompatible-panic'
  | 'incompatible-hang'
  | 'data-loss'
  | 'unsupported'
  | 'error';
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Status".
 */
export type Status = 'pass' | 'fail' | 'skip';
/**
 * restored: the target took the component and gave its items back; dropped: the target booted without it (it lacks the code, or the component holding it was not taken); refused: the target logged that it cannot read its format; panicked: the target panicked before it could give it back; absent: the source carried nothing of it that this pair checks
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Fate".
 */
export type Fate = 'restored' | 'dropped' | 'refused' | 'panicked' | 'absent';
/**
 * luqual names walks and paths itself (chain-3, shard-2-path-1): only these characters, so that an id made into a file name stays one
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "RunId".
 */
export type RunId = string;

/**
 * What a luqual run found: the kernels it used and, for every (source, target) pair, the verdict of a live update from one to the other and the evidence behind it.
 */
export interface Results {
  schemaVersion: 1;
  /**
   * luqual's version
   */
  luqual: string;
  startedAt: string;
  finishedAt?: string;
  host: Host;
  kernels: Kernel[];
  pairs: Pair[];
  /**
   * the matrix file the run came from, when it came from one
   */
  matrix?: string;
  /**
   * the SHA-256 of the matrix file's bytes: shards of one run are matched by it, wherever each was checked out
   */
  matrixSha256?: string;
  /**
   * the run was stopped before every pair had run; the pairs here are those that finished
   */
  interrupted?: boolean;
  /**
   * this run against an earlier one
   */
  comparison?: {
    /**
     * the earlier results.json
     */
    baseline: string;
    changes: Change[];
  };
  /**
   * this run was shard index of count (luqual run --shard I/N)
   */
  shard?: {
    index: number;
    count: number;
  };
  /**
   * the result directories luqual merge combined into this one
   */
  merged?: string[];
  /**
   * the walks of kernels run in one QEMU run each (luqual run without --no-chain): each pair of a walk is one kexec
   */
  chains?: Chain[];
  /**
   * upgrade paths run as walks with heirlooms: those matrix.yaml declares and the routes luqual found in the grid (README "Upgrade paths")
   */
  paths?: Path[];
  /**
   * for every kernel and every newer one, the route of live updates the grid offers, and whether a walk with heirlooms verified it (README "Upgrade paths")
   */
  routes?: Route[];
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Host".
 */
export interface Host {
  hostname: string;
  kernel: string;
  qemu: string;
  accel: 'tcg' | 'kvm';
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Kernel".
 */
export interface Kernel {
  id: string;
  ref: string;
  kind: 'debian-src' | 'debian' | 'path' | 'tree';
  release: string;
  arch?: Arch;
  /**
   * the SHA-256 of the kernel image booted, so that `luqual check` finds this kernel on a real host by content, not by name
   */
  sha256?: string;
  obtained: string;
  debianVersion?: string | null;
  /**
   * for a series reference (debian-src:7.3.x, debian:latest): the exact reference it resolved to when the run prepared it, e.g. debian-src:7.3.4-1~bpo13+1
   */
  resolved?: string;
  liveUpdate: LiveUpdateCapability;
  unmetOptions?: string[];
  cmdline?: string;
  /**
   * the handover formats the kernel speaks, read from its image; null when the image could not be unpacked
   */
  abi?: AbiStrings | null;
  provenance?: Provenance;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "LiveUpdateCapability".
 */
export interface LiveUpdateCapability {
  /**
   * from the kernel's config; null when no config is known
   */
  capable: boolean | null;
  why: string;
}
/**
 * family -> the versioned compatible strings of that family compiled into the kernel image (e.g. luo -> [luo-v5])
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "AbiStrings".
 */
export interface AbiStrings {
  [k: string]: string[];
}
/**
 * what went into a kernel besides its image (whose hash is the kernel's sha256), by content
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Provenance".
 */
export interface Provenance {
  /**
   * the SHA-256 of the config the kernel was built with (its .config, the file named or found beside the image, or its IKCONFIG); null when none is known
   */
  configSha256: string | null;
  /**
   * the patches applied to its source before the build, in order
   */
  patches: {
    /**
     * the patch file's name
     */
    name: string;
    sha256: string;
  }[];
  /**
   * for a tree: kernel, what was built: the checkout's commit and `git describe --always --dirty`, or for a tree without git a SHA-256 over its files' paths and contents
   */
  tree?: {
    path: string;
    describe: string | null;
    commit: string | null;
    contentSha256: string | null;
  };
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Pair".
 */
export interface Pair {
  source: PairKernel;
  target: PairKernel;
  arch?: Arch;
  verdict: Verdict;
  /**
   * one sentence saying why
   */
  reason: string;
  /**
   * kernel log lines about the handover, in console order
   */
  evidence?: string[];
  /**
   * the phase the run ended in
   */
  phase?: string;
  suites: Suite[];
  timings: Timings;
  logs: {
    /**
     * the serial console, relative to results.json
     */
    console: string;
    /**
     * QEMU's own stderr, relative to results.json
     */
    qemu?: string;
    /**
     * the whole walk's console, relative to results.json, when the pair ran as a hop of one
     */
    chain?: string;
  };
  /**
   * a command that runs this pair alone
   */
  reproducer: string;
  startedAt?: string;
  expectation?: Expectation;
  /**
   * the pair's handover formats, one row per component
   */
  abi?: AbiRow[];
  prediction?: Prediction;
  /**
   * what became of each handover component the source used, outermost first (README "Fates"); absent where the run ended before the target could show it (a hang, an error, a source that could not start the update)
   */
  fates?: ComponentFate[];
  nextUpdate?: NextUpdate;
  /**
   * for a verdict other than compatible: the component and the two strings that decided it
   */
  explanation?: string;
  /**
   * the KHO state the agent read in debugfs
   */
  handover?: {
    /**
     * source, kho/out, just before the kexec
     */
    offered: Blob[];
    /**
     * target, kho/in
     */
    received: Blob[];
    /**
     * target, kho/out
     */
    targetOwn: Blob[];
  };
  /**
   * earlier attempts of this pair, retried because their verdict was error or incompatible-hang; the pair's own fields are the last attempt's
   */
  attempts?: Attempt[];
  /**
   * the attempts reached different verdicts
   */
  flaky?: boolean;
  /**
   * the target's count of live updates since its last cold boot, as it logged it ("luo: Retrieved live update data, liveupdate number: N"); above 1 only for a hop of a walk after earlier live updates
   */
  liveupdateNumber?: number;
  /**
   * the target's count of KHO kexecs, as it logged it ("KHO: exec from: RELEASE (count N)", 7.1 and later)
   */
  khoExecCount?: number;
  /**
   * the walk this pair ran in, as its hop-th kexec of hops; absent when it ran alone
   */
  chain?: {
    id: string;
    hop: number;
    hops: number;
  };
  /**
   * this pair's fresh state came back whole, but as the hop-th hop of that walk it did not hand on the heirlooms it received: a kernel bug in handing on retrieved state
   */
  heirloomsLost?: {
    /**
     * the walk's id (chains[])
     */
    walk: string;
    hop: number;
    evidence: string;
  };
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "PairKernel".
 */
export interface PairKernel {
  id: string;
  release: string;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Suite".
 */
export interface Suite {
  name: string;
  status: Status;
  reason?: string;
  tests: Test[];
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Test".
 */
export interface Test {
  name: string;
  status: Status;
  reason?: string;
}
/**
 * Seconds spent in each phase of the QEMU run; a phase the run never reached is absent.
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Timings".
 */
export interface Timings {
  /**
   * QEMU start to the agent's first line on the source; absent for a hop of a walk but the first (its source was booted by the kexec before)
   */
  boot?: number;
  /**
   * preserving state and loading the target
   */
  stage1?: number;
  /**
   * from the reboot into the target to the agent's first line there
   */
  kexec?: number;
  /**
   * retrieving and verifying state
   */
  stage2?: number;
  shutdown?: number;
  total: number;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Expectation".
 */
export interface Expectation {
  /**
   * verdicts the pair had to reach
   *
   * @minItems 1
   */
  verdicts: [Verdict, ...Verdict[]];
  met: boolean;
  /**
   * the matrix rule that set it, e.g. 'default: policy upgrades'
   */
  rule: string;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "AbiRow".
 */
export interface AbiRow {
  /**
   * a handover format family: kho, luo, memfd, ...
   */
  component: string;
  /**
   * the strings the source writes
   */
  source: string[];
  /**
   * the strings the target accepts
   */
  target: string[];
  status: 'match' | 'mismatch' | 'absent-on-target' | 'absent-on-source';
  /**
   * kernel log lines that name these strings
   */
  evidence: string[];
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Prediction".
 */
export interface Prediction {
  verdict: Verdict;
  because: string;
  /**
   * a component's observed fate differs from its predicted one (named in components), or the verdict differs where no fates were observed: a kernel bug or a luqual bug
   */
  unexpected: boolean;
  /**
   * the components whose observed fate differs from the predicted one
   */
  components?: string[];
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "ComponentFate".
 */
export interface ComponentFate {
  /**
   * kho (the KHO root), luo (LUO core with its sessions and FLB), memblock (reserve_mem regions), kho-test (the KHO self-test), or a LUO file handler (memfd, huge-memfd, vfio-pci, iommufd)
   */
  component: string;
  fate: Fate;
  /**
   * the kernel log line or the agent's finding behind the fate
   */
  evidence: string;
  /**
   * preserved items this component carried
   */
  items?: number;
  /**
   * of those, how many did not come back intact
   */
  lost?: number;
  predicted?: Fate;
  /**
   * why the handover formats predict that fate
   */
  because?: string;
}
/**
 * after the update: whether the target can start a live update of its own (its /dev/liveupdate opens and takes a new session)
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "NextUpdate".
 */
export interface NextUpdate {
  /**
   * unknown: the target did not get that far, or its agent (version 2 and older) did not check
   */
  state: 'ready' | 'unusable' | 'unknown';
  evidence: string;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Blob".
 */
export interface Blob {
  path: string;
  size: number;
  format: 'fdt' | 'luo-header' | 'text' | 'binary' | 'unreadable';
  compatible?: string;
  nodes?: {
    path: string;
    compatible: string;
  }[];
  liveupdateNumber?: number;
  text?: string;
  error?: string;
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Attempt".
 */
export interface Attempt {
  verdict: Verdict;
  reason: string;
  logs: {
    console: string;
  };
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Change".
 */
export interface Change {
  source: string;
  target: string;
  before?: Verdict;
  after?: Verdict;
  change: 'regression' | 'fixed' | 'unchanged' | 'new' | 'gone';
  /**
   * the kernels whose release changed under the same id since the baseline (a stable update): the id is the kernel's identity
   */
  releases?: {
    source?: ReleaseChange;
    target?: ReleaseChange;
  };
  /**
   * suite tests (suite/test) that passed in the baseline and fail now, and the reverse, whatever the verdict did
   */
  tests?: {
    regressed: string[];
    fixed: string[];
  };
  /**
   * the pair's total time, where it changed by more than half and by more than 2 s; timing never fails a run
   */
  seconds?: {
    before: number;
    after: number;
  };
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "ReleaseChange".
 */
export interface ReleaseChange {
  before: string;
  after: string;
}
/**
 * one QEMU run through a walk of kernels
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Chain".
 */
export interface Chain {
  id: RunId;
  /**
   * kernel ids in walk order: kernels[i] -> kernels[i+1] is its (i+1)-th hop
   */
  kernels: string[];
  /**
   * hops whose result the run reached
   */
  ran: number;
  /**
   * hops kept as their pair's result; the rest were run again in other walks
   */
  kept: number;
  /**
   * how long QEMU ran
   */
  seconds: number;
  /**
   * why the walk ended where it did, in words
   */
  end: string;
  logs: {
    /**
     * relative to results.json
     */
    console: string;
    qemu?: string;
  };
  heirlooms?: PathOutcome;
}
/**
 * what became of the heirlooms the walk's first kernel made (every walk carries them where its suites have any)
 */
export interface PathOutcome {
  verdict: Verdict;
  reason: string;
  /**
   * the hop at which the heirlooms were lost
   */
  brokeAt?: number;
}
/**
 * a sequence of kernels run as one walk with heirlooms: whether the state born on the first arrived on the last
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Path".
 */
export interface Path {
  id: RunId;
  kernels: string[];
  /**
   * declared: listed under paths: in matrix.yaml; route: found in the grid by luqual and run to verify it
   */
  origin: 'declared' | 'route';
  verdict: Verdict;
  reason: string;
  brokeAt?: number;
  hops: PathHop[];
  /**
   * the id of the walk (chains[]) that ran it, with its logs
   */
  chain?: string;
  expectation?: Expectation;
}
/**
 * one hop of a path: what became of the heirlooms on it, beside the hop's own verdict as a pair
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "PathHop".
 */
export interface PathHop {
  hop: number;
  source: string;
  target: string;
  /**
   * compatible: all preserved state came back verified; incompatible-clean: the target ignored or refused the handover and booted without it; incompatible-panic: a kernel panicked; incompatible-hang: the guest stopped making progress; data-loss: the target restored something but not all of it intact; unsupported: the source cannot start a live update; error: luqual or the host failed.
   */
  pairVerdict:
    | 'compatible'
    | 'incompatible-clean'
    | 'incompatible-panic'
    | 'incompatible-hang'
    | 'data-loss'
    | 'unsupported'
    | 'error';
  /**
   * carried: every heirloom the source handed on arrived intact; lost: some did not; not-handed-on: the source could not preserve some (errno in evidence); none: no heirloom reached the source; unknown: the target never checked
   */
  state: 'carried' | 'lost' | 'not-handed-on' | 'none' | 'unknown';
  handedOn: number;
  /**
   * of those handed on, how many the target verified
   */
  arrived: number;
  evidence: string;
}
/**
 * the fewest compatible hops from an older kernel to a newer one
 *
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "Route".
 */
export interface Route {
  from: string;
  to: string;
  /**
   * direct: the pair itself is compatible; verified: a route through other kernels, run as one walk with heirlooms that arrived; refuted: that run lost them; untested: the route was not run; none: no route of compatible hops (coldReboot says where and why)
   */
  status: 'direct' | 'verified' | 'refuted' | 'untested' | 'none';
  /**
   * the route, from..to
   */
  kernels?: string[];
  /**
   * the id of the path (paths[]) that ran it
   */
  path?: string;
  coldReboot?: {
    source: string;
    target: string;
    because: string;
  };
}
/**
 * This interface was referenced by `Results`'s JSON-Schema
 * via the `definition` "PathOutcome".
 */
export interface PathOutcome1 {
  verdict: Verdict;
  reason: string;
  /**
   * the hop at which the heirlooms were lost
   */
  brokeAt?: number;
}
