/** The words for each plural category a language has: `one` and `other` at least ("1 point", "4 points"). */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A chooser of plural forms by Intl.PluralRules for `locale`: Polish has one / few / many,
 * Romanian one / few / other ("20 de puncte"), Urdu one / other.
 */
export function pluralsOf(locale: string): (count: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(locale);
  return (count, forms) => forms[rules.select(count)] ?? forms.other;
}

/** A count in the language's digits ("৪" in Bengali, "9300" in Polish). */
export const countsOf = (locale: string) => (count: number) => new Intl.NumberFormat(locale).format(count);
