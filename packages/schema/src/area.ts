import * as z from 'zod/mini';
import { Citation, Slug } from './primitives.js';

export const AreaKind = z.enum(['local-authority', 'country', 'region', 'group']);
export type AreaKind = z.infer<typeof AreaKind>;

/** A geography Luton is compared with. Groups (SEMLEP, the OxCam Arc) list their member areas. */
export const Area = z.object({
  id: Slug,
  name: z.string().check(z.minLength(1, 'must not be empty')),
  /** ONS Government Statistical Service code, e.g. E06000032 for Luton. */
  gssCode: z.optional(z.string().check(z.regex(/^[EKNSW]\d{8}$/, 'must be a GSS code like E06000032'))),
  kind: AreaKind,
  /** Member area ids of a group; empty when no source gives the membership. */
  members: z.array(Slug),
  note: z.optional(z.string()),
  citation: z.optional(Citation),
});
export type Area = z.infer<typeof Area>;
