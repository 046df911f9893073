/**
 * The address as an absolute http(s) URL, or `undefined`. Feeds are written by many partners:
 * anything else (`javascript:`, `data:`, relative or malformed addresses) is never made a link.
 */
export function safeHttpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
