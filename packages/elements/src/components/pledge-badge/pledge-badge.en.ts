import { commonEn } from '../../i18n/common.en.js';
import type { PledgeBadgeStrings } from './pledge-badge.strings.js';

/** English (en-GB) words of `<luton-pledge-badge>`. */
export const pledgeBadgeEn: PledgeBadgeStrings = {
  ...commonEn,
  failed: 'This pledge could not be loaded.',
  notFound: (org) => `No Luton 2040 pledge is registered for “${org}”.`,
  heading: 'Luton 2040 Pledge',
  label: (organisation) => `Luton 2040 pledge of ${organisation}`,
  verdict: {
    verified: 'Verified by the Luton 2040 pledge registry',
    unsigned: 'Not verified: the record is not signed by the registry',
    'invalid-signature': 'Not verified: the signature does not match (the record may have been altered)',
    expired: 'Not verified: the pledge is past its review date',
    revoked: 'Not verified: the registry has withdrawn this pledge',
    'no-key': 'Not verified: no registry key is configured to check it',
    'future-dated': 'Not verified: the record is dated after today',
    outdated: 'Not verified: the registry’s confirmation of this record has run out (it may have been withdrawn since)',
    'bad-key': 'Not verified: the registry key set on this page is not a valid key (a setting of the page to correct)',
  },
  unreadable: (owner, asked) =>
    owner
      ? `The registry’s record for “${owner}” could not be read.`
      : `The registry holds a record that could not be read, so whether “${asked}” has a pledge cannot be said.`,
  commitments: 'Commitments',
  partnershipPledges: 'Employment & Skills Strategy partnership pledges',
  dates: (madeOn, reviewOn) => `Made ${madeOn}${reviewOn ? `; review due ${reviewOn}` : ''}.`,
  registryEntry: 'Registry entry',
  opensInNewTab: ' (opens in a new tab)',
  website: 'Organisation website',
  commitmentSummary: (commitments, priorities) =>
    `${commitments} ${commitments === 1 ? 'commitment' : 'commitments'} across ${priorities} of the Luton 2040 priorities.`,
};
