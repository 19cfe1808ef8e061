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
   * the LUO file handlers whose formats carry what the suite preserves: compatible-string families (memfd-v2 is family memfd); a pair whose source speaks one of them in a format the target lacks is predicted to lose the session
   */
  components?: string[];
  /**
   * what both kernels and the guest need; a pair that lacks one skips the suite with a reason naming it
   */
  requirements?: {
    /**
     * options that must be y in both kernels' configs
     */
    kconfig?: string[];
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
