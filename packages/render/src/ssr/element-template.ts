import { html, type TemplateResult } from 'lit';
import type { WidgetTag } from '../widgets.js';

// One template per tag and set of attribute names: the values are bindings, so that data never
// becomes part of a template's identity (Lit caches templates by their strings, for ever).
const shapes = new Map<string, TemplateStringsArray>();

/** `<tag name=${value} …></tag>` for names known to be plain attribute names (see `checkWidget`). */
export function elementTemplate(tag: WidgetTag, attributes: Readonly<Record<string, string>>): TemplateResult {
  const names = Object.keys(attributes);
  const key = [tag, ...names].join(' ');
  let strings = shapes.get(key);
  if (!strings) {
    const parts = names.length === 0 ? [`<${tag}></${tag}>`] : [`<${tag} ${names[0]}=`, ...names.slice(1).map((name) => ` ${name}=`), `></${tag}>`];
    strings = Object.freeze(Object.assign(parts, { raw: parts })) as unknown as TemplateStringsArray;
    shapes.set(key, strings);
  }
  return html(strings, ...Object.values(attributes));
}
