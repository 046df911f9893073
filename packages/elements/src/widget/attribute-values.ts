import type { Attributes } from './widget-spec.js';

// Kept apart from widget-spec.ts: only the list widgets read numbers and flags, and the KPI page
// should not download what it never calls.

/** A whole-number attribute, or `undefined` when it is absent or not a number. */
export function numberAttribute(attributes: Attributes, name: string): number | undefined {
  const value = Number(attributes[name] || Number.NaN);
  return Number.isFinite(value) ? value : undefined;
}

/** Whether a boolean attribute is present. */
export const hasAttribute = (attributes: Attributes, name: string): boolean => attributes[name] !== undefined;
