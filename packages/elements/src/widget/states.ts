import { NotFoundError } from '@luton2040/sdk';
import { html, nothing, type TemplateResult } from 'lit';
import type { WidgetStrings } from '../i18n/common.strings.js';
import { MissingAttributeError } from './widget-spec.js';

/** What a widget says when it cannot show its data. */
export interface ErrorView {
  message: string;
  /** What went wrong, in the SDK's words (e.g. "HTTP 404 …"), when that helps. */
  detail?: string;
}

/** The error state's words for an error, from the widget's catalogue. */
export function describeError(error: unknown, words: WidgetStrings): ErrorView {
  if (error instanceof MissingAttributeError) return { message: words.missingAttribute(error.tag, error.attribute) };
  if (error instanceof NotFoundError) return { message: words.notFound(error.id) };
  return { message: words.failed, ...(error instanceof Error ? { detail: error.message } : {}) };
}

/**
 * Every widget's error state: what failed, why, and the page author's fallback content (a link to
 * the source), which stays usable when the feed cannot be read.
 */
export function errorState({ message, detail }: ErrorView): TemplateResult {
  return html`<div part="base error" role="alert"><p part="title">${message}</p>${detail ? html`<p part="detail">${detail}</p>` : nothing}<slot></slot></div>`;
}
