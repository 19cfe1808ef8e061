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
}
