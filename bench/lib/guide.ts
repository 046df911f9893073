/**
 * What the webmaster guide tells partners to paste, read from the guide itself so that the suite
 * measures what the guide says today: its reserve CSS (the `:not(:defined)` rules that keep a
 * widget's place before its script arrives) and the KPI of its first example tile.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './paths.js';

export const guidePath = 'docs/getting-started/webmaster.md';

const guide = () => readFileSync(join(root, guidePath), 'utf8');

/** The first `<style>` element in a code block of `markdown` whose rules use `:not(:defined)`. */
export function reserveCssOf(markdown: string): string | undefined {
  for (const [, block] of markdown.matchAll(/```[a-z]*\n([\s\S]*?)```/g)) {
    const style = /<style>[\s\S]*?<\/style>/.exec(block!)?.[0];
    if (style?.includes(':not(:defined)')) return style;
  }
  return undefined;
}

export function guideReserveCss(): string {
  const css = reserveCssOf(guide());
  if (!css) throw new Error(`${guidePath} has no code block with a <style> using :not(:defined): nothing to measure as the guide's reserve CSS`);
  return css;
}

/** The `kpi` of the guide's first `<luton-kpi>` example: the tile a partner page starts with. */
export function guideExampleKpi(): string {
  const id = /<luton-kpi[^>]*\bkpi="([^"]+)"/.exec(guide())?.[1];
  if (!id) throw new Error(`${guidePath} has no <luton-kpi kpi="..."> example`);
  return id;
}
