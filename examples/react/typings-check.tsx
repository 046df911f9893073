// Type-checked by `tsc -p examples/react` (scripts/checks/examples-typings.test.ts), never run: the
// tag map, the event map and the JSX props must give these types, and refuse the marked mistakes.
import type { LutonActionTracker, LutonKpi, LutonLoadDetail } from '@luton2040/elements';
import type { LutonFilterChangeDetail } from '@luton2040/elements';
import type {} from '@luton2040/elements/react';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(value: T) => value;

// HTMLElementTagNameMap: tags give their classes.
const tile = document.querySelector('luton-kpi');
expectType<Equal<typeof tile, LutonKpi | null>>(true);
const tracker = document.createElement('luton-action-tracker');
expectType<Equal<typeof tracker, LutonActionTracker>>(true);
expectType<Equal<LutonKpi['variant'], 'full' | 'compact'>>(true);
tracker.year = 2;
// @ts-expect-error a plan year is a number
tracker.year = 'two';

// GlobalEventHandlersEventMap: luton-* events carry typed details.
tile?.addEventListener('luton-load', (event) => {
  expectType<Equal<typeof event, CustomEvent<LutonLoadDetail>>>(true);
  const resource: string = event.detail.resource;
  return resource;
});
tile?.addEventListener('luton-error', (event) => event.detail.error.message);
tracker.addEventListener('luton-filter-change', (_event) => {
  expectType<Equal<typeof _event.detail, LutonFilterChangeDetail>>(true);
});
// @ts-expect-error the load event's detail has no `figure`
tile?.addEventListener('luton-load', (event) => event.detail.figure);

// JSX: attributes and events of each tag.
export const fine = (
  <luton-data src="/feed/index.json" registry-key="abc" onluton-load={(event) => event.detail.resource}>
    <luton-kpi kpi="neet-rate" compare="england" variant="compact" onluton-error={(event) => event.detail.error}>
      <a href="https://example.org/source">NEET rate in Luton (source)</a>
    </luton-kpi>
    <luton-comparator-bars kpi="neet-rate" areas="england slough" chart="html" onluton-chart-ready={() => undefined} />
    <luton-action-tracker priority="skills-growth" year={2} heading-level={3} hide-filters onluton-filter-change={(event) => event.detail.status} />
    <luton-vacancy-feed sector="construction" limit={3} hide-filters />
    <luton-pledge-badge org="sample-bakery-ltd" variant="expanded" registry-key="abc" theme="dark" />
  </luton-data>
);

// @ts-expect-error a tile's variant is `full` or `compact`
export const wrongVariant = <luton-kpi kpi="neet-rate" variant="huge" />;
// @ts-expect-error <luton-kpi> has no `org`
export const wrongAttribute = <luton-kpi org="sample-bakery-ltd" />;
// @ts-expect-error `limit` is a number
export const wrongLimit = <luton-vacancy-feed limit="three" />;
// @ts-expect-error the load listener receives a CustomEvent<LutonLoadDetail>
export const wrongListener = <luton-kpi onluton-load={(event: CustomEvent<number>) => event.detail.toFixed()} />;
