import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { jsonSchemas } from './json-schema.js';
import { resourceNames, resourceSchemas } from './resources.js';
import * as schema from './index.js';

describe('resources', () => {
  it('registers every resource the feed publishes, in camelCase', () => {
    assert.deepEqual(resourceNames, [
      'documents',
      'settings',
      'livingWageRates',
      'areas',
      'organisations',
      'essPriorities',
      'luton2040Priorities',
      'kpis',
      'misBands',
      'actions',
      'activities',
      'statusReports',
      'pledgeSchemes',
      'pledges',
      'sectors',
      'vacancies',
    ]);
  });

  it('exports a JSON Schema (draft 2020-12) for every resource, the manifest and the envelope', () => {
    const schemas = jsonSchemas() as Record<string, { $schema?: string; type?: string }>;
    for (const name of [...resourceNames, 'manifest', 'resourceFile']) {
      assert.equal(schemas[name]?.$schema, 'https://json-schema.org/draft/2020-12/schema', name);
      assert.equal(schemas[name]?.type, 'object', name);
    }
  });

  it('keeps the names other packages already use', () => {
    for (const name of ['Kpi', 'Area', 'EssPriority', 'SourceDocument', 'Manifest', 'ResourceFile', 'Citation', 'Observation', 'Direction', 'Unit']) {
      assert.ok(name in schema, name);
    }
    for (const fn of ['toProblems', 'formatProblems', 'periodStart', 'comparePeriods', 'canonicalPledgePayload', 'planYearSpan']) {
      assert.equal(typeof (schema as Record<string, unknown>)[fn], 'function', fn);
    }
  });

  it('keeps the observations of older feeds valid: headline is optional', () => {
    const observation = { period: '2020', value: 4, status: 'final', citation: { doc: 'ess', section: 'Key Challenge: NEETs and SEND' } };
    assert.ok(schema.Observation.safeParse(observation).success);
    assert.ok(!schema.Observation.safeParse({ ...observation, headline: 'no' }).success);
  });

  it('describes a vacancy as a schema.org JobPosting does', () => {
    const vacancy = {
      id: 'sample-001',
      title: 'Care Assistant (sample)',
      employer: { name: 'Sample Care Homes (sample)' },
      location: { locality: 'Luton' },
      salary: { min: 12.6, max: 13.2, unit: 'HOUR', currency: 'GBP' },
      employmentType: ['FULL_TIME', 'PART_TIME'],
      sector: 'health-social-care',
      datePosted: '2026-11-20',
      url: 'https://example.org/jobs/sample-001',
      sample: true,
    };
    assert.ok(resourceSchemas.vacancies.safeParse(vacancy).success);
    assert.ok(!resourceSchemas.vacancies.safeParse({ ...vacancy, employmentType: [] }).success);
    assert.ok(!resourceSchemas.vacancies.safeParse({ ...vacancy, sector: 'retail' }).success);
  });
});
