// The reserve CSS (`:not(:defined)` rules that hold a widget's place before its script arrives) is
// made from the elements' reserved sizes; every copy a webmaster may paste says the same: the guide,
// the embed builder's snippets, the WordPress plugin and the plain-HTML example.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { reserveCss, reservedSizes } from '../../packages/elements/src/widget/reserved-sizes.js';
import { phpConstant } from './examples-wordpress.js';

// Variable specifiers, because these modules are JavaScript without type declarations.
const snippetModule = '../../examples/embed-builder/snippet.js';
const { reserveCss: snippetReserveCss }: { reserveCss: (tag: string) => string } = await import(snippetModule);
const guideModule = '../webmaster-guide.mjs';
const { expectedGuide, GUIDE, DEMO_RESERVE, demoReserveCss }: { expectedGuide: () => string; GUIDE: string; DEMO_RESERVE: string; demoReserveCss: () => string } = await import(guideModule);
const tags = Object.keys(reservedSizes) as (keyof typeof reservedSizes)[];

describe('reserve CSS', () => {
  test('the webmaster guide prints the rules the reserved sizes give, and is up to date', () => {
    const guide = readFileSync(GUIDE, 'utf8');
    assert.ok(guide.includes(reserveCss().split('\n').map((r: string) => `  ${r}`).join('\n')), 'the guide has the generated rules');
    assert.equal(guide, expectedGuide(), 'run "npm run build:docs"');
  });

  test("the embed builder's rules for each tag are the reserved sizes' rules", () => {
    for (const tag of tags) assert.equal(snippetReserveCss(tag), reserveCss({ minified: true, tags: [tag] }), String(tag));
  });

  test('the WordPress plugin adds the same rules', () => {
    assert.equal(phpConstant('LUTON2040_RESERVE_CSS'), reserveCss({ minified: true }));
  });

  test("the demo page's reserve.css is the guide's", () => {
    assert.equal(readFileSync(DEMO_RESERVE, 'utf8'), demoReserveCss(), 'run "npm run build:docs"');
  });

  test('the plain-HTML example holds each place with the same rules', () => {
    const page = readFileSync('examples/plain-html/index.html', 'utf8').replace(/\s+/g, ' ');
    for (const rule of reserveCss().split('\n')) assert.ok(page.includes(rule), rule);
  });
});
