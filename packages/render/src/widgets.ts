import { widgetDefinitions, widgetTags, type SpecOf, type WidgetTag } from '@luton2040/elements/widget-registry.js';
import { wordsFor } from '@luton2040/elements/i18n/words-for.js';
import type { AnyWidgetSpec } from '@luton2040/elements/widget/widget-spec.js';
import type { LutonClient } from '@luton2040/sdk';
import type { Drawn } from './widget-output.js';

export { widgetTags, type WidgetTag };

/** One widget as a page author writes it: the tag and its attributes (a boolean attribute has the value `''`). */
export interface Widget {
  tag: WidgetTag;
  attributes: Readonly<Record<string, string>>;
}

const attributeName = /^[a-z][a-z0-9-]*$/;

export function isWidgetTag(tag: string): tag is WidgetTag {
  return (widgetTags as readonly string[]).includes(tag);
}

/**
 * The widget, checked: a known tag, and attribute names that are plain names. Both end up in
 * markup, so anything else is refused rather than escaped.
 */
export function checkWidget(widget: { tag: string; attributes?: Readonly<Record<string, string>> }): Widget {
  const tag = widget.tag.toLowerCase();
  if (!isWidgetTag(tag)) throw new TypeError(`<${widget.tag}> is not a widget; use one of ${widgetTags.join(', ')}`);
  const attributes = widget.attributes ?? {};
  for (const [name, value] of Object.entries(attributes)) {
    if (!attributeName.test(name)) throw new TypeError(`<${tag}> has an attribute named "${name}", which is not a plain attribute name`);
    if (typeof value !== 'string') throw new TypeError(`<${tag}> attribute "${name}" must be a string`);
  }
  return { tag, attributes };
}

/** The widget as it reads in embed code, e.g. `luton-kpi kpi="neet-rate"` (no angle brackets, so it is safe in comments). */
export function describeWidget({ tag, attributes }: Widget): string {
  const pairs = Object.entries(attributes).map(([name, value]) => (value === '' ? name : `${name}="${value.replace(/["<>&]/g, '')}"`));
  return [tag, ...pairs].join(' ');
}

/** A widget with the data it draws: exactly what the element itself reads from the feed (its `preloaded`). */
export type WidgetData = { [T in WidgetTag]: { tag: T; data: Awaited<ReturnType<SpecOf<T>['load']>> } }[WidgetTag];

/**
 * The widget's spec, from the element's own definition. Loading it also defines the element in the
 * server's registry (the one Lit's DOM shim installs in Node), where @lit-labs/ssr looks up the
 * class that renders a tag. Each is loaded on first use, so rendering one widget loads no other.
 */
export async function specOf<T extends WidgetTag>(tag: T): Promise<SpecOf<T>> {
  return (await widgetDefinitions[tag]()).spec as SpecOf<T>;
}

/**
 * Reads what a widget draws through its spec, and works out what it says for its attributes (its
 * `lang` among them): what the element itself would read and say. Fails as the widget would: with the SDK's typed errors,
 * or a `MissingAttributeError` (a `TypeError`) when a required attribute is absent.
 */
export async function drawWidget<T extends WidgetTag>(widget: Widget & { tag: T }, client: LutonClient, signal?: AbortSignal): Promise<Drawn<T>> {
  // Every spec is handled alike here; the tag gives the result its type.
  const spec: AnyWidgetSpec = await specOf(widget.tag);
  // The widget's `lang` picks its words, as the page's language does in a browser.
  const [data, words] = await Promise.all([spec.load(client, spec.query(widget.attributes), signal) as Promise<unknown>, wordsFor(spec.words, spec.tag as never, widget.attributes.lang)]);
  return { data, view: spec.view(data, widget.attributes, words), attributes: widget.attributes } as Drawn<T>;
}

/** Reads what a widget draws, as `drawWidget` does, without working out its view. */
export async function loadWidgetData(widget: Widget, client: LutonClient, signal?: AbortSignal): Promise<WidgetData> {
  const { data } = await drawWidget(widget, client, signal);
  return { tag: widget.tag, data } as WidgetData;
}
