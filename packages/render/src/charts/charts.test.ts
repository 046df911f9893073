import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { compareAreas, type LutonClient } from '@luton2040/sdk';
import { referenceFeed, richestComparison, type TestFeed } from '../test-feed.js';
import { comparisonSvg } from './comparison-svg.js';
import { svgToPng } from './png.js';
import { sparklineSvg } from './sparkline-svg.js';

let feed: TestFeed;
let client: LutonClient;
before(async () => {
  feed = await referenceFeed();
  client = feed.client();
});
after(() => feed.remove());

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('comparisonSvg', () => {
  it('draws every area of the comparison with its figure, at the width asked', async () => {
    const kpi = await client.kpis.get(await richestComparison(client));
    const comparison = compareAreas(kpi, await client.resource('areas'));
    const svg = await comparisonSvg(comparison, { width: 400 });
    assert.match(svg, /^<svg [^>]*width="400"/);
    for (const row of comparison.rows) {
      assert.ok(svg.includes(`>${row.name}</text>`), `${row.name} is labelled`);
      assert.ok(svg.includes(`>${row.label}</text>`), `${row.name}'s value ${row.label} is labelled`);
    }
  });

  it('refuses a comparison with nothing to draw', async () => {
    await assert.rejects(comparisonSvg({ period: undefined, rows: [], missing: [] }), RangeError);
  });
});

describe('sparklineSvg and svgToPng', () => {
  it("turn the tile's sparkline into a PNG at twice its size", async () => {
    const kpi = (await client.resource('kpis')).find((k) => k.observations.length >= 2)!;
    const drawing = (await sparklineSvg(kpi.observations, '#5b2a86'))!;
    assert.match(drawing.svg, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* color="#5b2a86">/);
    const png = svgToPng(drawing.svg);
    assert.deepEqual(png.data.subarray(0, 8), PNG_SIGNATURE);
    assert.deepEqual([png.width, png.height], [drawing.width, drawing.height]);
    assert.equal(png.data.readUInt32BE(16), drawing.width * 2, 'the file has two pixels per CSS pixel');
  });

  it('draws no sparkline for a single figure', async () => {
    const kpi = (await client.resource('kpis')).find((k) => k.observations.length >= 1)!;
    assert.equal(await sparklineSvg(kpi.observations.slice(0, 1), '#000'), undefined);
  });
});
