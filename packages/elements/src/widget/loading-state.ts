import { html, type TemplateResult } from 'lit';

/**
 * The loading state of a widget without a loading layout of its own: one line, announced politely,
 * and the page author's fallback content (a link to the source), which stays until the widget has
 * its data or its error to show instead.
 */
export function loadingState(text: string): TemplateResult {
  return html`<div part="base" aria-busy="true"><p role="status">${text}</p><slot></slot></div>`;
}
