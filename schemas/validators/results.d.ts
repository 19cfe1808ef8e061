// Generated for schemas/results.schema.json by `npm run gen:types` (scripts/gen-types.ts). Do not edit.
import type { ErrorObject } from 'ajv/dist/2020.js';

/** Whether data follows the schema; when it does not, validate.errors says where and why. */
declare const validate: { (data: unknown): boolean; errors?: ErrorObject[] | null };
export default validate;
export { validate };
