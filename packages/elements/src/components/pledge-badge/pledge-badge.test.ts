import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { sendKeys } from '@web/test-runner-commands';
import type { Pledge } from '@luton2040/schema';
import type { LutonClient } from '@luton2040/sdk';
import '../../define/data.js';
import '../../define/pledge-badge.js';
import { memoryClient } from '../../test-support/memory-feed.js';
import { testPledge, testPledgeSchemes, testPriorities, testRegistry } from '../../test-support/pledge-fixtures.js';
import type { LutonPledgeBadge } from './pledge-badge.component.js';

const feed = (pledges: unknown[], registryPublicKey?: string): LutonClient =>
  memoryClient(
    { pledges, luton2040Priorities: testPriorities, pledgeSchemes: testPledgeSchemes },
    { ...(registryPublicKey ? { registryPublicKey } : {}), onDroppedRecord: () => {} },
  );

async function badge(client: LutonClient, attributes: { org?: string; variant?: string; today?: string; registryKey?: string } = {}): Promise<LutonPledgeBadge> {
  const provider = await fixture<HTMLElement>(html`<luton-data .client=${client}>
    <luton-pledge-badge org=${attributes.org ?? 'test-org'} variant=${attributes.variant ?? 'compact'} today=${attributes.today ?? '2026-06-01'}
      registry-key=${attributes.registryKey ?? nothing}
      ><a href="https://example.org/registry/test-pledge">Test Organisation's pledge</a></luton-pledge-badge
    >
  </luton-data>`);
  const el = provider.querySelector<LutonPledgeBadge>('luton-pledge-badge')!;
  await waitUntil(() => el.shadowRoot!.querySelector('[data-verdict], [part~="error"]'), 'badge settled', { timeout: 5000 });
  return el;
}

const verdict = (el: LutonPledgeBadge) => el.shadowRoot!.querySelector('[data-verdict]')?.getAttribute('data-verdict');
const seal = (el: LutonPledgeBadge) => el.shadowRoot!.querySelector('[part="seal"]')!.textContent!.replace(/\s+/g, ' ').trim();

