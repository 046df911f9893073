import type { ActivityStatus, TrendMeaning } from '@luton2040/sdk';

/**
 * The widgets' light-scheme colours as fixed values: email clients ignore custom properties and
 * most ignore `prefers-color-scheme`, so a snippet carries one readable scheme of its own.
 */
export const colour = {
  text: '#1b1b1f',
  muted: '#4a4a55',
  surface: '#ffffff',
  border: '#8a8a96',
  rule: '#d9d9de',
  accent: '#5b2a86',
  good: '#0b6b2f',
  bad: '#a11d21',
  onTrack: '#1d5fa8',
  sample: '#fff4ce',
} as const;

/** Fonts every email client has; web fonts do not load in most of them. */
export const font = 'Arial, Helvetica, sans-serif';

export const statusColour: Record<ActivityStatus, string> = {
  complete: colour.good,
  'on-track': colour.onTrack,
  'in-progress': colour.onTrack,
  'at-risk': colour.bad,
  delayed: colour.bad,
  'not-started': colour.border,
  'not-reported': colour.border,
};

export const trendColour: Record<TrendMeaning, string> = {
  improving: colour.good,
  worsening: colour.bad,
  'no-change': colour.muted,
  'not-enough-data': colour.muted,
  'not-comparable': colour.muted,
};

/** Inline styles used again and again; each element carries its own, as email requires. */
export const style = {
  p: `margin:0 0 8px;font-family:${font};font-size:15px;line-height:1.4;color:${colour.text};`,
  small: `margin:0 0 8px;font-family:${font};font-size:13px;line-height:1.4;color:${colour.muted};`,
  heading: `margin:0 0 8px;font-family:${font};font-size:17px;line-height:1.3;font-weight:bold;color:${colour.text};`,
  link: `color:${colour.accent};text-decoration:underline;`,
  tag: `display:inline-block;padding:1px 6px;border:1px solid ${colour.border};border-radius:4px;font-size:12px;font-weight:bold;color:${colour.text};background-color:${colour.sample};`,
  list: `margin:0 0 8px;padding:0 0 0 20px;font-family:${font};font-size:14px;line-height:1.4;color:${colour.text};`,
} as const;
