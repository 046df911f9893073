// This page's Object.prototype was extended by a script before anything loaded (see
// web-test-runner.config.mjs): `polluted` (a string) and `extend` (a function), both enumerable,
// as old CMS plugins leave them. Vega must still draw the chart. (The whole widget on such a page,
// from the CDN build, is checked in scripts/checks/host-pollution.test.ts.)
import { expect } from '@open-wc/testing';
import { drawComparison, type ChartTheme } from './comparison-chart.js';

const theme: ChartTheme = { text: '#1b1b1f', muted: '#6b6b76', luton: '#5b2a86', reference: '#1b1b1f', comparator: '#8a8a96', font: 'sans-serif' };
const rows = [
  { name: 'Slough', value: 5.2, role: 'comparator', label: '5.2%' },
  { name: 'Luton', value: 4.5, role: 'luton', label: '4.5%' },
  { name: 'England', value: 3.9, role: 'reference', label: '3.9%' },
];

describe('the chart on a page whose Object.prototype has enumerable additions', () => {
  // The test runner reads each page's results back through WebDriver in WebKit, and WebKit's
  // serializer follows inherited enumerable properties (a function among them fails it). Once the
  // checks have run on the polluted page, the page gets its plain prototype back for that read.
  after(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
    delete (Object.prototype as Record<string, unknown>).extend;
  });

  it('is such a page', () => {
    expect(Object.keys(Object.prototype)).to.include.members(['polluted', 'extend']);
  });

  it('draws, updates and resizes, and gives the page its properties back as they were', async () => {
    const box = document.createElement('div');
    document.body.append(box);
    try {
      const chart = await drawComparison(box, rows, theme, 360);
      expect(box.querySelectorAll('svg path, svg rect').length).to.be.greaterThan(3);
      expect(box.querySelector('svg')!.textContent).to.contain('Luton');
      await chart.update('comparison', rows.slice(0, 2));
      await chart.resize(240);
      expect(box.querySelector('svg')!.textContent).not.to.contain('England');
      chart.destroy();
    } finally {
      box.remove();
    }
    expect(Object.keys(Object.prototype)).to.include.members(['polluted', 'extend']);
    expect(Object.getOwnPropertyDescriptor(Object.prototype, 'polluted')!.enumerable).to.equal(true);
    expect(({} as Record<string, unknown>).polluted).to.equal('from the host page');
  });
});
