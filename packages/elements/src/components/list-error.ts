import { html, nothing, type TemplateResult } from 'lit';
import { en } from '../i18n/en.js';

/** The error state of a list widget: what failed, why, and the page author's fallback link. */
export function listError(error: unknown): TemplateResult {
  return html`<div part="base error" role="alert">
    <p>${en.listErrorTitle}</p>
    ${error instanceof Error ? html`<p class="detail">${error.message}</p>` : nothing}
    <slot></slot>
  </div>`;
}
