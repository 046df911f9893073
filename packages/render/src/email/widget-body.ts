import type { Html } from './html.js';

/** A widget's own content in a snippet, with what the frame around it says. */
export interface WidgetBody {
  body: Html;
  /** The data source line. */
  source?: string | undefined;
  /** The whole widget shows sample (made-up) data. */
  sample?: boolean;
}
