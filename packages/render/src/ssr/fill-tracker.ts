import type { Drawn } from '../widget-output.js';
import { styleEach } from './markup-edits.js';

/**
 * The widths of the progress segments, which the element sets through the CSSOM in the browser: in
 * the order it draws them, each priority's, then those of its actions when the priority is open.
 */
export function fillTracker(html: string, { view }: Drawn<'luton-action-tracker'>): string {
  const segments = view.priorities.flatMap((p) => [...p.segments, ...(p.open ? p.actions.flatMap((a) => a.segments) : [])]);
  return styleEach(
    html,
    /<span class="segment" data-status="([a-z-]+)"/g,
    segments.map((s) => `--_share:${s.percent}%`),
    'progress segments',
    (status, i) => status === segments[i]?.status,
  );
}
