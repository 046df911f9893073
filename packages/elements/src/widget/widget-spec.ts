import type { LutonClient } from '@luton2040/sdk';
import type { LutonLoadDetail } from '../events.js';
import { commonEn } from '../i18n/common.en.js';
import type { WidgetStrings } from '../i18n/common.strings.js';

/** A widget's attributes as a page author writes them: a boolean attribute that is present is `''`. */
export type Attributes = Readonly<Record<string, string | undefined>>;

/**
 * One widget, defined once and without the DOM: what it reads from the feed for a set of
 * attributes, and everything it says about what it read. The element, the server renderer and the
 * email renderer all go through it, so the three show the same figures in the same words.
 */
export interface WidgetSpec<Query, Data, View, Words extends WidgetStrings = WidgetStrings> {
  readonly tag: `luton-${string}`;
  /** Its words in the fallback language (English). */
  readonly words: Words;
  /**
   * What to read, from the attributes. Throws `MissingAttributeError` when a required one is absent.
   * Only what it returns decides whether the feed is read again when an attribute changes.
   */
  query(attributes: Attributes): Query;
  /** Reads the data through the SDK; fails with the SDK's typed errors (e.g. `NotFoundError`). */
  load(client: LutonClient, query: Query, signal?: AbortSignal): Promise<Data>;
  /** What `luton-load` says was drawn. */
  loadDetail(data: Data): LutonLoadDetail;
  /** Everything the widget says about the data, for these attributes, in these words. */
  view(data: Data, attributes: Attributes, words?: Words): View;
}

/** A spec of any widget, for code that handles them all alike. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWidgetSpec = WidgetSpec<any, any, unknown, WidgetStrings>;

/** A widget was written without an attribute it cannot work without. */
export class MissingAttributeError extends TypeError {
  constructor(
    readonly tag: string,
    readonly attribute: string,
  ) {
    super(commonEn.missingAttribute(tag, attribute));
    this.name = 'MissingAttributeError';
  }
}

/** The value of an attribute the widget needs, or a `MissingAttributeError`. */
export function requiredAttribute(attributes: Attributes, tag: string, name: string): string {
  const value = attributes[name];
  if (!value) throw new MissingAttributeError(tag, name);
  return value;
}
