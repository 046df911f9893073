import { checkWidget, type Widget } from '../widgets.js';

const entities: Record<string, string> = { '&quot;': '"', '&#39;': "'", '&apos;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decode = (text: string) => text.replace(/&(quot|#39|apos|lt|gt|amp);/g, (e) => entities[e]!);

function attributesOf(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const m of text.matchAll(/([a-zA-Z][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attributes[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attributes;
}

/**
 * The widgets in embed code: every `luton-*` start tag except `<luton-data>`, which only says
 * where the feed is (give that with `--feed`).
 */
export function widgetsInHtml(text: string): Widget[] {
  return [...text.matchAll(/<(luton-[a-z-]+)(\s[^>]*)?>/gi)]
    .filter((m) => m[1]!.toLowerCase() !== 'luton-data')
    .map((m) => checkWidget({ tag: m[1]!, attributes: attributesOf(m[2] ?? '') }));
}

/**
 * One command-line widget: embed code (`<luton-kpi kpi="neet-rate"></luton-kpi>`, possibly several)
 * or the short form `luton-kpi kpi=neet-rate compare=england` (the `luton-` may be left out).
 */
export function parseWidgetArgument(argument: string): Widget[] {
  if (argument.trimStart().startsWith('<')) return widgetsInHtml(argument);
  const [tag = '', ...rest] = argument.trim().split(/\s+/);
  return [checkWidget({ tag: tag.startsWith('luton-') ? tag : `luton-${tag}`, attributes: attributesOf(rest.join(' ')) })];
}
