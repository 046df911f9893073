import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { resourceJsonSchemas, resourceNames } from '@luton2040/schema';
import { schemaOf } from './schemas.js';

describe('schemaOf', () => {
  it('gives every resource its generated JSON Schema, bundled or loaded on demand', async () => {
    for (const name of resourceNames) assert.equal(await schemaOf(name), resourceJsonSchemas[name], name);
  });
});
