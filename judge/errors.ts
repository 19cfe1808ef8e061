// Errors luqual reports to the user. Each kind maps to one exit code and one
// verdict, so the CLI never has to guess from a message.

/** The user's input is wrong: exit 2, nothing is run. */
export class InputError extends Error {
  override name = 'InputError';
}

/**
 * A patch that does not apply to the source it is given: bad input for a
 * run, but for `pair --expect` under git bisect a commit the patch does not
 * fit, which the bisect skips like one that does not build.
 */
export class PatchError extends InputError {
  override name = 'PatchError';
}

/** The host lacks something (a tool, disk, network): verdict `error`. */
export class HostError extends Error {
  override name = 'HostError';
}

/** A tool luqual needs is not installed; says which Debian package has it. */
export class MissingToolError extends HostError {
  override name = 'MissingToolError';
  constructor(readonly tool: string, readonly debianPackage: string) {
    super(`${tool} not found: install the Debian package ${debianPackage} (apt-get install ${debianPackage}, or run "npm run setup")`);
  }
}
