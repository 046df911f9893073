import type { Kpi, Observation, SourceDocument } from '@luton2040/schema';

/** A document as a source line names it: its title and year, and who issued its figures where that is not its publisher. */
export const documentLine = (document: Pick<SourceDocument, 'title' | 'published' | 'publisher'>): string =>
  `${document.title} (${document.published})${document.publisher ? `, figures from ${document.publisher}` : ''}`;

/** Where a figure came from, first, and the KPI's planned source after it. */
export interface FigureSource {
  /** The document or release the figure is cited to, when the feed lists it. */
  document?: SourceDocument;
  /** The cited section (a release's table) and the exact page, where given. */
  section: string;
  url?: string;
  /** The source the strategy plans to measure the KPI with; not where this figure came from. */
  plannedSource?: string;
  /** E.g. "Luton Inclusive Growth Commission: final report (2019), SKILLS; planned source: ONS Annual Population Survey". */
  text: string;
}

/**
 * The source line of a figure: the document or release it is cited to first, then the KPI's
 * planned source, said as planned.
 */
export function sourceOf(kpi: Pick<Kpi, 'source'>, observation: Pick<Observation, 'citation'>, documents: readonly SourceDocument[]): FigureSource {
  const { doc, section, url } = observation.citation;
  const document = documents.find((d) => d.id === doc);
  const from = document ? documentLine(document) : doc;
  const text = [`${from}, ${section}`, kpi.source ? `planned source: ${kpi.source}` : ''].filter(Boolean).join('; ');
  return { ...(document ? { document } : {}), section, ...(url ? { url } : {}), ...(kpi.source ? { plannedSource: kpi.source } : {}), text };
}
