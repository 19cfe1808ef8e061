// The JSON Schemas' validators, typed. They are ajv "standalone" code that
// `npm run gen:types` (scripts/gen-types.ts) generates into schemas/validators/
// at build time, checked in and checked for staleness by the tests: luqual
// compiles no schema and runs no code from outside the repository when it
// starts. Only ajv's types are imported here; the validators themselves need
// nothing of ajv but its small runtime helpers.
import type { ErrorObject } from 'ajv/dist/2020.js';
import type { Matrix } from './types/matrix.ts';
import type { Results } from './types/results.ts';
import type { SuiteManifest } from './types/suite.ts';
import matrix from './validators/matrix.js';
import results from './validators/results.js';
import suite from './validators/suite.js';

/** Whether data follows the schema; when it does not, errors says where and why (allErrors: all of it). */
export interface Validator<T> {
  (data: unknown): data is T;
  readonly errors?: ErrorObject[] | null;
}

/** results.json; 'date-time' is checked as an RFC 3339 timestamp. */
export const resultsValidator = results as Validator<Results>;
/** matrix.yaml, parsed; its verdict names come from the results schema. Formats are not checked. */
export const matrixValidator = matrix as Validator<Matrix>;
/** suites/NAME/manifest.yaml, parsed. */
export const suiteValidator = suite as Validator<SuiteManifest>;
