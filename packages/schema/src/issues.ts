import type * as z from 'zod/mini';
import { patternMessages } from './generated/pattern-messages.js';

/** One validation problem, said so that a person can fix it. */
export interface ValidationProblem {
  /** Path to the field, e.g. `observations.2.value`. Empty for the record as a whole. */
  path: string;
  message: string;
}

/**
 * A failed check as the JSON Schema checker (`check.ts`) reports it: the subset of zod's issue
 * shapes it needs, so that one function words the problems of both and they read the same.
 */
export type SchemaIssue = { readonly path: readonly PropertyKey[]; readonly message?: string } & (
  | { readonly code: 'invalid_type'; readonly expected: string }
  | { readonly code: 'invalid_value'; readonly values: readonly unknown[] }
  | { readonly code: 'too_small'; readonly origin: string; readonly minimum: number }
  | { readonly code: 'too_big'; readonly origin: string; readonly maximum: number }
  | { readonly code: 'invalid_format'; readonly pattern: string }
  | { readonly code: 'unrecognized_keys'; readonly keys: readonly string[] }
);

// zod/mini ships no message locale (to stay small); say what each check wants instead.
function describe(issue: z.core.$ZodIssue | SchemaIssue, input: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type': {
      const value = valueAt(input, issue.path);
      return value === undefined ? 'is required' : `must be ${article(issue.expected)} (got ${preview(value)})`;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      return issue.origin === 'string' ? `must have at least ${issue.minimum} character(s)` : `must be at least ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'string' ? `must have at most ${issue.maximum} character(s)` : `must be at most ${issue.maximum}`;
    case 'unrecognized_keys':
      return `has unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_format':
      // The checker's issues carry the pattern; its wording, from the zod schema, is looked up here,
      // so that the schemas a page bundles carry no wording (patterns have one each, see the table).
      return (issue.pattern !== undefined && patternMessages[issue.pattern]) || 'is not valid';
    case 'invalid_union':
      return 'does not match any allowed form';
    default:
      return 'is not valid';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value !== null && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

function preview(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

/**
 * Turns zod issues, or the JSON Schema checker's, into plain problems with dotted paths; `input` is
 * what was validated, to quote the bad value.
 */
export function toProblems(issues: readonly (z.core.$ZodIssue | SchemaIssue)[], input?: unknown): ValidationProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describe(issue, input) }));
}

/** One line per problem: `observations.2.value: must be a number`. */
export function formatProblems(problems: readonly ValidationProblem[]): string {
  return problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join('; ');
}
