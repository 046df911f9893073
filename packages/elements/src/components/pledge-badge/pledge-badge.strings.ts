import type { WidgetStrings } from '../../i18n/common.strings.js';
import type { PledgeVerdict } from './pledge-badge.spec.js';

/** Every word `<luton-pledge-badge>` says, on a page and in an email. */
export interface PledgeBadgeStrings extends WidgetStrings {
  heading: string;
  /** The expanded badge's accessible name. */
  label(organisation: string): string;
  verdict: Record<PledgeVerdict, string>;
  /**
   * The error state's message when a record failed validation where the answer was looked for:
   * nothing can be said, neither that the pledge is valid nor that there is none. `owner` is the
   * organisation the record names, when that much could be read; `asked` the one the badge shows.
   */
  unreadable(owner: string | undefined, asked: string | undefined): string;
  commitments: string;
  partnershipPledges: string;
  /** "Made 2026-01-10; review due 2027-01-10." */
  dates(madeOn: string, reviewOn: string | undefined): string;
  registryEntry: string;
  /** Read out after a link that opens a new tab. */
  opensInNewTab: string;
  website: string;
  /** A compact summary of the commitments, e.g. for an email: "2 commitments across 2 of the Luton 2040 priorities." */
  commitmentSummary(commitments: number, priorities: number): string;
}
