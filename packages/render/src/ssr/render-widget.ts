import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import type { LutonClient } from '@luton2040/sdk';
import type { ChartStyle } from '../charts/comparison-svg.js';
import { checkWidget, drawWidget, type Widget, type WidgetTag } from '../widgets.js';
import { widgetOutputs } from '../widget-outputs.js';
import type { WidgetOutput } from '../widget-output.js';
import { elementTemplate } from './element-template.js';

export interface RenderWidgetOptions {
  /** The SDK client to read the feed with. */
  client: LutonClient;
  /**
   * The feed the widget reads once it is hydrated in the browser, written as its `src`. Default: the
   * client's feed address; required when the client reads the feed from disk. `null` leaves it out,
   * for a widget inside a `<luton-data>`.
   */
  src?: string | null;
  /** Colours, font and width of the static comparison chart. */
  chart?: ChartStyle;
  signal?: AbortSignal;
}

/**
 * A widget as HTML a page can serve before any JavaScript runs: the element with its content in a
 * declarative shadow root, drawn by the element's own templates from data read now through the SDK,
 * and charts as static SVG. The data also goes into the element's `preloaded` attribute, so that
 * when the element is defined it draws the same content at once instead of a loading state, then
 * refreshes from the feed.
 *
 * Fails with the SDK's typed errors when the data cannot be read (e.g. `NotFoundError` for an unknown KPI id).
 */
export async function renderWidget(input: { tag: string; attributes?: Readonly<Record<string, string>> }, options: RenderWidgetOptions): Promise<string> {
  const widget = checkWidget(input);
  const attributes: Record<string, string> = { ...widget.attributes };
  const src = attributes.src ?? (options.src === undefined ? browserFeedUrl(options.client) : options.src);
  if (src !== null) attributes.src = src;
  return renderTag(widget, attributes, options);
}

/** Reads the widget's data through its spec (which defines its element here) and renders the element over it. */
async function renderTag<T extends WidgetTag>(widget: Widget & { tag: T }, attributes: Record<string, string>, options: RenderWidgetOptions): Promise<string> {
  const drawn = await drawWidget(widget, options.client, options.signal);
  attributes.preloaded = JSON.stringify(drawn.data);
  const html = await collectResult(render(elementTemplate(widget.tag, attributes)));
  const { fillIn } = widgetOutputs[widget.tag] as WidgetOutput<T>;
  return fillIn ? fillIn(html, drawn, options.chart ?? {}) : html;
}

/** The client's feed address, which browsers can read too, unless the server reads the feed from disk. */
function browserFeedUrl(client: LutonClient): string {
  if (client.feedUrl.startsWith('file:')) {
    throw new TypeError(`the feed is read from disk (${client.feedUrl}): give \`src\`, the address browsers read it from`);
  }
  return client.feedUrl;
}
