/** The widgets that can be rendered on a server or for email, by tag. `<luton-data>` only provides a feed. */
export const widgetTags = ['luton-kpi', 'luton-comparator-bars', 'luton-action-tracker', 'luton-vacancy-feed', 'luton-pledge-badge'] as const;

export type WidgetTag = (typeof widgetTags)[number];

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
