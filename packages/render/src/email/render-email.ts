import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { wordsIn } from '@luton2040/elements/i18n/merge-words.js';
import { catalogueFor } from '@luton2040/elements/i18n/words-for.js';
import { safeHttpUrl as httpUrl, type LutonClient } from '@luton2040/sdk';
import type { PngOptions } from '../charts/png.js';
import type { WidgetOutput } from '../widget-output.js';
import { widgetOutputs } from '../widget-outputs.js';
import { checkWidget, drawWidget, type Widget, type WidgetTag } from '../widgets.js';
import { emailEn } from './email.en.js';
import { frame } from './frame.js';
import { IMAGE_BASE, Pictures, type EmailImage } from './pictures.js';
import type { WidgetBody } from './widget-body.js';

/** Gmail shows "[Message clipped]" and hides the rest of a message whose HTML passes about this size. */
export const GMAIL_CLIP_BYTES = 100 * 1024;

export interface EmailOptions {
  /** The SDK client to read the feed with. */
  client: LutonClient;
  /** The page where readers see the widget live (an http or https address); every snippet links to it. */
  liveUrl: string;
  /**
   * The public address the images will be uploaded to, e.g. `https://example.org/newsletter/2026-11/`.
   * Default: none, and images are referenced by file name (right for the preview only: an email needs absolute addresses).
   */
  imageBaseUrl?: string;
  /** The snippet's file name without extension. Default: from the tag and its main attribute, e.g. `kpi-neet-rate`. */
  name?: string;
  /** How the PNGs are made (scale, background, extra fonts). */
  png?: PngOptions;
  /**
   * The language of snippets whose widget has no `lang` of its own, e.g. `ur` or `pl`: its words,
   * number formats and direction. Default: English (en-GB). A language without a catalogue stays English.
   */
  lang?: string;
  signal?: AbortSignal;
}

export interface EmailSnippet {
  name: string;
  widget: Widget;
  /** The snippet to paste into a newsletter, its images at `imageBaseUrl`. */
  html: string;
  /** The same snippet with images referenced by file name, for a preview page beside them. */
  previewHtml: string;
  /** Size of `html` in bytes (UTF-8). */
  bytes: number;
  images: EmailImage[];
  /** The feed snapshot the figures come from. */
  feed: { version: string; dataDate: string };
}

/** Lower-case letters, digits and single hyphens: safe as a file name and in an address. */
const fileSafe = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** `kpi-neet-rate`, `pledge-badge-sample-bakery-ltd`, `action-tracker`: a file name that says which widget it is. */
export function snippetName({ tag, attributes }: Widget): string {
  const main = widgetOutputs[tag].nameFrom.map((name) => attributes[name]).find(Boolean) ?? '';
  return fileSafe(`${tag.replace(/^luton-/, '')}-${main}`);
}

/** The widget's content, laid out by its email body from what its spec reads and says. */
async function bodyOf<T extends WidgetTag>(widget: Widget & { tag: T }, client: LutonClient, pictures: Pictures, signal?: AbortSignal): Promise<WidgetBody> {
  const { emailBody } = widgetOutputs[widget.tag] as WidgetOutput<T>;
  return emailBody(await drawWidget(widget, client, signal), pictures);
}

/**
 * A widget as an email-safe HTML snippet: a table with inline styles, no script, no custom
 * elements, no stylesheet; charts and sparklines as PNG images with alt text; the feed's date and
 * a "see it live" link. Nothing is written: see `writeEmail`.
 */
export async function renderEmail(input: { tag: string; attributes?: Readonly<Record<string, string>> }, options: EmailOptions): Promise<EmailSnippet> {
  const checked = checkWidget(input);
  const lang = checked.attributes.lang ?? options.lang;
  const widget = lang && !checked.attributes.lang ? { ...checked, attributes: { ...checked.attributes, lang } } : checked;
  const liveUrl = httpUrl(options.liveUrl);
  if (!liveUrl) throw new TypeError(`liveUrl must be an http or https address, not "${options.liveUrl}"`);
  const base = options.imageBaseUrl ? withSlash(options.imageBaseUrl) : '';
  const name = fileSafe(options.name ?? '') || snippetName(widget);
  const pictures = new Pictures(name, options.png);
  const [{ body, source, sample }, manifest, catalogue] = await Promise.all([
    bodyOf(widget, options.client, pictures, options.signal),
    options.client.manifest({ signal: options.signal }),
    catalogueFor(lang),
  ]);
  const feed = { version: manifest.version, dataDate: manifest.dataDate };
  const words = catalogue ? wordsIn(emailEn, catalogue.email) : emailEn;
  const language = catalogue ? { lang: catalogue.locale, dir: catalogue.dir } : undefined;
  const markup = `${frame({ widget, feed, liveUrl, body, source, sample: sample ?? false, language }, words).text}\n`;
  const html = markup.replaceAll(IMAGE_BASE, base);
  return { name, widget, html, previewHtml: markup.replaceAll(IMAGE_BASE, ''), bytes: Buffer.byteLength(html), images: pictures.images, feed };
}

function withSlash(url: string): string {
  const checked = httpUrl(url);
  if (!checked) throw new TypeError(`imageBaseUrl must be an http or https address, not "${url}"`);
  return checked.endsWith('/') ? checked : `${checked}/`;
}

/** Writes `NAME.html` and its images into `dir`; returns the paths written. */
export async function writeEmail(snippet: EmailSnippet, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const files = [join(dir, `${snippet.name}.html`), ...snippet.images.map((image) => join(dir, image.file))];
  await Promise.all([writeFile(files[0]!, snippet.html), ...snippet.images.map((image, i) => writeFile(files[i + 1]!, image.data))]);
  return files;
}
