export type { EmailStrings } from '@luton2040/elements/i18n/email.strings.js';
