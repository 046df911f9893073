import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../define/comparator-bars.js';
import '../define/kpi.js';

// This file runs in a page whose Content-Security-Policy forbids eval and inline styles.
const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}  ${event.sourceFile}:${event.lineNumber}`));

const FIXTURES = '/packages/elements/test-fixtures';

describe('under a strict Content-Security-Policy', () => {
  it('the page really forbids eval', async () => {
    const reported = oneEvent(document, 'securitypolicyviolation');
    expect(() => new Function('return 1')).to.throw();
    await reported;
    violations.length = 0; // that violation was this test's own
  });

  it('renders a KPI tile and a Vega comparison chart with no violation', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <luton-kpi kpi="good-measure" src=${`${FIXTURES}/bad-record/index.json`}></luton-kpi>
      <luton-comparator-bars kpi="test-rate" src=${`${FIXTURES}/comparators/index.json`}></luton-comparator-bars>
    </div>`);
    const tile = page.querySelector('luton-kpi')!;
    const bars = page.querySelector('luton-comparator-bars')!;
    await oneEvent(bars, 'luton-chart-ready');
    await waitUntil(() => tile.shadowRoot!.querySelector('[part~="value"]'), 'tile drew its value', { timeout: 5000 });
    expect(bars.shadowRoot!.querySelector('.vega svg')).to.exist;
    // Styles must have applied: the tile's border comes from its shadow styles.
    expect(getComputedStyle(tile.shadowRoot!.querySelector('[part~="base"]')!).borderTopStyle).to.equal('solid');
    expect(violations).to.deep.equal([]);
  });
});
