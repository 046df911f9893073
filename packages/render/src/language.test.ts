import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { figureIn, trendOf } from '@luton2040/sdk';
import pl from '@luton2040/elements/i18n/locales/pl.js';
import ur from '@luton2040/elements/i18n/locales/ur.js';
import { renderEmail } from './email/render-email.js';
import { renderWidget } from './ssr/render-widget.js';
import { withReferenceWidgets } from './test-widgets.js';

const reference = withReferenceWidgets();
const liveUrl = 'https://example.org/luton2040/scorecard';
const decode = (html: string) => html.replace(/&amp;/g, '&').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

describe('renderers in the widget’s language', () => {
  it('the server renderer follows the widget’s lang: Polish words and Polish numbers', async () => {
    const w = reference.widget('luton-kpi');
    const kpi = await reference.client.kpis.get(w.attributes.kpi!);
    const { latest, meaning } = trendOf(kpi);
    const html = decode(await renderWidget({ ...w, attributes: { ...w.attributes, lang: 'pl' } }, { client: reference.client, src: null }));
    assert.match(html, /<luton-kpi[^>]*\slang="pl"/);
    assert.ok(html.includes(pl['luton-kpi'].trend[meaning]), `says "${pl['luton-kpi'].trend[meaning]}"`);
    assert.ok(html.includes(figureIn(latest!.value, kpi.unit, latest!.status, pl['luton-kpi'])), 'the figure as Polish writes it');
    assert.ok(html.replace(/<!--.*?-->/g, '').includes(`<bdi lang="en-GB">${kpi.title}</bdi>`), 'the KPI name marked as English');
  });

  it('the email renderer takes a language: Urdu words, right to left, the frame’s words too', async () => {
    const w = reference.widget('luton-kpi');
    const { meaning } = trendOf(await reference.client.kpis.get(w.attributes.kpi!));
    const snippet = await renderEmail(w, { client: reference.client, liveUrl, lang: 'ur' });
    assert.match(snippet.html, /<table role="presentation" width="100%" lang="ur" dir="rtl"/);
    const text = decode(snippet.html);
    for (const words of [ur['luton-kpi'].trend[meaning], ur.email.seeItLive]) assert.ok(text.includes(words), `says "${words}"`);
    const english = await renderEmail(w, { client: reference.client, liveUrl });
    assert.match(english.html, /lang="en-GB" dir="ltr"/);
  });

  it('a widget’s own lang wins over the email’s, and a language without words stays English', async () => {
    const w = reference.widget('luton-kpi');
    const own = await renderEmail({ ...w, attributes: { ...w.attributes, lang: 'pl' } }, { client: reference.client, liveUrl, lang: 'ur' });
    assert.match(own.html, /lang="pl" dir="ltr"/);
    const unknown = await renderEmail(w, { client: reference.client, liveUrl, lang: 'fr' });
    assert.match(unknown.html, /lang="en-GB" dir="ltr"/);
  });
});
