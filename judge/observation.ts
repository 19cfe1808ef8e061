// What a run showed, in the form the judge reads: the agent's documents, the
// kernel lines that matter, and how the QEMU run ended. The console reader
// (runners/console.ts) fills a ConsoleRecord as lines arrive; the judge cuts
// it into one Observation per pair (judge/hops.ts) and decides each
// (judge/verdict.ts). Nothing here reads a file or starts a process.

export type Phase = 'boot' | 'stage1' | 'kexec' | 'stage2' | 'shutdown' | 'panic';

export interface KtapTest {
  name: string;
  ok: boolean;
  /** the SKIP reason, when skipped */
  skip?: string;
  /** diagnostic lines printed just before the result: the failure reason */
  diag: string[];
}

export interface KtapSuite extends KtapTest {
  tests: KtapTest[];
  planned: number | null;
}

export interface AgentItem {
  suite: string;
  name: string;
  state: string;
  attrs: Record<string, string>;
}

/** The name of the subtest in which the agent reports heirlooms, and of their items' suite. */
export const HEIRLOOMS = 'heirlooms';

/** What a document says of the walk's heirlooms: their subtest and items ("memfd/64M", ...). */
export interface Heirlooms {
  subtest: KtapSuite;
  items: AgentItem[];
}

/** A file of the KHO debugfs tree, as the agent sent it. */
export interface RawBlob {
  /** e.g. "out/sub_fdts/LUO" */
  name: string;
  size: number;
  parts: string[];
  /** why the agent could not send it */
  problem?: string;
}

export interface StageDoc {
  /** the agent's role in it: 1 preserving (source), 2 verifying (target) */
  stage: number;
  /** the console line it started on, counted from 0 */
  line: number;
  release: string;
  facts: Record<string, string>;
  items: AgentItem[];
  blobs: RawBlob[];
  suites: KtapSuite[];
  /** top-level results that are not suites (kexec_file_load) */
  steps: KtapTest[];
  planned: number | null;
  /** the agent's heirlooms subtest (agent/heir.c), kept apart from the suites: a hop's verdict is its fresh state's */
  heirlooms?: Heirlooms;
  bailout?: string;
  /** the agent finished the document: "# luqual: done" or the kexec marker */
  finished: boolean;
}

/** A console line and where it stood, counted from 0. */
export interface NumberedLine {
  index: number;
  text: string;
}

/** Everything the console reader kept of one QEMU run's console. */
export interface ConsoleRecord {
  /** every line as read, printk time stripped */
  readonly lines: readonly string[];
  readonly docs: readonly StageDoc[];
  /** the line of each kernel's "Linux version" banner, in boot order */
  readonly bannerLines: readonly number[];
  /** kernel lines that speak of the handover: the evidence behind a verdict */
  readonly handover: readonly NumberedLine[];
  /** the first panic; kernel counts the banners seen before it (1: the first kernel) */
  readonly panic: (NumberedLine & { killedInit: boolean; kernel: number }) | null;
}

/** How the QEMU run ended, as seen from the host. */
export type RunEnd =
  /** the guest powered off (a reset too, which -no-reboot turns into exit 0) */
  | { kind: 'exited'; code: number | null; stderr: string }
  /** the watchdog killed a guest that made no progress */
  | { kind: 'hang'; phase: Phase; seconds: number; lastLine: string }
  /** neither the guest nor luqual ended it: a crash, the OOM killer, a kill from outside */
  | { kind: 'qemu-died'; how: string; stderr: string }
  | { kind: 'spawn-failed'; message: string }
  /** luqual was interrupted (Ctrl-C, SIGTERM) */
  | { kind: 'aborted' };

/** One pair's share of a run: a single pair's whole run, or one hop of a walk. */
export interface Observation {
  /** the source's preserving stage, when its agent got that far */
  preserve?: StageDoc;
  /** the target's verifying stage */
  verify?: StageDoc;
  /** kernels whose banner this pair's console shows: 0, 1 (the source), 2 (the target too) */
  kernelsStarted: number;
  panic: { line: string; killedInit: boolean; inTarget: boolean } | null;
  /** the handover lines of this pair's console, in order */
  handover: string[];
  /** of those, the ones the target logged (from its banner on) */
  targetHandover: string[];
  /** the last non-blank line of this pair's console */
  lastLine: string;
  /** where this pair ended */
  phase: Phase;
  /** how it ended: the run's own end for the hop it ended in; a hop the walk went on from ended with its target verifying */
  end: RunEnd | { kind: 'went-on' };
}
