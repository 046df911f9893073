import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { html } from './html.js';

describe('html', () => {
  it('escapes every interpolated string, and only those', () => {
    const hostile = `<script>alert("x")</script>&'`;
    assert.equal(html`<p title="${hostile}">${hostile}${html`<b>ok</b>`}</p>`.text, `<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;<b>ok</b></p>`);
  });

  it('drops layout whitespace next to tags and keeps one space between words', () => {
    const text = html`<table
      role="presentation">
      <tr><td>one
        two</td></tr>
    </table>`.text;
    assert.equal(text, '<table role="presentation"><tr><td>one two</td></tr></table>');
  });

  it('renders nothing for empty values and joins arrays', () => {
    assert.equal(html`${null}${undefined}${false}${['a', html`<i>b</i>`]}${0}`.text, 'a<i>b</i>0');
  });
});

