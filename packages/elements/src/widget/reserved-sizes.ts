/**
 * The room each widget takes from its first frame, written once: the widgets' styles read it (a
 * KPI tile's loading, drawn, empty and error states all keep this block size), and the webmaster
 * guide's reserve CSS (`:not(:defined)`, for the moment before the script arrives) is written from
 * it by scripts/webmaster-guide.mjs. So the space a page holds is the space the widget draws in,
 * and the page does not move when the script or the feed arrives.
 *
 * `blockSize` is in rem, per `variant`; a widget's content taller than that (a very long source at a
 * narrow width) still grows the tile rather than being cut. Widgets without a block size depend on
 * their data (how many bars, vacancies, priorities): they reserve only their display.
 */
export interface ReservedSize {
  display: 'block' | 'inline-block';
  blockSize?: Record<string, number>;
}

/** A KPI tile's block size per variant, apart so that the tile's code carries only its own numbers. */
export const kpiBlockSize = { full: 22, compact: 14 } as const;

export const reservedSizes = {
  'luton-kpi': { display: 'block', blockSize: kpiBlockSize },
  'luton-comparator-bars': { display: 'block' },
  'luton-action-tracker': { display: 'block' },
  'luton-vacancy-feed': { display: 'block' },
  'luton-pledge-badge': { display: 'inline-block' },
} as const satisfies Record<string, ReservedSize>;

/**
 * The reserve CSS for pages (`:not(:defined)` rules): one rule per tag, and one per variant with a
 * size of its own. The guide prints it as it is; the embed builder and the WordPress plugin give it
 * `minified`, for the tags they embed.
 */
export function reserveCss({ minified = false, tags = Object.keys(reservedSizes) as (keyof typeof reservedSizes)[] } = {}): string {
  const rule = (selector: string, declarations: string[]) => (minified ? `${selector}{${declarations.join(';')}}` : `${selector} { ${declarations.map((d) => `${d};`).join(' ')} }`);
  const gap = minified ? '' : ': ';
  const rules: string[] = [];
  for (const tag of tags) {
    const size: ReservedSize = reservedSizes[tag];
    const sizes = Object.entries(size.blockSize ?? {});
    rules.push(rule(`${tag}:not(:defined)`, [`display${gap || ':'}${size.display}`, ...(sizes[0] ? [`min-block-size${gap || ':'}${sizes[0][1]}rem`] : [])]));
    for (const [variant, rem] of sizes.slice(1)) rules.push(rule(`${tag}[variant="${variant}"]:not(:defined)`, [`min-block-size${gap || ':'}${rem}rem`]));
  }
  return rules.join(minified ? '' : '\n');
}

/**
 * A widget's own rules for its reserved block size (`blockSize`, per variant, the first the
 * default), as the custom property `--_reserve` on its host, for its styles to apply to its card in
 * every state.
 */
export function hostReserveCss(blockSize: Record<string, number>): string {
  return Object.entries(blockSize)
    .map(([variant, rem], i) => `${i === 0 ? ':host' : `:host([variant='${variant}'])`}{--_reserve:${rem}rem}`)
    .join('');
}
