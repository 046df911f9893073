import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { widgetOutputs } from './widget-outputs.js';
import { checkWidget, describeWidget, specOf, widgetTags } from './widgets.js';

describe('checkWidget', () => {
  it('accepts every widget tag, in any case', () => {
    for (const tag of widgetTags) assert.equal(checkWidget({ tag: tag.toUpperCase() }).tag, tag);
  });

  it('refuses the provider and anything that is not a widget', () => {
    for (const tag of ['luton-data', 'script', 'luton-kpi onload', 'div']) assert.throws(() => checkWidget({ tag }), TypeError);
  });

  it('refuses attribute names that could break out of the markup', () => {
    for (const name of ['on load', 'x"', 'a=b', '>', '']) assert.throws(() => checkWidget({ tag: 'luton-kpi', attributes: { [name]: 'x' } }), TypeError);
  });
});

describe('describeWidget', () => {
  it('reads like embed code without angle brackets, so it is safe inside a comment', () => {
    const text = describeWidget({ tag: 'luton-kpi', attributes: { kpi: 'a"<b>-->', 'hide-filters': '' } });
    assert.equal(text, 'luton-kpi kpi="ab--" hide-filters');
  });
});

describe('specOf', () => {
  it("gives each widget's own spec, and defines its element where server rendering looks it up", async () => {
    for (const tag of widgetTags) {
      const spec = await specOf(tag);
      assert.equal(spec.tag, tag);
      assert.equal(typeof customElements.get(tag), 'function', `${tag} is defined on the server`);
      assert.ok(widgetOutputs[tag], `${tag} has its email body`);
    }
  });
});
