#!/usr/bin/env node
// The renderer (Lit SSR, Vega, resvg) and the SDK are imported once the arguments are known to be
// usable, so that `--help` and a usage error start as fast as an empty Node process.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Widget } from '../widgets.js';
import type { EmailSnippet } from './render-email.js';

const usage = `Usage: luton2040-email --live-url URL [options] WIDGET...

Writes an email-safe HTML snippet for each widget, its images (PNG) and preview.html.

WIDGET is embed code or the tag with its attributes, for example:
  '<luton-kpi kpi="neet-rate" compare="england"></luton-kpi>'
  'luton-comparator-bars kpi=unemployment-rate'
  'action-tracker priority=skills-growth'

Options:
  --live-url URL         the page where readers see the widgets live (required)
  --image-base-url URL   where the images will be uploaded; without it, images are referenced
                         by file name, which suits the preview but not an email
  --feed URL|PATH        the feed's index.json (default: the published feed)
  --out DIR              folder for snippets, images and preview.html (default: newsletter)
  --from FILE            take every luton-* tag in this HTML file as a widget
  --registry-key KEY     the pledge registry's public key, to verify pledges
  --lang LANG            the snippets' language, e.g. ur, pl, ro (default: en-GB; a widget's own lang wins)
  -h, --help             show this help
`;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Names each snippet after its widget, numbering repeats (two KPI tiles of different variants). */
function uniqueNames(widgets: Widget[], snippetName: (widget: Widget) => string): string[] {
  const seen = new Map<string, number>();
  return widgets.map((widget) => {
    const name = snippetName(widget);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name}-${count}`;
  });
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'live-url': { type: 'string' },
      'image-base-url': { type: 'string' },
      feed: { type: 'string' },
      out: { type: 'string', default: 'newsletter' },
      from: { type: 'string' },
      'registry-key': { type: 'string' },
      lang: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  const [{ readFile, writeFile }, { parseWidgetArgument, widgetsInHtml }] = await Promise.all([import('node:fs/promises'), import('./parse-widgets.js')]);
  const widgets = [...positionals.flatMap(parseWidgetArgument), ...(values.from ? widgetsInHtml(await readFile(values.from, 'utf8')) : [])];
  if (widgets.length === 0 || !values['live-url']) {
    process.stderr.write(`${widgets.length === 0 ? 'Give at least one widget.' : 'Give --live-url: the page where readers see the widgets live.'}\n\n${usage}`);
    return 2;
  }
  if (values.lang) {
    try {
      Intl.getCanonicalLocales(values.lang);
    } catch {
      process.stderr.write(`--lang "${values.lang}" is not a language tag; give one such as ur, pl or ro.\n\n${usage}`);
      return 2;
    }
  }
  const [{ DEFAULT_FEED_URL }, { feedClient }, { previewPage }, { GMAIL_CLIP_BYTES, renderEmail, snippetName, writeEmail }] = await Promise.all([
    import('@luton2040/sdk'),
    import('../feed-client.js'),
    import('./preview.js'),
    import('./render-email.js'),
  ]);
  const client = feedClient(values.feed ?? DEFAULT_FEED_URL, values['registry-key'] ? { registryPublicKey: values['registry-key'] } : {});
  const names = uniqueNames(widgets, snippetName);
  const snippets: EmailSnippet[] = [];
  for (const [i, widget] of widgets.entries()) {
    const snippet = await renderEmail(widget, { client, liveUrl: values['live-url'], imageBaseUrl: values['image-base-url'], name: names[i]!, ...(values.lang ? { lang: values.lang } : {}) });
    await writeEmail(snippet, values.out);
    snippets.push(snippet);
    process.stdout.write(`${join(values.out, `${snippet.name}.html`)}  ${kb(snippet.bytes)}, ${snippet.images.length} image(s)\n`);
  }
  const preview = join(values.out, 'preview.html');
  await writeFile(preview, previewPage(snippets, { imageBaseUrl: values['image-base-url'] }));
  const total = snippets.reduce((sum, s) => sum + s.bytes, 0);
  process.stdout.write(`${preview}  shows all ${snippets.length}; ${kb(total)} of snippets in all.\n`);
  // Half of Gmail's limit for the widgets leaves the other half for the newsletter's own content.
  if (total > GMAIL_CLIP_BYTES / 2) process.stderr.write(`Warning: ${kb(total)} of snippets is over half of what Gmail shows before clipping (${kb(GMAIL_CLIP_BYTES)}).\n`);
  if (!values['image-base-url']) process.stderr.write('Note: no --image-base-url, so the snippets point at their images by file name; give it before sending.\n');
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`luton2040-email: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
