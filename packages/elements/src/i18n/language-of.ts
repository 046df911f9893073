/**
 * The language a widget is in, as HTML decides it: its own `lang`, else the closest ancestor's,
 * looking through shadow roots (a widget inside another component), else `en-GB`. An empty `lang`
 * ("unknown") counts as none.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node) {
    // Without a DOM (server rendering) only the element's own attribute can be read.
    if (typeof node.closest !== 'function') return node.getAttribute('lang') || 'en-GB';
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || 'en-GB';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return 'en-GB';
}
