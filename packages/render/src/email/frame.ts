import { dayOf } from '@luton2040/elements/i18n/format.js';
import { describeWidget, type Widget } from '../widgets.js';
import { emailEn } from './email.en.js';
import { Html, html } from './html.js';
import { colour, font, style } from './palette.js';

/** What every snippet says besides its widget's content. */
export interface FrameParts {
  widget: Widget;
  /** The feed snapshot the figures come from. */
  feed: { version: string; dataDate: string };
  /** The page where readers see the widget live. */
  liveUrl: string;
  body: Html;
  /** The data source line, e.g. "Source: ONS NEET Data; Luton Employment & Skills Strategy (2022)". */
  source?: string | undefined;
  /** The whole snippet shows sample (made-up) data. */
  sample?: boolean;
  /** The snippet's language and direction, when it is not in English (`lang` on the widget, or `--lang`). */
  language?: { lang: string; dir: 'ltr' | 'rtl' } | undefined;
}

/** A visible label, e.g. "Sample data", as every widget showing sample data must have. */
export const tag = (text: string) => html`<span style="${style.tag}">${text}</span>`;

/**
 * The snippet around a widget's content: one table 600 pixels wide at most (the width email
 * layouts are built for), the feed's date (an email is a snapshot), the source and a link to the live widget.
 */
export function frame({ widget, feed, liveUrl, body, source, sample, language }: FrameParts, words = emailEn): Html {
  // Says where the figures came from. The feed's version is the feed's text: nothing in it may end the comment.
  const provenance = new Html(`Luton 2040 widget: ${describeWidget(widget)}; feed ${feed.version}, data of ${feed.dataDate}.`.replace(/[<>]/g, '').replace(/-{2,}/g, '-'));
  return html`<!-- ${provenance} -->
    <table role="presentation" width="100%" lang="${language?.lang ?? 'en-GB'}" dir="${language?.dir ?? 'ltr'}" cellpadding="0" cellspacing="0" border="0"
      style="width:100%;max-width:600px;border-collapse:separate;border:1px solid ${colour.border};border-radius:8px;background-color:${colour.surface};">
    <tr><td style="padding:16px;font-family:${font};color:${colour.text};">
    ${sample ? html`<p style="${style.p}">${tag(words.sampleBanner)}</p>` : ''}
    ${body}
    <p style="${style.small}">${source ? `${source}. ` : ''}${words.figuresAsOf(dayOf(feed.dataDate, words.locale))}</p>
    <p style="margin:0;font-family:${font};font-size:15px;font-weight:bold;"><a href="${liveUrl}" style="${style.link}">${words.seeItLive}</a></p>
    </td></tr></table>`;
}
