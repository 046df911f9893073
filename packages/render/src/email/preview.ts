import { dayOf } from '@luton2040/elements/i18n/format.js';
import { describeWidget } from '../widgets.js';
import { Html, html } from './html.js';
import { colour, font } from './palette.js';
import { GMAIL_CLIP_BYTES, type EmailSnippet } from './render-email.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * A page showing every snippet as a reader would see it, for the newsletter editor to check
 * before pasting: written beside the snippets and their images, which it shows by file name.
 */
export function previewPage(snippets: readonly EmailSnippet[], options: { imageBaseUrl?: string | undefined } = {}): string {
  const total = snippets.reduce((sum, s) => sum + s.bytes, 0);
  const feed = snippets[0]?.feed;
  const where = options.imageBaseUrl
    ? html`Upload the PNG files to <code>${options.imageBaseUrl}</code>: the snippets point there.`
    : html`The snippets point at their images by file name, which works here only: run again with <code>--image-base-url</code> before sending.`;
  const sections = snippets.map(
    (s) => html`<section style="margin:32px 0;">
      <h2 style="font-size:18px;margin:0 0 4px;">${s.name}.html</h2>
      <p style="margin:0 0 12px;color:${colour.muted};font-size:14px;">${describeWidget(s.widget)}: ${kb(s.bytes)}, ${s.images.length} ${s.images.length === 1 ? 'image' : 'images'}. <a href="${s.name}.html">Open the snippet file</a></p>
      <div style="max-width:600px;">${new Html(s.previewHtml)}</div>
    </section>`,
  );
  return `<!doctype html>\n${
    html`<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Luton 2040 email snippets: preview</title></head>
    <body style="margin:0;padding:24px;background-color:#f1f1f4;font-family:${font};color:${colour.text};">
    <h1 style="font-size:24px;margin:0 0 8px;">Luton 2040 email snippets</h1>
    ${feed ? html`<p style="margin:0 0 8px;">Feed ${feed.version}, figures as published on ${dayOf(feed.dataDate, 'en-GB')}.</p>` : ''}
    <p style="margin:0 0 8px;">${snippets.length} ${snippets.length === 1 ? 'snippet' : 'snippets'}, ${kb(total)} in all: Gmail clips a message at about ${kb(GMAIL_CLIP_BYTES)}, newsletter included. ${where}</p>
    ${sections}
    </body></html>`.text
  }\n`;
}
