import { html, type TemplateResult } from 'lit';

/**
 * Text the data itself holds (a KPI's name, an area, an activity), as its documents wrote it: in
 * English whatever the widget's language, so marked as English for screen readers' voices, and
 * isolated (`<bdi>`) so that it keeps its own direction inside right-to-left text.
 */
export const dataText = (text: string): TemplateResult => html`<bdi lang="en-GB">${text}</bdi>`;

/** Text from a partner's feed whose language is not known (a vacancy's title): isolated, without a language. */
export const isolated = (text: string): TemplateResult => html`<bdi>${text}</bdi>`;
