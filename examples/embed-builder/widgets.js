// What the embed builder offers for each widget: its fields (the element's attributes) and the
// fallback text it suggests. Lists come from the feed, so ids are always ones the feed knows.

const themes = [['', 'Follow the page'], ['light', 'Light'], ['dark', 'Dark'], ['auto', "Reader's setting"]];
const theme = { name: 'theme', label: 'Colour scheme', kind: 'select', choices: () => themes };

/** `feed` is the data the builder read: `{ kpis, areas, essPriorities, activities, sectors, vacancies, pledges }`. */
export const widgets = {
  kpi: {
    tag: 'luton-kpi',
    name: 'KPI tile',
    fields: [
      { name: 'kpi', label: 'Measure', kind: 'select', choices: (feed) => feed.kpis.map((k) => [k.id, k.title]) },
      { name: 'compare', label: 'Show the gap to', kind: 'select', choices: (feed) => [['', 'No comparison'], ...comparedAreas(feed)] },
      { name: 'variant', label: 'Size', kind: 'select', choices: () => [['', 'Full'], ['compact', 'Compact']] },
      theme,
    ],
    fallback: (feed, values) => {
      const kpi = feed.kpis.find((k) => k.id === values.kpi);
      return kpi ? `${kpi.title} in Luton${kpi.source ? ` (source: ${kpi.source})` : ''}` : '';
    },
  },
  'comparator-bars': {
    tag: 'luton-comparator-bars',
    name: 'Comparator bars',
    fields: [
      { name: 'kpi', label: 'Measure', kind: 'select', choices: (feed) => feed.kpis.filter(comparable).map((k) => [k.id, k.title]) },
      { name: 'areas', label: 'Areas (ids, separated by spaces; empty for all)', kind: 'text' },
      { name: 'chart', label: 'Chart', kind: 'select', choices: () => [['', 'Chart when in view'], ['html', 'Plain bars only']] },
      theme,
    ],
    fallback: (feed, values) => {
      const kpi = feed.kpis.find((k) => k.id === values.kpi);
      return kpi ? `${kpi.title}: Luton compared with other areas${kpi.source ? ` (source: ${kpi.source})` : ''}` : '';
    },
  },
  'action-tracker': {
    tag: 'luton-action-tracker',
    name: 'Action tracker',
    fields: [
      { name: 'priority', label: 'Priority', kind: 'select', choices: (feed) => [['', 'All priorities'], ...feed.essPriorities.map((p) => [p.id, `${p.number}. ${p.title}`])] },
      { name: 'status', label: 'Status', kind: 'select', choices: (feed) => [['', 'Any status'], ...unique(feed.activities.map((a) => a.status)).map((s) => [s, s])] },
      { name: 'year', label: 'Plan year', kind: 'select', choices: () => [['', 'Any year'], ...[1, 2, 3, 4, 5].map((y) => [String(y), `Year ${y}`])] },
      { name: 'heading-level', label: 'Heading level', kind: 'select', choices: () => [['', '2 (default)'], ['3', '3'], ['4', '4']] },
      { name: 'hide-filters', label: 'Hide the filter controls', kind: 'checkbox' },
      theme,
    ],
    fallback: () => 'Luton Employment & Skills Strategy: Implementation Plan activities',
  },
  'vacancy-feed': {
    tag: 'luton-vacancy-feed',
    name: 'Vacancy feed',
    fields: [
      { name: 'sector', label: 'Sector', kind: 'select', choices: (feed) => [['', 'All sectors'], ...feed.sectors.map((s) => [s.id, s.name])] },
      { name: 'contract', label: 'Contract', kind: 'select', choices: (feed) => [['', 'All contracts'], ...unique(feed.vacancies.flatMap((v) => v.employmentType)).map((t) => [t, t])] },
      { name: 'limit', label: 'Vacancies before "Show more"', kind: 'number', min: 1, max: 50 },
      { name: 'hide-filters', label: 'Hide the filter controls', kind: 'checkbox' },
      theme,
    ],
    fallback: () => 'Vacancies in Luton',
  },
  'pledge-badge': {
    tag: 'luton-pledge-badge',
    name: 'Pledge badge',
    fields: [
      {
        name: 'org',
        label: 'Organisation',
        kind: 'select',
        choices: (feed) => offeredPledges(feed).map((p) => [p.organisation.id, p.sample ? `${p.organisation.name}: sample data, not a real pledge` : p.organisation.name]),
      },
      { name: 'variant', label: 'Size', kind: 'select', choices: () => [['', 'Badge that opens'], ['expanded', 'Full pledge']] },
      theme,
    ],
    fallback: (feed, values) => {
      const pledge = feed.pledges.find((p) => p.organisation.id === values.org);
      return pledge ? `${pledge.organisation.name}: Luton 2040 pledge` : '';
    },
    // The registry entry is the pledge's own source.
    link: (feed, values) => feed.pledges.find((p) => p.organisation.id === values.org)?.registryUrl ?? '',
    /** The key goes into the code, so that the pasted badge can verify the registry's signature. */
    attributes: ({ registryKey }) => (registryKey ? [['registry-key', registryKey.publicKey]] : []),
    notes: (feed, { registryKey }) => [
      ...(feed.pledges.length === 0 ? ['This feed holds no pledges yet, so there is no badge to show.'] : []),
      ...(feed.pledges.length > 0 && !feed.pledges.some((p) => !p.sample)
        ? ['Sample data: no real pledge is in this feed yet. The organisations listed are made up for the demo, and a pasted badge for one finds nothing in the published feed.']
        : []),
      registryKey
        ? `The code carries the registry's public key (key id ${registryKey.keyId}), so the badge can show "Verified".`
        : 'No registry key is configured for this release (config/registry-public.json), so a pasted badge will say "Not verified: no registry key is configured". The officer\'s guide (docs/data.md) says how the council sets it.',
    ],
  },
};

/**
 * One pledge per organisation (its latest), real ones only when the feed has any: sample pledges are
 * offered only by a feed that has nothing else, and say so.
 */
function offeredPledges(feed) {
  const real = feed.pledges.filter((p) => !p.sample);
  const pool = real.length > 0 ? real : feed.pledges;
  const latest = new Map();
  for (const pledge of [...pool].sort((a, b) => a.madeOn.localeCompare(b.madeOn))) latest.set(pledge.organisation.id, pledge);
  return [...latest.values()];
}

function unique(values) {
  return [...new Set(values)];
}

/** Areas some KPI has a comparator series for: offering others would only show "no figure". */
function comparedAreas(feed) {
  const used = new Set(feed.kpis.flatMap((k) => k.comparators.map((c) => c.area)));
  return feed.areas.filter((a) => used.has(a.id)).map((a) => [a.id, a.name]);
}

/** Whether some other area has a figure for a period Luton has one for: only then is there a comparison to draw. */
function comparable(kpi) {
  const headline = (o) => o.headline !== false;
  const periods = new Set(kpi.observations.filter(headline).map((o) => o.period));
  return kpi.comparators.some((c) => c.observations.some((o) => headline(o) && periods.has(o.period)));
}
