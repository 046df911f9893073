import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define/kpi.js';

// The KPI tile sizes its figure by the room its container gives it (a container query on :host),
// not by the viewport: a partner's sidebar gets a smaller figure than a full-width column.
const FEED = '/packages/elements/test-fixtures/bad-record/index.json';

const valueOf = (tile: Element) => tile.shadowRoot!.querySelector<HTMLElement>('[part~="value"]');

describe('container queries', () => {
  it('the KPI tile shrinks its figure in a narrow container, whatever the viewport', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <div style="width: 12rem"><luton-kpi id="narrow" kpi="good-measure" src=${FEED}></luton-kpi></div>
      <div style="width: 30rem"><luton-kpi id="wide" kpi="good-measure" src=${FEED}></luton-kpi></div>
    </div>`);
    const [narrow, wide] = ['#narrow', '#wide'].map((id) => page.querySelector(id)!);
    await waitUntil(() => valueOf(narrow!) && valueOf(wide!), 'both tiles drew their figure', { timeout: 5000 });
    expect(valueOf(narrow!)!.textContent, 'the same figure').to.equal(valueOf(wide!)!.textContent);
    const size = (tile: Element) => parseFloat(getComputedStyle(valueOf(tile)!).fontSize);
    expect(size(narrow!)).to.be.lessThan(size(wide!));
  });
});
