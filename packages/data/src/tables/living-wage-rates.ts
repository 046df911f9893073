import * as z from 'zod/mini';
import type { LivingWageRate } from '@luton2040/schema';
import { DateCell, OptionalDateCell, OptionalText, OptionalWebAddressCell, Text, optional } from '../cells.js';
import { valueNotInPassage } from '../checks/quote-figures.js';
import { citationFrom } from '../citation.js';
import type { DatasetTable } from '../dataset-table.js';

const Pounds = z.string().check(z.trim(), z.regex(/^\d+\.\d{2}$/, 'must be pounds and pence like 13.45 (no £)'));
const OptionalPounds = z.string().check(z.trim(), z.regex(/^(?:\d+\.\d{2})?$/, 'must be pounds and pence like 14.80 (no £), or empty'));

/**
 * living-wage-rates.csv: the Real Living Wage, one row per announcement of the Living Wage
 * Foundation, cited to it. Add the new rates each autumn (see docs/data.md).
 */
export const livingWageRatesTable: DatasetTable<LivingWageRate> = {
  name: 'living-wage-rates',
  columns: ['announced', 'uk_outside_london', 'london', 'implement_by', 'note', 'doc', 'section', 'quote'],
  cells: z.object({
    announced: DateCell,
    uk_outside_london: Pounds,
    london: OptionalPounds,
    implement_by: OptionalDateCell,
    note: OptionalText,
    doc: Text,
    section: Text,
    quote: Text,
    url: z.optional(OptionalWebAddressCell),
  }),
  toRecord: (v) => {
    const london = optional(v.london);
    const implementBy = optional(v.implement_by);
    const note = optional(v.note);
    return {
      announced: v.announced!.trim(),
      ...(implementBy ? { implementBy } : {}),
      ukOutsideLondon: Number(v.uk_outside_london),
      ...(london ? { london: Number(london) } : {}),
      ...(note ? { note } : {}),
      citation: citationFrom(v),
    };
  },
  key: { field: 'announced', of: (r) => r.announced },
  // The rates must be the ones the cited passage states.
  check: ({ file, line, record }, { log }) => {
    const quote = record.citation.quote ?? '';
    const faults = [
      ['uk_outside_london', valueNotInPassage(record.ukOutsideLondon, quote)],
      ['london', record.london === undefined ? undefined : valueNotInPassage(record.london, quote)],
    ] as const;
    for (const [field, fault] of faults) if (fault) log.add({ file, line, field, message: fault });
    return faults.every(([, fault]) => !fault);
  },
};