describe('<luton-pledge-badge>', () => {
  it('shows a signed, current pledge as verified, sends luton-load, and opens to its commitments by keyboard', async () => {
    const registry = await testRegistry();
    const loaded = oneEvent(document, 'luton-load');
    const el = await badge(feed([await registry.sign(testPledge())], registry.publicKey));
    expect((await loaded).detail).to.deep.equal({ resource: 'pledges', id: testPledge().id });
    expect(verdict(el)).to.equal('verified');
    expect(seal(el)).to.equal('✔ Verified by the Luton 2040 pledge registry');
    await expect(el).to.be.accessible();

    const details = el.shadowRoot!.querySelector('details')!;
    el.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const text = details.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('Building a more inclusive economy Pay at least the Real Living Wage (test commitment).');
    expect(text).to.contain('Becoming a net zero town Publish an active-travel plan (test commitment).');
    expect(text).to.contain('Partnership pledge 1 (test text).');
    expect(text).not.to.contain('Partnership pledge 2 (test text).');
    expect(el.shadowRoot!.querySelector('a[href="https://example.org/registry/test-pledge"]')!.getAttribute('rel')).to.contain('noopener');
    await expect(el).to.be.accessible();
  });

  const notVerified: [string, (sign: (p: Pledge) => Promise<Pledge>) => Promise<Pledge>, string, string][] = [
    ['altered after signing', async (sign) => ({ ...(await sign(testPledge())), partnershipPledges: ['pledge-1', 'pledge-2', 'pledge-3'] }), 'invalid-signature', 'Not verified: the signature does not match'],
    ['past its review date', (sign) => sign(testPledge({ reviewOn: '2026-05-31' })), 'expired', 'Not verified: the pledge is past its review date'],
    ['revoked by the registry', (sign) => sign(testPledge({ status: 'revoked' })), 'revoked', 'Not verified: the registry has withdrawn this pledge'],
    ['not signed', async () => testPledge(), 'unsigned', 'Not verified: the record is not signed by the registry'],
  ];
  for (const [name, make, expected, words] of notVerified) {
    it(`never looks valid when ${name}`, async () => {
      const registry = await testRegistry();
      const el = await badge(feed([await make((p) => registry.sign(p))], registry.publicKey), { variant: 'expanded' });
      expect(verdict(el)).to.equal(expected);
      expect(seal(el)).to.contain(words);
      expect(seal(el)).not.to.contain('✔');
      expect(el.shadowRoot!.querySelector('.seal.verified')).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('says "not verified" for a signed pledge when no registry key is configured', async () => {
    const registry = await testRegistry();
    const el = await badge(feed([await registry.sign(testPledge())]));
    expect(verdict(el)).to.equal('no-key');
    expect(seal(el)).to.contain('Not verified: no registry key is configured');
  });

  it('rejects a pledge signed by another key', async () => {
    const registry = await testRegistry();
    const impostor = await testRegistry();
    const el = await badge(feed([await impostor.sign(testPledge())], registry.publicKey));
    expect(verdict(el)).to.equal('invalid-signature');
  });

  it('names a registry-key on the page that is not a key as the page\'s setting, never as an altered record', async () => {
    const registry = await testRegistry();
    const el = await badge(feed([await registry.sign(testPledge())]), { registryKey: 'not-a-key' });
    expect(verdict(el)).to.equal('bad-key');
    expect(seal(el)).to.contain('a setting of the page to correct');
    expect(seal(el)).not.to.contain('altered');
    expect(el.shadowRoot!.querySelector('.seal.verified')).to.equal(null);
  });

  for (const [what, change] of [
    ['an unreadable signature', { signature: '!!!!' }],
    ['an upper-case HTTPS:// website', { organisation: { id: 'test-org', name: 'Test Organisation', url: 'HTTPS://EXAMPLE.ORG/' } }],
  ] as const) {
    it(`says the registry's record could not be read, never "no pledge", for a record with ${what}`, async () => {
      const registry = await testRegistry();
      const el = await badge(feed([{ ...(await registry.sign(testPledge())), ...change }], registry.publicKey));
      const title = el.shadowRoot!.querySelector('[part~="error"] [part="title"]')!.textContent!;
      expect(title).to.contain('could not be read');
      expect(title).not.to.contain('No Luton 2040 pledge');
      expect(el.shadowRoot!.querySelector('slot')!.assignedElements(), 'the fallback link stays').to.have.length(1);
    });
  }

  it('keeps the page author\'s plain link when the organisation has no pledge, and says so in luton-error', async () => {
    const failed = oneEvent(document, 'luton-error');
    const el = await badge(feed([]), { org: 'nobody' });
    expect((await failed).detail.error.name).to.equal('NotFoundError');
    expect(el.shadowRoot!.querySelector('[part~="error"] [part="title"]')!.textContent).to.equal('No Luton 2040 pledge is registered for “nobody”.');
    const slot = el.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0]!.getAttribute('href')).to.equal('https://example.org/registry/test-pledge');
    await expect(el).to.be.accessible();
  });

  it('picks the organisation\'s newest pledge, revoked or not', async () => {
    const registry = await testRegistry();
    const older = await registry.sign(testPledge({ id: 'older', madeOn: '2025-01-10' }));
    const newest = await registry.sign(testPledge({ id: 'newest', madeOn: '2026-03-01', status: 'revoked' }));
    const el = await badge(feed([newest, older].reverse(), registry.publicKey), { variant: 'expanded' });
    expect(verdict(el)).to.equal('revoked');
    expect(el.shadowRoot!.querySelector('.dates')!.textContent).to.contain('Made 2026-03-01');
  });

  it('renders hostile strings as text, runs nothing and links nothing unsafe', async () => {
    const w = window as unknown as { pwned?: boolean };
    const hostile = testPledge({
      organisation: { id: 'test-org', name: '<img src=x onerror="window.pwned=true">Evil & Co' },
      commitments: [{ priority: 'net-zero', text: '<script>window.pwned=true</script><a href="javascript:window.pwned=true">click</a>' }],
    });
    const linkedToScript = testPledge({ id: 'js-link', organisation: { id: 'js-org', name: 'Linked', url: 'javascript:window.pwned=true' } });
    const el = await badge(feed([hostile, linkedToScript]), { variant: 'expanded' });
    expect(el.shadowRoot!.querySelector('[part="name"]')!.textContent).to.equal('<img src=x onerror="window.pwned=true">Evil & Co');
    expect(el.shadowRoot!.querySelectorAll('img, script').length).to.equal(0);
    expect([...el.shadowRoot!.querySelectorAll('a')].every((a) => a.href.startsWith('https://'))).to.equal(true);
    const other = await badge(feed([hostile, linkedToScript]), { org: 'js-org' });
    // The record with a javascript: address fails validation: unreadable, which is not the same as absent.
    expect(other.shadowRoot!.textContent, 'the record with a javascript: address fails validation').to.contain('The registry’s record for “js-org” could not be read.');
    expect(other.shadowRoot!.textContent).not.to.contain('No Luton 2040 pledge is registered');
    expect(other.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(w.pwned).to.equal(undefined);
  });
});
