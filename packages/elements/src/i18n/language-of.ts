/**
 * The language a widget is in, as HTML decides it: its own `lang`, else the closest ancestor's,
 * looking through shadow roots (a widget inside another component), else `en-GB`. An empty `lang`
 * ("unknown") counts as none. Without a DOM (a server render) only the element's own attribute counts.
 */
export function languageOf(element: Element): string {
  let node: Element | null = element;
  while (node?.closest) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang') || 'en-GB';
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return node?.getAttribute('lang') || 'en-GB';
}
