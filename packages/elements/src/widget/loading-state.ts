import { html, type TemplateResult } from 'lit';

/** The loading state of a widget without a loading layout of its own: one line, announced politely. */
export function loadingState(text: string): TemplateResult {
  return html`<div part="base" aria-busy="true"><p role="status">${text}</p></div>`;
}
