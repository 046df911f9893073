import * as z from 'zod/mini';
import type { Area } from '@luton2040/schema';
import { OptionalText, Text, optional, splitList } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

/** areas.csv: Luton and the geographies it is compared with. */
export const areasTable: DatasetTable<Area> = {
  name: 'areas',
  columns: ['id', 'name', 'gss_code', 'kind', 'members', 'note', 'doc', 'section', 'quote'],
  cells: z.object({
    id: Text,
    name: Text,
    gss_code: z.string().check(z.trim(), z.regex(/^(?:[EKNSW]\d{8})?$/, 'must be a GSS code like E06000032, or empty')),
    kind: oneOf(['local-authority', 'country', 'region', 'group']),
    members: OptionalText,
    note: OptionalText,
    doc: OptionalText,
  }),
  toRecord: (v) => {
    const gssCode = optional(v.gss_code);
    const note = optional(v.note);
    return {
      id: v.id!.trim(),
      name: v.name!.trim(),
      ...(gssCode ? { gssCode } : {}),
      kind: v.kind!.trim() as Area['kind'],
      members: splitList(v.members ?? ''),
      ...(note ? { note } : {}),
      ...(optional(v.doc) ? { citation: citationFrom(v) } : {}),
    };
  },
  key: { field: 'id', of: (r) => r.id },
  refs: { members: { to: 'areas', what: 'area id' } },
};
