import type { EmailStrings } from './email.strings.js';

/** English (en-GB) words of the email frame. */
export const emailEn: EmailStrings = {
  locale: 'en-GB',
  sampleBanner: 'Sample data: made up for demonstration',
  figuresAsOf: (date) => `Figures as published on ${date}.`,
  seeItLive: 'See it live',
};
