import * as z from 'zod/mini';
import { IsoDate } from './primitives.js';

/** Where one resource of a feed snapshot lives, and how to know it has changed. */
export const ResourceEntry = z.object({
  /** Address of the immutable, content-hashed file, relative to the manifest. */
  url: z.string().check(z.minLength(1, 'must not be empty')),
  /** SHA-256 of the file's bytes, hex. Changes exactly when the content changes. */
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a hex SHA-256 digest')),
  /** Number of records in the resource. */
  count: z.number().check(z.int(), z.minimum(0)),
  /** True when the resource holds sample (made-up) records; absent or false when all are real. */
  sample: z.optional(z.boolean()),
});
export type ResourceEntry = z.infer<typeof ResourceEntry>;

/**
 * The small, short-lived `index.json` of a feed: which snapshot files make up the current version.
 * Clients poll it; everything it points to is immutable.
 */
export const Manifest = z.object({
  schemaVersion: z.literal(1),
  /** Version of the dataset, e.g. `2026.11.25`. */
  version: z.string().check(z.minLength(1, 'must not be empty')),
  /** The date the data speaks for (from the dataset, not the build clock). */
  dataDate: IsoDate,
  /** True when the feed contains sample (made-up) records for demonstration (see each resource's `sample`). */
  sample: z.boolean(),
  resources: z.record(z.string(), ResourceEntry),
  /** JSON Schema of one record of each resource, relative to the manifest, for other publishers. */
  schemas: z.optional(z.record(z.string(), z.string())),
});
export type Manifest = z.infer<typeof Manifest>;

/** The envelope of every resource file: records are validated one by one, so one bad record is dropped alone. */
export const ResourceFile = z.object({
  resource: z.string(),
  items: z.array(z.unknown()),
});
export type ResourceFile = z.infer<typeof ResourceFile>;
