// The WordPress example without PHP: reads the plugin's widget table, constants and loader address
// from its source, and renders shortcodes the way its shortcode function does (a line-by-line
// transcription, with WordPress's escaping functions), so that a browser test can load the output.
import { readFileSync } from 'node:fs';

export const PLUGIN_FILE = 'examples/wordpress/luton2040-widgets/luton2040-widgets.php';
export const PLUGIN_README = 'examples/wordpress/luton2040-widgets/readme.txt';

export const pluginSource = () => readFileSync(PLUGIN_FILE, 'utf8');

export interface WidgetType {
  tag: string;
  attributes: string[];
}

const phpStrings = (list: string) => [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]!);

/** `luton2040_widget_types()`: type => { tag, attributes }. */
export function widgetTypes(php = pluginSource()): Record<string, WidgetType> {
  const body = /function luton2040_widget_types\(\) \{([\s\S]*?)\n\}/.exec(php)?.[1] ?? '';
  const entries = [...body.matchAll(/'([\w-]+)'\s*=>\s*array\(\s*'tag'\s*=>\s*'([\w-]+)',\s*'attributes'\s*=>\s*array\(([^)]*)\)/g)];
  return Object.fromEntries(entries.map(([, type, tag, attributes]) => [type!, { tag: tag!, attributes: phpStrings(attributes!) }]));
}

/** A top-level `const NAME = 'text';` or `const NAME = array( ... );`. */
export function phpConstant(name: string, php = pluginSource()): string | string[] {
  const text = new RegExp(`const ${name} = '([^']*)';`).exec(php);
  if (text) return text[1]!;
  const list = new RegExp(`const ${name} = array\\(([^)]*)\\);`).exec(php);
  if (list) return phpStrings(list[1]!);
  throw new Error(`${PLUGIN_FILE} has no constant ${name}`);
}

/** The address `luton2040_loader_url()` gives when no filter changes it. */
export function pluginLoaderUrl(php = pluginSource()): string {
  const match = /\$url = '([^']*)' \. LUTON2040_ELEMENTS_VERSION \. '([^']*)';/.exec(php);
  if (!match) throw new Error('luton2040_loader_url() has an unexpected shape');
  return `${match[1]}${phpConstant('LUTON2040_ELEMENTS_VERSION', php)}${match[2]}`;
}

// WordPress's escaping, as its functions behave for these inputs.
const specialChars = (text: string) =>
  text
    .replace(/&(?!(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);)/gi, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#039;');
const esc_attr = specialChars;
const esc_html = specialChars;
function esc_url_raw(url: string, protocols: string[]): string {
  const trimmed = url.trim().replace(/ /g, '%20');
  if (trimmed === '') return '';
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(trimmed)?.[1]?.toLowerCase();
  if (scheme) return protocols.includes(scheme) ? trimmed : '';
  // No scheme: WordPress keeps a relative address and presumes http:// for anything else.
  return /^[/#?]/.test(trimmed) ? trimmed : `http://${trimmed}`;
}

/** WordPress's `shortcode_parse_atts`. */
export function parseShortcodeAtts(text: string): Record<string | number, string> {
  const atts: Record<string | number, string> = {};
  let position = 0;
  const pattern = /([\w-]+)\s*=\s*"([^"]*)"(?:\s|$)|([\w-]+)\s*=\s*'([^']*)'(?:\s|$)|([\w-]+)\s*=\s*([^\s'"]+)(?:\s|$)|"([^"]*)"(?:\s|$)|'([^']*)'(?:\s|$)|(\S+)(?:\s|$)/g;
  for (const m of text.replace(/[\u00a0\u200b]/g, ' ').matchAll(pattern)) {
    if (m[1]) atts[m[1].toLowerCase()] = m[2]!;
    else if (m[3]) atts[m[3].toLowerCase()] = m[4]!;
    else if (m[5]) atts[m[5].toLowerCase()] = m[6]!;
    else atts[position++] = m[7] ?? m[8] ?? m[9]!;
  }
  return atts;
}

/** Every `[luton_widget …]` in a text: self-closing (` /]`) or enclosing text up to `[/luton_widget]`. */
export function findShortcodes(text: string): { atts: Record<string | number, string>; content: string | null }[] {
  const pattern = /\[luton_widget((?:[^\]/]|\/(?!\]))*)(?:\/\]|\]([\s\S]*?)\[\/luton_widget\])/g;
  return [...text.matchAll(pattern)].map((m) => ({ atts: parseShortcodeAtts(m[1]!.trim()), content: m[2] ?? null }));
}

/** `luton2040_widget_shortcode()`, transcribed. Enclosed content is trusted here (the plugin runs it through `wp_kses_post`). */
export function renderShortcode(atts: Record<string | number, string>, content: string | null, php = pluginSource()): string {
  const types = widgetTypes(php);
  const urls = phpConstant('LUTON2040_URL_ATTRIBUTES', php) as string[];
  const booleans = phpConstant('LUTON2040_BOOLEAN_ATTRIBUTES', php) as string[];
  const type = (atts.type ?? '').toLowerCase();
  const widget = types[type];
  if (!widget) return `<!-- luton_widget: unknown type; use one of ${esc_html(Object.keys(types).join(', '))} -->`;

  const value = (name: string): string | null => {
    for (const key of [name, name.replace(/-/g, '_')]) if (key in atts) return atts[key]!;
    for (const [key, v] of Object.entries(atts)) if (/^\d+$/.test(key) && v.toLowerCase() === name) return 'yes';
    return null;
  };
  const attribute = (name: string, raw: string): string => {
    if (booleans.includes(name)) return ['', 'yes', 'true', '1', 'on'].includes(raw.toLowerCase()) ? ` ${name}` : '';
    const v = urls.includes(name) ? esc_url_raw(raw, ['https', 'http']) : raw;
    return urls.includes(name) && v === '' ? '' : ` ${name}="${esc_attr(v)}"`;
  };
  const fallback = (): string => {
    if (content !== null && content.trim() !== '') return content;
    const link = 'link' in atts ? esc_url_raw(atts.link!, ['https', 'http']) : '';
    const label = atts.label ?? 'Luton 2040 figures (source)';
    if (link === '') return 'label' in atts ? esc_html(label) : '';
    return `<a href="${esc_attr(link)}">${esc_html(label)}</a>`;
  };

  let html = `<${widget.tag}`;
  for (const name of widget.attributes) {
    const v = value(name);
    if (v !== null) html += attribute(name, v);
  }
  return `${html}>${fallback()}</${widget.tag}>`;
}

/** What a theme prints in the head for the plugin: its reserve style and its module script. */
export function wordpressHead(php = pluginSource()): string {
  return `<style id="luton2040-widgets-inline-css">${phpConstant('LUTON2040_RESERVE_CSS', php)}</style>
<script type="module" src="${esc_attr(pluginLoaderUrl(php))}" id="luton2040-widgets-js-module"></script>`;
}

/**
 * The readme's usage examples as a post would render them, plus two an attacker might write: a
 * value that tries to close the attribute, and a `javascript:` feed address.
 */
export function renderReadmeShortcodes(): { html: string; hostileKpi: string } {
  const hostileKpi = '"><img src=x onerror="window.__pwned=1">';
  const post = `${readFileSync(PLUGIN_README, 'utf8')}
[luton_widget type="kpi" kpi='${hostileKpi}' /]
[luton_widget type="kpi" kpi="neet-rate" src="javascript:alert(1)" /]`;
  const html = findShortcodes(post)
    .map(({ atts, content }) => `<p>${renderShortcode(atts, content)}</p>`)
    .join('\n');
  return { html, hostileKpi };
}
