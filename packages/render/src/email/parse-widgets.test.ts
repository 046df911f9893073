import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseWidgetArgument, widgetsInHtml } from './parse-widgets.js';

describe('parseWidgetArgument', () => {
  it('reads embed code, several tags at once, and skips <luton-data>', () => {
    const widgets = parseWidgetArgument(
      `<luton-data src="/feed/index.json"><luton-kpi kpi="neet-rate" compare='england'></luton-kpi>
       <luton-action-tracker hide-filters priority=skills-growth></luton-action-tracker></luton-data>`,
    );
    assert.deepEqual(widgets, [
      { tag: 'luton-kpi', attributes: { kpi: 'neet-rate', compare: 'england' } },
      { tag: 'luton-action-tracker', attributes: { 'hide-filters': '', priority: 'skills-growth' } },
    ]);
  });

  it('reads the short form, with or without the luton- prefix', () => {
    assert.deepEqual(parseWidgetArgument('comparator-bars kpi=unemployment-rate areas=england,bedford'), [
      { tag: 'luton-comparator-bars', attributes: { kpi: 'unemployment-rate', areas: 'england,bedford' } },
    ]);
    assert.deepEqual(parseWidgetArgument('luton-vacancy-feed'), [{ tag: 'luton-vacancy-feed', attributes: {} }]);
  });

  it('decodes entities in attribute values', () => {
    assert.deepEqual(widgetsInHtml('<luton-pledge-badge org="a&amp;b&quot;"></luton-pledge-badge>')[0]?.attributes, { org: 'a&b"' });
  });

  it('refuses a tag that is not a widget', () => {
    assert.throws(() => parseWidgetArgument('luton-nothing kpi=x'), /not a widget/);
  });
});
