// Node only: server rendering and email export of the Luton 2040 widgets.
export { renderWidget, type RenderWidgetOptions } from './ssr/render-widget.js';
export { renderEmail, writeEmail, snippetName, GMAIL_CLIP_BYTES, type EmailOptions, type EmailSnippet } from './email/render-email.js';
export type { EmailImage } from './email/pictures.js';
export { previewPage } from './email/preview.js';
export { parseWidgetArgument, widgetsInHtml } from './email/parse-widgets.js';
export { comparisonSvg, type ChartStyle } from './charts/comparison-svg.js';
export { sparklineSvg, type Drawing } from './charts/sparkline-svg.js';
export { svgToPng, type Png, type PngOptions } from './charts/png.js';
export { feedClient, feedUrlOf } from './feed-client.js';
export { checkWidget, describeWidget, drawWidget, isWidgetTag, loadWidgetData, widgetTags, type Widget, type WidgetData, type WidgetTag } from './widgets.js';
export { widgetOutputs } from './widget-outputs.js';
export type { DataOf, Drawn, ViewOf, WidgetOutput } from './widget-output.js';
