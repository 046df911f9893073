/**
 * The pages the suite loads, written into bench/.build/www and served at /bench/. Each page is
 * what a partner's page would be for the case measured, and the project's page and its
 * baseline's differ only in the element they load.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wwwDir } from './paths.js';

export const FEED = '/feed/index.json';
const LOADER = '/cdn/luton2040.js';

export type TileTag = 'luton-kpi' | 'bare-kpi';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function page(title: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escape(title)}</title>
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

/** Writes a page under /bench/pages/ and returns its path on the server. */
export function writePage(name: string, html: string): string {
  const dir = join(wwwDir, 'pages');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.html`), html);
  return `/bench/pages/${name}.html`;
}

const script = (tag: TileTag) => `<script type="module" src="${tag === 'luton-kpi' ? LOADER : '/bench/bare-kpi.js'}"></script>`;

// The same grid for every tile page: tiles in columns as wide as the page allows.
const gridStyle = '<style>body { margin: 1rem; font-family: system-ui, sans-serif; } .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 1rem; }</style>';

/** A page of tiles, each with `src`, or all inside one `<luton-data src>` when `provider` is set. */
export function tilesPage(tag: TileTag, ids: readonly string[], { provider = false } = {}): string {
  const src = provider ? '' : ` src="${FEED}"`;
  let tiles = ids.map((id) => `<${tag} kpi="${escape(id)}"${src}></${tag}>`).join('\n    ');
  if (provider) tiles = `<luton-data src="${FEED}">\n    ${tiles}\n    </luton-data>`;
  return page(`${ids.length} KPI tile(s): ${tag}`, `${gridStyle}\n    ${script(tag)}`, `<div class="tiles">\n    ${tiles}\n    </div>`);
}

/** A page with one Shoelace card holding a KPI's title. */
export function shoelaceCardPage(text: string): string {
  return page('One Shoelace card', '<script type="module" src="/bench/shoelace-card.js"></script>', `<sl-card><strong slot="header">${escape(text)}</strong>${escape(text)}</sl-card>`);
}

/** A page with one comparator: `auto` draws the Vega chart once in view, `html` never loads it. */
export function comparatorPage(kpi: string, chart: 'auto' | 'html'): string {
  return page('One comparator', `<script type="module" src="${LOADER}"></script>`, `<luton-comparator-bars kpi="${escape(kpi)}" chart="${chart}" src="${FEED}"></luton-comparator-bars>`);
}

/** An empty page the chart baselines draw into (their modules are imported by the suite). */
export function blankPage(): string {
  return page('Chart drawing', '<style>body { margin: 1rem; font-family: system-ui, sans-serif; }</style>', '');
}

/** A page with the action tracker reading `feed`, through a client that allows a large plan (bench/baselines/plan-client.ts). */
export function trackerPage(feed: string): string {
  return page(
    'Action tracker',
    `<script type="module" src="${LOADER}"></script>\n    <script type="module" src="/bench/plan-client.js"></script>`,
    `<luton-data data-plan="${escape(feed)}"></luton-data>`,
  );
}

/**
 * A partner's page with twelve tiles between its own text, each with the fallback link the
 * webmaster guide recommends, and the guide's reserve CSS when given: text below the tiles is what
 * moves when they grow.
 */
export function partnerTilesPage(kpis: readonly { id: string; title: string }[], reserveCss?: string): string {
  const tiles = kpis.map((k) => `<luton-kpi kpi="${escape(k.id)}" src="${FEED}"><a href="https://example.org/luton2040/${escape(k.id)}">${escape(k.title)} in Luton (source)</a></luton-kpi>`).join('\n      ');
  const text = 'Partners across Luton report their progress against the town\'s shared goals. The figures below come from the published feed and are cited to their source documents.';
  return page(
    'A partner page with twelve KPI tiles',
    `<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5; } .tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr)); gap: 1rem; }</style>
    ${reserveCss ?? ''}
    <script type="module" src="${LOADER}"></script>`,
    `<h1>How Luton is doing</h1>
    <p>${text}</p>
    <div class="tiles">
      ${tiles}
    </div>
    <h2>About these figures</h2>
    <p>${text}</p>
    <p>${text}</p>`,
  );
}

/** Every KPI twice, as `<luton-kpi>` and as `<bare-kpi>`, to compare the words they show. */
export function sameWordsPage(ids: readonly string[]): string {
  const tiles = ids.map((id) => `<luton-kpi kpi="${escape(id)}" src="${FEED}"></luton-kpi><bare-kpi kpi="${escape(id)}" src="${FEED}"></bare-kpi>`).join('\n    ');
  return page('Same words', `${gridStyle}\n    ${script('luton-kpi')}\n    ${script('bare-kpi')}`, `<div class="tiles">\n    ${tiles}\n    </div>`);
}
