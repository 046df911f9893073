import type { SpecOf, WidgetTag } from '@luton2040/elements/widget-registry.js';
import type { ChartStyle } from './charts/comparison-svg.js';
import type { Pictures } from './email/pictures.js';
import type { WidgetBody } from './email/widget-body.js';

/** What a widget's spec reads for it. */
export type DataOf<T extends WidgetTag> = Awaited<ReturnType<SpecOf<T>['load']>>;
/** What a widget's spec says about its data. */
export type ViewOf<T extends WidgetTag> = ReturnType<SpecOf<T>['view']>;

/** One widget's data and view, with its attributes: what an output is drawn from. */
export interface Drawn<T extends WidgetTag> {
  data: DataOf<T>;
  view: ViewOf<T>;
  attributes: Readonly<Record<string, string>>;
}

/**
 * What this package adds to a widget beside its spec: how it is laid out in an email, what
 * names its snippet, and what its server-rendered markup needs that only a browser would add.
 */
export interface WidgetOutput<T extends WidgetTag> {
  /** The widget's content in an email snippet, laid out from its view; pictures become PNG files. */
  emailBody(drawn: Drawn<T>, pictures: Pictures): WidgetBody | Promise<WidgetBody>;
  /** The attribute that tells two snippets of this widget apart in their file names (e.g. `kpi`). */
  nameFrom: readonly string[];
  /**
   * Completes the element's server-rendered markup with what it only sets in the browser (bar
   * widths through the CSSOM, a chart drawn once in view). Each edit checks that the markup still
   * has the shape it expects, so a change to the element's template fails loudly, not silently.
   */
  fillIn?(html: string, drawn: Drawn<T>, chart: ChartStyle): string | Promise<string>;
}
