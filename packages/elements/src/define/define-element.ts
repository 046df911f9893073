/**
 * Defines a tag unless it is already defined: a page may load the library twice (two plugins, two
 * versions). The first definition wins and the page keeps working; a second one only warns.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) console.warn(`[luton2040] <${tag}> is already defined on this page; keeping the first definition.`);
    return;
  }
  customElements.define(tag, constructor);
}

