// Type-checked by `tsc -p examples/vue` (scripts/checks/examples-static.test.ts), never run: with
// `@luton2040/elements/vue`, Vue's GlobalComponents has every luton-* tag, with props typed from the
// element classes, and refuses the marked mistakes.
import type { LutonFilterChangeDetail, LutonKpi, LutonLoadDetail } from '@luton2040/elements';
import type {} from '@luton2040/elements/vue';
import type { GlobalComponents } from 'vue';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(value: T) => value;

/** The props a template may give a tag, as vue-tsc reads them from GlobalComponents. */
type PropsOf<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

expectType<Equal<NonNullable<PropsOf<'luton-kpi'>['variant']>, LutonKpi['variant']>>(true);
expectType<Equal<NonNullable<PropsOf<'luton-action-tracker'>['year']>, number>>(true);

export const kpi: PropsOf<'luton-kpi'> = {
  kpi: 'neet-rate',
  compare: 'england',
  variant: 'compact',
  onLutonLoad: (_event) => {
    expectType<Equal<typeof _event, CustomEvent<LutonLoadDetail>>>(true);
  },
};
export const tracker: PropsOf<'luton-action-tracker'> = {
  priority: 'skills-growth',
  hideFilters: true,
  headingLevel: 3,
  onLutonFilterChange: (_event) => {
    expectType<Equal<typeof _event.detail, LutonFilterChangeDetail>>(true);
  },
};
export const badge: PropsOf<'luton-pledge-badge'> = { org: 'an-organisation', registryKey: 'abc', variant: 'expanded' };
export const provider: PropsOf<'luton-data'> = { src: '/feed/index.json', registryKey: 'abc' };
export const vacancies: PropsOf<'luton-vacancy-feed'> = { sector: 'construction', livingWage: true, limit: 3 };

// @ts-expect-error a tile's variant is `full` or `compact`
export const wrongVariant: PropsOf<'luton-kpi'> = { variant: 'huge' };
// @ts-expect-error `limit` is a number
export const wrongLimit: PropsOf<'luton-vacancy-feed'> = { limit: 'three' };
// @ts-expect-error the load listener receives a CustomEvent<LutonLoadDetail>
export const wrongListener: PropsOf<'luton-kpi'> = { onLutonLoad: (event: CustomEvent<number>) => event.detail.toFixed() };
