import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkerKeywords, schemaIssues, type JsonSchema } from './check.js';
import { kpisJsonSchema, manifestJsonSchema, resourceFileJsonSchema, resourceJsonSchemas, vacanciesJsonSchema } from './generated/index.js';
import { schemaProblems } from './schema-problems.js';

const citation = { doc: 'test-doc', section: 'Synthetic test data' };
const kpi = {
  id: 'neet-rate',
  title: 'Synthetic measure (test data)',
  strategy: 'ess',
  priority: 'skills-growth',
  direction: 'decrease',
  unit: 'percent',
  citation,
  observations: [
    { period: '2019', value: 10, status: 'final', citation },
    { period: '2020/21', value: 8, status: 'provisional', headline: true, citation },
  ],
  comparators: [{ area: 'england', observations: [{ period: '2022-Q3', value: 6, status: 'final', citation }] }],
};
const problems = (value: unknown, schema: JsonSchema = kpisJsonSchema) => schemaProblems(schema, value);

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') Object.values(Object.freeze(value)).forEach(deepFreeze);
  return value;
}

describe('schemaIssues / schemaProblems', () => {
  it('accepts a valid record without copying or changing it', () => {
    assert.deepEqual(schemaIssues(kpisJsonSchema, deepFreeze(structuredClone(kpi))), []);
  });

  it('allows fields it does not know, as zod does (a newer feed stays readable)', () => {
    assert.deepEqual(problems({ ...kpi, trendNote: 'new field', citation: { ...citation, page: 4 } }), []);
  });

  it('words problems as toProblems words zod issues, with dotted paths', () => {
    const observations = [kpi.observations[0], { ...kpi.observations[1], value: 'ten' }];
    assert.deepEqual(problems({ ...kpi, direction: 'up', observations }), [
      { path: 'direction', message: 'must be one of: "increase", "decrease"' },
      { path: 'observations.1.value', message: 'must be a number (got "ten")' },
    ]);
  });

  it('says a missing field is required, and a present one of the wrong type what it must be', () => {
    const { title: _title, ...untitled } = kpi;
    assert.deepEqual(problems({ ...untitled, unit: null, comparators: {} }), [
      { path: 'title', message: 'is required' },
      { path: 'unit', message: 'must be one of: "percent", "count", "gbp", "gbp-per-hour", "ratio", "rank", "pence", "kt-co2e", "score"' },
      { path: 'comparators', message: 'must be an array (got {})' },
    ]);
    assert.deepEqual(problems(null), [{ path: '', message: 'must be an object (got null)' }]);
    assert.deepEqual(problems([kpi]), [{ path: '', message: 'must be an object (got [{"id":"neet-rate","title":"Synthetic...)' }]);
  });

  it("uses the zod schemas' own wording of patterns and lengths", () => {
    assert.deepEqual(problems({ ...kpi, id: 'NEET rate', title: '', citation: { doc: 'x', section: '' } }), [
      { path: 'id', message: 'must be lower-case letters and digits joined by "-" (e.g. neet-rate)' },
      { path: 'title', message: 'must not be empty' },
      { path: 'citation.section', message: 'must name the section of the document' },
    ]);
    assert.deepEqual(problems({ ...kpi, observations: [{ ...kpi.observations[0], period: '2020-13' }] }), [
      { path: 'observations.0.period', message: 'must be a period like 2020, 2022-08, 2022-08-31, 2020/21 or 2022-Q3' },
    ]);
  });

  it('checks integers, bounds, constants and maps of any keys', () => {
    const manifest = {
      schemaVersion: 1,
      version: '2026.01.01',
      dataDate: '2026-01-01',
      sample: false,
      resources: { kpis: { url: 'kpis.json', sha256: 'a'.repeat(64), count: 3 } },
    };
    assert.deepEqual(problems(manifest, manifestJsonSchema), []);
    assert.deepEqual(problems({ ...manifest, schemaVersion: 2, resources: { kpis: { ...manifest.resources.kpis, count: 1.5 }, areas: { url: '', sha256: 'x', count: -1 } } }, manifestJsonSchema), [
      { path: 'schemaVersion', message: 'must be one of: 1' },
      { path: 'resources.kpis.count', message: 'must be an int (got 1.5)' },
      { path: 'resources.areas.url', message: 'must not be empty' },
      { path: 'resources.areas.sha256', message: 'must be a hex SHA-256 digest' },
      { path: 'resources.areas.count', message: 'must be at least 0' },
    ]);
    assert.deepEqual(problems({ ...manifest, resources: [] }, manifestJsonSchema), [{ path: 'resources', message: 'must be a record (got [])' }]);
    assert.deepEqual(problems({ ...manifest, resources: { kpis: { ...manifest.resources.kpis, count: '3' } } }, manifestJsonSchema), [
      { path: 'resources.kpis.count', message: 'must be a number (got "3")' },
    ]);
    assert.deepEqual(problems({ published: 1899, id: 'doc', title: 'A document' }, resourceJsonSchemas.documents), [{ path: 'published', message: 'must be at least 1900' }]);
  });

  it('checks list lengths and the envelope of resource files', () => {
    const vacancy = {
      id: 'sample-001',
      title: 'Care Assistant (sample)',
      employer: { name: 'Sample Care Homes (sample)' },
      location: { locality: 'Luton' },
      employmentType: [],
      datePosted: '2026-11-20',
      url: 'https://example.org/jobs/sample-001',
      sample: true,
    };
    assert.deepEqual(problems(vacancy, vacanciesJsonSchema), [{ path: 'employmentType', message: 'must list at least one employment type' }]);
    assert.deepEqual(problems({ resource: 'kpis', items: [1, null, 'anything'] }, resourceFileJsonSchema), []);
    assert.deepEqual(problems({ resource: 'kpis' }, resourceFileJsonSchema), [{ path: 'items', message: 'is required' }]);
  });

  it('supports additionalProperties: false, for schemas that forbid unknown fields', () => {
    const strict: JsonSchema = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false };
    assert.deepEqual(problems({ a: 'x', b: 1, c: 2 }, strict), [{ path: '', message: 'has unknown field(s): b, c' }]);
  });

  it('knows every keyword the generated schemas use', () => {
    const used = new Set<string>();
    const walk = (schema: JsonSchema) => {
      for (const [keyword, value] of Object.entries(schema)) {
        used.add(keyword);
        if (keyword === 'properties') Object.values(value as Record<string, JsonSchema>).forEach(walk);
        if (['items', 'propertyNames', 'additionalProperties'].includes(keyword) && typeof value === 'object') walk(value as JsonSchema);
      }
    };
    [...Object.values(resourceJsonSchemas), manifestJsonSchema, resourceFileJsonSchema].forEach(walk);
    assert.deepEqual([...used].filter((k) => !checkerKeywords.includes(k)), []);
  });
});
