/**
 * Sets `style` on each match of `pattern` (an opening tag up to its first attributes) in turn; there
 * must be exactly `styles.length` of them, and `check` may test each one's first captured group.
 */
export function styleEach(html: string, pattern: RegExp, styles: string[], what: string, check?: (captured: string, i: number) => boolean): string {
  let i = 0;
  const out = html.replace(pattern, (tag: string, captured: unknown) => {
    if (i >= styles.length || (check && !check(String(captured), i))) throw new Error(`server rendering: the ${what} no longer match the data`);
    return `${tag} style="${styles[i++]}"`;
  });
  if (i !== styles.length) throw new Error(`server rendering: expected ${styles.length} ${what}, found ${i}`);
  return out;
}

/** Replaces the one occurrence of `search`; none, or more than one, means the markup changed shape. */
export function replaceOnce(html: string, search: string, replacement: string, what: string): string {
  const at = html.indexOf(search);
  if (at < 0 || html.indexOf(search, at + 1) >= 0) throw new Error(`server rendering: the ${what} is not where it was expected`);
  return html.slice(0, at) + replacement + html.slice(at + search.length);
}
