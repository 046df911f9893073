// Loaded on demand by schemas.ts: every record schema of the feed, in a chunk of its own.
export { resourceSchemas } from '@luton2040/schema';
