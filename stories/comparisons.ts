// What a comparison story expects, worked out from the reference feed through the SDK, so that no
// story pins a figure of the dataset: a new release of a figure changes what is shown, not the story.
import { compareAreas, periodLabel, periodPhrase, type Comparison, type ComparisonOptions } from '@luton2040/sdk';
import { expect } from 'storybook/test';
import { referenceClient } from './feeds.js';
import { expectState, shadowTexts } from './tile-state.js';

/** The comparison the widget should draw for `kpi` with these options, from the reference feed. */
export async function comparisonOf(kpi: string, options: ComparisonOptions = {}): Promise<Comparison> {
  const client = referenceClient();
  return compareAreas(await client.kpis.get(kpi), await client.areas.list(), options);
}

/**
 * Checks the widget's summary and bars against the comparison: Luton's figure and period, every
 * other area's figure on the side it falls (higher or lower), the bars in the comparison's order,
 * and the areas without a figure.
 */
export async function expectComparison(canvas: HTMLElement, { rows, missing, period, periodPrecision }: Comparison): Promise<void> {
  const luton = rows.find((r) => r.role === 'luton')!;
  await expectState(canvas, 'luton-comparator-bars', 'data', `Luton: ${luton.label} ${periodPhrase(luton)}.`);
  const el = canvas.querySelector('luton-comparator-bars')!;
  const summary = shadowTexts(el, '[part="summary"]')[0] ?? '';
  for (const row of rows.filter((r) => r !== luton)) {
    const side = luton.value > row.value ? 'Higher than' : luton.value < row.value ? 'Lower than' : 'The same as';
    const sentence = summary.split('. ').find((s) => s.includes(`${row.name} (${row.label})`));
    await expect(sentence, `${row.name} in the summary`).toMatch(new RegExp(`^${side} `));
  }
  await expect(shadowTexts(el, '.bars li .name')).toEqual(rows.map((r) => r.name));
  if (missing.length && period) {
    const line = shadowTexts(el, '[part="missing"]')[0] ?? '';
    await expect(line.startsWith(`No figure for ${periodLabel({ period, ...(periodPrecision ? { periodPrecision } : {}) })}:`), line).toBe(true);
    for (const area of missing) await expect(line).toContain(area.name);
  }
}
