// Generated from schemas/suite.schema.json by `npm run gen:types`. Do not edit.

/**
 * suites/NAME/manifest.yaml: what a suite is, for readers of the report and for the runner.
 */
export interface SuiteManifest {
  /**
   * the folder's name
   */
  name: string;
  /**
   * one line
   */
  summary?: string;
  /**
   * Markdown, shown in the report
   */
  description: string;
  /**
   * the handover component that carries every item the suite preserves (those `carriers` does not name): kho-test, memblock, or a LUO file handler named by its compatible-string family (memfd-v2 is family memfd). A pair's fates and its prediction are per component (README "Fates")
   */
  carrier?: string;
  /**
   * the suite hands heirlooms down a walk: files born on its first kernel, retrieved, checked and preserved again by every later one (its C code gives them: SUITE(.heirlooms = ...), agent/suite.h); README "Upgrade paths"
   */
  heirlooms?: boolean;
  /**
   * the component that carries each named item, where a suite's items ride on more than one: component -> item names
   */
  carriers?: {
    /**
     * @minItems 1
     */
    [k: string]: [string, ...string[]];
  };
  /**
   * what both kernels and the guest need; a pair that lacks one skips the suite with a reason naming it
   */
  requirements?: {
    /**
     * options that must be y in both kernels' configs, or m where the kernel's modules are at hand (built by luqual, or modules=DIR on a path reference); A|B: either will do (an IOMMU of one architecture or another)
     */
    kconfig?: string[];
    /**
     * modules the agent loads, with what they depend on (modules.dep), on a kernel that built them as modules (=m); on a kernel that built them in, nothing is loaded
     */
    modules?: string[];
    /**
     * added to both kernels' command lines when the suite runs
     */
    cmdline?: string;
    /**
     * guest memory the suite needs at least
     */
    memoryMiB?: number;
    /**
     * QEMU device models added to the guest (-device NAME); a QEMU without one skips the suite
     */
    qemuDevices?: string[];
  };
}
