import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import * as z from 'zod/mini';
import { checkerSchema, GENERATED_DIR, generatedModules } from '../../../scripts/generate-json-schemas.js';
import { resourceJsonSchemas } from './generated/index.js';
import { resourceNames } from './resources.js';

const dir = join(fileURLToPath(new URL('../../..', import.meta.url)), GENERATED_DIR);

describe('generated JSON Schemas', () => {
  it('are what scripts/generate-json-schemas.ts makes of the zod schemas today (run `npm run build:schemas`)', () => {
    const fresh = generatedModules();
    assert.deepEqual(readdirSync(dir).sort(), [...fresh.keys()].sort(), 'the generated files are the ones the script writes');
    for (const [file, text] of fresh) assert.equal(readFileSync(join(dir, file), 'utf8'), text, `${file} is out of date: run \`npm run build:schemas\``);
  });

  it('cover every resource', () => {
    assert.deepEqual(Object.keys(resourceJsonSchemas), resourceNames);
  });

  it('refuse a keyword the checker does not know', () => {
    assert.throws(() => checkerSchema(z.union([z.object({ a: z.string() }), z.object({ b: z.number() })]), 'either'), /either: the checker does not know the keyword "anyOf"/);
    assert.throws(() => checkerSchema(z.union([z.string(), z.number()]), 'mixed'), /mixed: unsupported type \["string","number"\]/);
    assert.throws(() => checkerSchema(z.object({ pair: z.tuple([z.string(), z.number()]) }), 'record'), /record.pair: the checker does not know the keyword "prefixItems"/);
    assert.throws(() => checkerSchema(z.string().register(z.globalRegistry, { description: 'a note' }), 'noted'), /keyword "description"/);
  });

  it('refuse a zod check that has no JSON Schema form, rather than drop it', () => {
    assert.throws(() => checkerSchema(z.string().check(z.refine((s) => s !== 'x', 'must not be x')), 'notX'), /"custom" check \("must not be x"\)/);
    assert.throws(() => checkerSchema(z.number().check(z.minimum(1, 'too few')), 'many'), /"greater_than" check \("too few"\)/);
    assert.throws(() => checkerSchema(z.string().check(z.maxLength(3)), 'short'), /"max_length" check has no form/);
    assert.throws(() => checkerSchema(z.number().check(z.gt(0)), 'positive'), /keyword "exclusiveMinimum"/);
  });

  it('refuse a pattern without wording, or with two', () => {
    assert.throws(() => checkerSchema(z.string().check(z.regex(/^b$/)), 'bare'), /has no wording/);
    const messages = new Map<string, string>();
    checkerSchema(z.string().check(z.regex(/^a$/, 'must be a')), 'one', messages);
    assert.throws(() => checkerSchema(z.string().check(z.regex(/^a$/, 'must be the letter a')), 'two', messages), /needs one wording/);
  });
});
