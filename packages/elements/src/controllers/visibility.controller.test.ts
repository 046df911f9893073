import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { VisibilityController } from './visibility.controller.js';

/** A host that only reports what its controller decided. */
class VisibilityProbe extends LitElement {
  readonly visibility = new VisibilityController(this);
}
customElements.define('visibility-probe', VisibilityProbe);

const frames = (n: number) => new Promise<void>((resolve) => {
  const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
  step(n);
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('VisibilityController', () => {
  it('does not trust an early report: a host pushed far below by content drawn above it stays not visible', async () => {
    const page = await fixture<HTMLElement>(html`<div><div id="above" style="block-size: 10px"></div><visibility-probe style="display: block; block-size: 50px"></visibility-probe></div>`);
    const probe = page.querySelector<VisibilityProbe>('visibility-probe')!;
    await frames(2); // the observer has reported the host in view
    page.querySelector<HTMLElement>('#above')!.style.blockSize = `${innerHeight * 5}px`; // the widgets above are drawn
    await wait(600);
    expect(probe.visibility.visible).to.equal(false);

    probe.scrollIntoView();
    await waitUntil(() => probe.visibility.visible, 'visible once scrolled to and settled', { timeout: 3000 });
    page.querySelector<HTMLElement>('#above')!.style.blockSize = '10px';
  });

  it('a host that stays near the viewport becomes visible, and stays so', async () => {
    const probe = await fixture<VisibilityProbe>(html`<visibility-probe style="display: block; block-size: 50px"></visibility-probe>`);
    await waitUntil(() => probe.visibility.visible, 'visible', { timeout: 3000 });
    probe.style.marginBlockStart = `${innerHeight * 5}px`;
    await wait(400);
    expect(probe.visibility.visible).to.equal(true);
    probe.style.marginBlockStart = '';
  });
});
