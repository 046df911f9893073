import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const cdn = 'packages/elements/dist/cdn';

describe('CDN build', () => {
  it('has the one-script loader at the documented address', () => {
    const loader = readFileSync(`${cdn}/luton2040.js`, 'utf8');
    for (const tag of ['luton-data', 'luton-kpi']) assert.match(loader, new RegExp(`"${tag}"|'${tag}'|${tag}:`), `the loader knows <${tag}>`);
  });

  it('keeps element code out of the loader, in chunks loaded on demand', () => {
    const loader = readFileSync(`${cdn}/luton2040.js`, 'utf8');
    assert.match(loader, /import\(/, 'the loader imports element chunks dynamically');
    assert.doesNotMatch(loader, /LitElement|customElements\.define\(/, 'no element class is bundled into the loader itself');
    const chunks = readdirSync(`${cdn}/chunks`).filter((f) => f.endsWith('.js'));
    assert.ok(chunks.some((f) => f.startsWith('kpi-')), 'the KPI tile has a chunk of its own');
  });

  it('bundles no development-mode Lit', () => {
    for (const file of readdirSync(`${cdn}/chunks`).filter((f) => f.endsWith('.js'))) {
      assert.doesNotMatch(readFileSync(`${cdn}/chunks/${file}`, 'utf8'), /Lit is in dev mode/, `${file} is a production build`);
    }
  });
});
