// The SDK validates with generated JSON Schemas and a small checker instead of zod (see
// packages/schema/src/check.ts). This proves the two agree: zod's `safeParse` (worded by
// `toProblems`) and the checker give the same problems, path and message alike, for every record
// of the built feed, its manifest and its resource files, and for systematic mutations of each:
// every field deleted, set to a value of each wrong type, to an empty string, to a string no
// pattern or enum allows, to numbers out of range or fractional; every object given an unknown field.
// Needs the demo feed, which holds every kind of record: `npm run build:packages && npm run build:demo`.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type * as z from 'zod/mini';
import { schemaProblems, type JsonSchema, type ValidationProblem } from '../../packages/schema/src/index.js';
import { toProblems } from '../../packages/schema/src/issues.js';
import { manifestJsonSchema, resourceFileJsonSchema, resourceJsonSchemas } from '../../packages/schema/src/generated/index.js';
import { Manifest, ResourceFile } from '../../packages/schema/src/manifest.js';
import { resourceNames, resourceSchemas } from '../../packages/schema/src/resources.js';

const FEED = 'dist/demo/feed';
if (!existsSync(join(FEED, 'index.json'))) throw new Error(`${FEED} is missing: run "npm run build:packages && npm run build:demo" first`);
const readJson = (file: string): unknown => JSON.parse(readFileSync(join(FEED, file), 'utf8'));

type Path = (string | number)[];

/** Paths of every field and list item of a value; long lists contribute their first two items and their last. */
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const keys: (string | number)[] = Array.isArray(value)
    ? [...new Set([0, 1, value.length - 1])].filter((i) => i >= 0 && i < value.length)
    : Object.keys(value);
  return keys.flatMap((key) => [[...path, key], ...pathsOf((value as Record<string | number, unknown>)[key], [...path, key])]);
}

/** A copy of `value` with `change` made to what is at `path` (in its parent). */
function mutate(value: unknown, path: Path, change: (parent: Record<string | number, unknown>, key: string | number) => void): unknown {
  const copy = structuredClone(value);
  const parent = path.slice(0, -1).reduce((node, key) => node[key] as Record<string | number, unknown>, copy as Record<string | number, unknown>);
  change(parent, path.at(-1)!);
  return copy;
}

/** Values that break some rule of some field: wrong types, empty, off-pattern, off-enum, out of range, fractional. */
const replacements: unknown[] = [null, true, 42, -1, 1.5, 1e6, 'ten', '', 'Not A Slug!', 'zzz-not-listed', '2020-13', [], {}, ['x'], [{}]];

/** Every mutation of a value: each field deleted or replaced, each object given an unknown field. */
function* mutationsOf(value: unknown): Generator<unknown> {
  yield { ...(value as object), unexpectedField: 'unknown fields are allowed' };
  for (const path of pathsOf(value)) {
    yield mutate(value, path, (parent, key) => (Array.isArray(parent) ? parent.splice(key as number, 1) : delete parent[key]));
    for (const replacement of replacements) yield mutate(value, path, (parent, key) => (parent[key] = structuredClone(replacement)));
    const target = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], value);
    if (target !== null && typeof target === 'object' && !Array.isArray(target)) {
      yield mutate(value, path, (parent, key) => (parent[key] = { ...(target as object), unexpectedField: 1 }));
    }
  }
}

const byZod = (schema: z.ZodMiniType, input: unknown): ValidationProblem[] => {
  const result = schema.safeParse(input);
  return result.success ? [] : toProblems(result.error.issues, input);
};

interface Tally {
  inputs: number;
  rejected: number;
  /** Inputs where zod said more than the checker (see `agree`). */
  zodSaidMore: number;
}

const key = (p: ValidationProblem) => `${p.path}: ${p.message}`;

/**
 * Asserts that zod and the checker agree on `input`: both accept it, or both reject it with
 * problems at the same paths, and every problem the checker words is worded so by zod too. The
 * one difference allowed: where a value has the wrong type, zod also runs the field's length check
 * on it when it has a length (`title: []` is "must be a string (got [])" and "must not be empty");
 * the checker stops at the type, as it says all there is to say.
 */
function agree(name: string, zodSchema: z.ZodMiniType, jsonSchema: JsonSchema, input: unknown, tally: Tally): void {
  const expected = byZod(zodSchema, input);
  const actual = schemaProblems(jsonSchema, input);
  tally.inputs += 1;
  if (expected.length > 0) tally.rejected += 1;
  if (JSON.stringify(actual) === JSON.stringify(expected)) return;
  const about = `${name}: the checker and zod disagree about ${JSON.stringify(input).slice(0, 300)}\n` +
    `zod: ${JSON.stringify(expected)}\nchecker: ${JSON.stringify(actual)}`;
  assert.deepEqual(new Set(actual.map((p) => p.path)), new Set(expected.map((p) => p.path)), about);
  const zodSays = new Set(expected.map(key));
  assert.deepEqual(actual.filter((p) => !zodSays.has(key(p))), [], about);
  const checkerSays = new Set(actual.map(key));
  for (const extra of expected.filter((p) => !checkerSays.has(key(p)))) {
    const wrongType = actual.some((p) => p.path === extra.path && /^must be an? \w+ \(got /.test(p.message));
    assert.ok(wrongType, `${about}\nzod's "${key(extra)}" is missing, and not after a wrong type`);
  }
  tally.zodSaidMore += 1;
}

const summary = ({ inputs, rejected, zodSaidMore }: Tally) =>
  `${inputs} inputs, ${rejected} rejected by both, ${zodSaidMore} where zod also ran a length check after a wrong type`;

const manifestJson = readJson('index.json');
const manifest = Manifest.parse(manifestJson);

describe('the JSON Schema checker agrees with zod', () => {
  it('on the manifest and its mutations', (t) => {
    const tally = { inputs: 0, rejected: 0, zodSaidMore: 0 };
    agree('manifest', Manifest, manifestJsonSchema, manifestJson, tally);
    for (const input of mutationsOf(manifestJson)) agree('manifest', Manifest, manifestJsonSchema, input, tally);
    assert.ok(tally.rejected > 100 && tally.rejected < tally.inputs, `${tally.rejected} of ${tally.inputs} rejected`);
    t.diagnostic(summary(tally));
  });

  for (const name of resourceNames) {
    it(`on every ${name} record of the built feed, its resource file, and their mutations`, (t) => {
      const file = readJson(manifest.resources[name]!.url) as { items: unknown[] };
      const tally = { inputs: 0, rejected: 0, zodSaidMore: 0 };
      agree(`${name} file`, ResourceFile, resourceFileJsonSchema, file, tally);
      for (const input of mutationsOf({ ...file, items: file.items.slice(0, 2) })) agree(`${name} file`, ResourceFile, resourceFileJsonSchema, input, tally);
      assert.ok(file.items.length > 0, `the feed has no ${name}`);
      for (const record of file.items) {
        agree(name, resourceSchemas[name], resourceJsonSchemas[name], record, tally);
        for (const input of mutationsOf(record)) agree(name, resourceSchemas[name], resourceJsonSchemas[name], input, tally);
      }
      // Both reject plenty, and both accept some mutations (optional fields deleted, unknown fields added).
      assert.ok(tally.rejected > tally.inputs / 3 && tally.rejected < tally.inputs, `${name}: ${tally.rejected} of ${tally.inputs} rejected`);
      t.diagnostic(`${file.items.length} records; ${summary(tally)}`);
    });
  }
});
