import * as z from 'zod/mini';
import type { IncomeThreshold, MisBand } from '@luton2040/schema';
import { Text } from '../cells.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';
import { oneOf } from '../table.js';

const thresholdPattern = /^(?:> £([\d,]+)|up to £([\d,]+)|£([\d,]+))$/;
const thresholdRule = 'must be written as the document does: "> £67,719", "up to £34,099" or "£0"';

/** Reads "> £67,719" (above), "up to £34,099" (at most) or "£0" (at most nothing). */
export function parseThreshold(text: string): IncomeThreshold {
  const match = thresholdPattern.exec(text.trim());
  const pounds = (digits: string | undefined) => Number(digits!.replaceAll(',', ''));
  if (match?.[1]) return { text: text.trim(), above: pounds(match[1]) };
  return { text: text.trim(), upTo: pounds(match?.[2] ?? match?.[3]) };
}

const Threshold = z.string().check(z.trim(), z.regex(thresholdPattern, thresholdRule));

/** mis-bands.csv: the five bands of the Lutonised Minimum Income Standard. */
export const misBandsTable: DatasetTable<MisBand> = {
  name: 'mis-bands',
  columns: ['band', 'order', 'label', 'definition', 'private_rent', 'social_rent', 'doc', 'section', 'quote'],
  cells: z.object({
    band: oneOf(['A', 'B', 'C', 'D', 'E']),
    order: z.string().check(z.trim(), z.regex(/^[1-5]$/, 'must be 1, 2, 3, 4 or 5')),
    label: Text,
    definition: Text,
    private_rent: Threshold,
    social_rent: Threshold,
    doc: Text,
    section: Text,
  }),
  toRecord: (v) => ({
    band: v.band!.trim() as MisBand['band'],
    order: Number(v.order),
    label: v.label!.trim(),
    definition: v.definition!.trim(),
    coupleTwoChildren: { privateRent: parseThreshold(v.private_rent!), socialRent: parseThreshold(v.social_rent!) },
    citation: citationFrom(v),
  }),
  key: { field: 'band', of: (b) => b.band },
  // The thresholds must be the ones the cited row of the document's table gives.
  check: ({ file, line, record }, { log }) => {
    const quote = record.citation.quote ?? '';
    const thresholds = [['private_rent', record.coupleTwoChildren.privateRent.text], ['social_rent', record.coupleTwoChildren.socialRent.text]] as const;
    const missing = thresholds.filter(([, text]) => !quote.includes(text));
    for (const [field, text] of missing) log.add({ file, line, field, message: `"${text}" is not in the quote` });
    return missing.length === 0;
  },
};
