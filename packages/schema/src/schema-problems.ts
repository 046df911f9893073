import { schemaIssues, type JsonSchema } from './check.js';
import { toProblems, type ValidationProblem } from './issues.js';

/**
 * What is wrong with `value` against a generated JSON Schema, worded:
 * `[{ path: 'observations.2.value', message: 'must be a number (got "ten")' }]`; empty when valid.
 * A module of its own so that the checker and the wording are bundled apart: a page whose data is
 * valid never loads the wording (the SDK imports it when a check fails).
 */
export function schemaProblems(schema: JsonSchema, value: unknown): ValidationProblem[] {
  return toProblems(schemaIssues(schema, value), value);
}
