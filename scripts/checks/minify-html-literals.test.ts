// The CDN build folds the indentation out of the elements' templates: each run of white space
// with a line break becomes one space, so the text a widget holds is the server renderer's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { minifyHtml, minifyHtmlLiterals } from '../minify-html-literals.mjs';

describe('minifyHtml', () => {
  it('folds the line breaks and indentation next to blocks to one space', () => {
    assert.equal(minifyHtml('<div>\n  <p part="title">A</p>\n  <ul>\n    <li>x</li>\n  </ul>\n</div>'), '<div> <p part="title">A</p> <ul> <li>x</li> </ul> </div>');
  });

  it('keeps one space between inline content, as the browser shows it', () => {
    assert.equal(minifyHtml('<data>4%</data>\n      <span part="period">in 2020</span>\n      '), '<data>4%</data> <span part="period">in 2020</span> ');
  });

  it('leaves white space without a line break alone', () => {
    assert.equal(minifyHtml('<span>a</span> <span>b</span>  c'), '<span>a</span> <span>b</span>  c');
  });

  it('folds white space between SVG shapes to one space', () => {
    assert.equal(minifyHtml('<svg>\n  <polyline></polyline>\n  <circle></circle>\n</svg>'), '<svg> <polyline></polyline> <circle></circle> </svg>');
  });
});

describe('minifyHtmlLiterals', () => {
  it('rewrites only the static parts of html`` and svg`` templates, expressions untouched', () => {
    const plugin = minifyHtmlLiterals({ include: /x\.ts$/ });
    const source = 'const a = html`<div>\n  ${x ? html`<p>\n  ${"a\\n  b"}</p>` : nothing}\n</div>`;\nconst b = `<div>\n  </div>`;';
    const code = plugin.transform(source, 'x.ts')?.code;
    assert.equal(code, 'const a = html`<div> ${x ? html`<p> ${"a\\n  b"}</p>` : nothing} </div>`;\nconst b = `<div>\n  </div>`;');
  });
});
