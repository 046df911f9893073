// Types only: the wording of problems (issues.ts) stays out of a bundle that merely checks.
import type { SchemaIssue } from './issues.js';

/**
 * The part of JSON Schema (draft 2020-12) that the generated schemas (`generated/`) use, which is
 * all this checker knows. scripts/generate-json-schemas.ts refuses to write a schema with any other
 * keyword, so the zod schemas and what the checker enforces cannot drift apart unnoticed.
 */
export interface JsonSchema {
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
  properties?: { readonly [key: string]: JsonSchema };
  required?: readonly string[];
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  items?: JsonSchema;
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
  maximum?: number;
  /**
   * The zod schema's own wording of a failed length check (the keyword ajv-errors uses). A pattern's
   * wording is in `patternMessages` instead, loaded only with the wording of problems.
   */
  errorMessage?: { readonly minLength?: string; readonly minItems?: string };
}

/** Every keyword the checker understands. */
export const checkerKeywords: readonly string[] = [
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'enum',
  'const',
  'pattern',
  'minLength',
  'minItems',
  'minimum',
  'maximum',
  'errorMessage',
];

type Path = readonly PropertyKey[];
type Words = NonNullable<JsonSchema['errorMessage']>;
const patterns = new Map<string, RegExp>();

/**
 * What is wrong with `value` against `schema`, one issue per failed check, in zod's issue shapes
 * and order (`toProblems` words them; `schemaProblems` does both). Empty when the value is valid.
 * Unknown object fields are allowed, as zod's objects allow them. The value is only read, never
 * copied or changed.
 */
export function schemaIssues(schema: JsonSchema, value: unknown): SchemaIssue[] {
  const issues: SchemaIssue[] = [];
  visit(bare(schema), value, [], issues);
  return issues;
}

const bareSchemas = new WeakMap<JsonSchema, JsonSchema>();

/**
 * The schema copied once into objects without a prototype, so that a keyword a page added to
 * Object.prototype (`pattern`, `required`...) is never read as part of it.
 */
function bare(schema: JsonSchema): JsonSchema {
  let copy = bareSchemas.get(schema);
  if (!copy) bareSchemas.set(schema, (copy = strip(schema) as JsonSchema));
  return copy;
}

function strip(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const copy = Object.create(null) as Record<string, unknown>;
  for (const key of Object.keys(value)) copy[key] = strip((value as Record<string, unknown>)[key]);
  return copy;
}

function visit(schema: JsonSchema, value: unknown, path: Path, issues: SchemaIssue[]): void {
  const { type, errorMessage: words, properties, additionalProperties: others, propertyNames: names } = schema;
  // `keyword` names the zod schema's own wording of the check, when it has one.
  const fail = (issue: object, keyword?: keyof Words) => issues.push({ path, message: keyword && words?.[keyword], ...issue } as SchemaIssue);
  // An enum or a constant names its values, and zod words a wrong type there as a wrong value too.
  if (schema.enum || 'const' in schema) {
    const values = schema.enum ?? [schema.const];
    if (!values.includes(value)) fail({ code: 'invalid_value', values });
    return;
  }
  const array = Array.isArray(value);
  const isType =
    type === 'integer'
      ? Number.isInteger(value)
      : type === 'number'
        ? Number.isFinite(value)
        : type === 'array'
          ? array
          : type === 'object'
            ? typeof value === 'object' && value !== null && !array
            : !type || typeof value === type;
  if (!isType) {
    // zod's words for a fractional number where an integer is due, and for a map of any keys.
    const expected = type === 'integer' ? (typeof value === 'number' ? 'int' : 'number') : names ? 'record' : type;
    return void fail({ code: 'invalid_type', expected });
  }
  // A bound the schema does not set is undefined, and every comparison with it is false.
  if (typeof value === 'string') {
    if (value.length < schema.minLength!) fail({ code: 'too_small', origin: 'string', minimum: schema.minLength }, 'minLength');
    const source = schema.pattern;
    if (source !== undefined) {
      let pattern = patterns.get(source);
      // Without the `u` flag, as zod tests its RegExp (the feed's patterns are plain ASCII).
      if (!pattern) patterns.set(source, (pattern = new RegExp(source)));
      if (!pattern.test(value)) fail({ code: 'invalid_format', pattern: source });
    }
  } else if (typeof value === 'number') {
    if (value < schema.minimum!) fail({ code: 'too_small', origin: 'number', minimum: schema.minimum });
    if (value > schema.maximum!) fail({ code: 'too_big', origin: 'number', maximum: schema.maximum });
  } else if (array) {
    if (value.length < schema.minItems!) fail({ code: 'too_small', origin: 'array', minimum: schema.minItems }, 'minItems');
    value.forEach((item, index) => schema.items && visit(schema.items, item, [...path, index], issues));
  } else if (type === 'object') {
    const object = value as Record<string, unknown>;
    // In the order of `properties`, as zod goes through an object's shape. An absent field is
    // undefined to both, and a required one fails its own schema as zod's does ("is required", or
    // the allowed values of an enum).
    for (const key of properties ? Object.keys(properties) : []) {
      const field = Object.hasOwn(object, key) ? object[key] : undefined;
      if (field !== undefined || schema.required?.includes(key)) visit(properties![key]!, field, [...path, key], issues);
    }
    const unknown = Object.keys(object).filter((key) => !properties || !Object.hasOwn(properties, key));
    for (const key of unknown) {
      if (names) visit(names, key, [...path, key], issues);
      if (typeof others === 'object') visit(others, object[key], [...path, key], issues);
    }
    if (others === false && unknown.length > 0) fail({ code: 'unrecognized_keys', keys: unknown });
  }
}
