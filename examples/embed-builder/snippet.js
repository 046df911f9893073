// The embed builder's output, as pure functions (no DOM), so that the escaping can be tested in Node.

/** The loader's public, version-pinned address. */
export const loaderUrl = (version) => `https://cdn.jsdelivr.net/npm/@luton2040/elements@${version}/dist/cdn/luton2040.js`;

/**
 * Optional CSS that keeps a widget's place until its code arrives: an undefined tag is inline and
 * empty, a defined one is a block (the badge an inline block) of the size it draws at. The same
 * rules as the elements' reserved sizes give (packages/elements/src/widget/reserved-sizes.ts, which
 * this page cannot import as TypeScript; scripts/checks/reserve-css.test.ts keeps the two equal).
 */
const RESERVED = {
  'luton-kpi': { display: 'block', blockSize: [['', 22], ['compact', 14]] },
  'luton-pledge-badge': { display: 'inline-block', blockSize: [] },
};

export function reserveCss(tag) {
  const { display, blockSize } = RESERVED[tag] ?? { display: 'block', blockSize: [] };
  const [first, ...variants] = blockSize;
  return [
    `${tag}:not(:defined){display:${display}${first ? `;min-block-size:${first[1]}rem` : ''}}`,
    ...variants.map(([variant, rem]) => `${tag}[variant="${variant}"]:not(:defined){min-block-size:${rem}rem}`),
  ].join('');
}

export const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (value) => escapeText(value).replace(/"/g, '&quot;');

/** The address if it is an absolute http(s) one, else undefined (no `javascript:` links in a snippet). */
export function httpUrl(value) {
  try {
    const url = new URL(String(value).trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One widget's markup. `attributes` are `[name, value]` pairs in order: an empty or missing value is
 * left out, `true` writes the bare attribute. The fallback is what shows before the script runs: a
 * link when there is a safe address, else plain text.
 */
export function widgetMarkup(tag, attributes, fallback = {}) {
  const attrs = attributes
    .filter(([, value]) => value !== undefined && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const link = fallback.link ? httpUrl(fallback.link) : undefined;
  const text = fallback.text ? escapeText(fallback.text) : '';
  const inner = link && text ? `<a href="${escapeAttribute(link)}">${text}</a>` : text;
  return `<${tag}${attrs}>${inner}</${tag}>`;
}

/** The whole snippet a webmaster pastes: the pinned loader, the optional reserve CSS, the widget. */
export function embedSnippet({ version, tag, attributes, fallback, reserve }) {
  return [
    `<script type="module" src="${escapeAttribute(loaderUrl(version))}"></script>`,
    ...(reserve ? [`<style>${reserveCss(tag)}</style>`] : []),
    widgetMarkup(tag, attributes, fallback),
  ].join('\n');
}
