import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reserveCssOf } from './guide.js';

describe("the webmaster guide's reserve CSS", () => {
  it('is the first <style> in a code block that uses :not(:defined)', () => {
    const markdown = [
      '```html\n<style>body { margin: 0 }</style>\n```',
      'Text with <style>luton-kpi:not(:defined) {}</style> outside a code block.',
      '```html\n<style>\n  luton-kpi:not(:defined) { display: block; min-height: 9rem; }\n</style>\n```',
    ].join('\n\n');
    assert.equal(reserveCssOf(markdown), '<style>\n  luton-kpi:not(:defined) { display: block; min-height: 9rem; }\n</style>');
  });

  it('is missing when no code block has such a style', () => {
    assert.equal(reserveCssOf('```html\n<luton-kpi kpi="neet-rate"></luton-kpi>\n```'), undefined);
  });
});
