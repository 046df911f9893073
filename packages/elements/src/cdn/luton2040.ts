/**
 * The CDN loader. One `<script type="module" src=".../luton2040.js">` and every `luton-*` tag on the
 * page is defined, including tags added later. Each element's code is fetched only when its tag is
 * present, so a page with a KPI tile never downloads chart code.
 *
 * Loading it twice, or loading two versions, is safe: the first loader on the page does the work and
 * the others stand down (see `registry.ts`). It prints nothing unless two versions meet.
 */
import { providerDefinitions, widgetDefinitions } from '../widget-registry.js';
import { preloadChunksOf } from './preload.js';
import { claimPage } from './registry.js';
import { version } from './version.js';

const definitions: Record<string, () => Promise<unknown>> = { ...providerDefinitions, ...widgetDefinitions };

const requested = new Set<string>();

function load(tag: string): void {
  if (requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  preloadChunksOf(tag);
  definitions[tag]!().catch((error: unknown) => {
    requested.delete(tag);
    console.error(`[luton2040] could not load <${tag}>`, error);
  });
}

function scan(root: ParentNode): void {
  for (const tag of Object.keys(definitions)) {
    if (root.querySelector(tag)) load(tag);
  }
}

function watch(): void {
  scan(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue;
        const tag = node.localName;
        if (tag in definitions) load(tag);
        scan(node);
      }
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}

if (claimPage(version, import.meta.url)) watch();
