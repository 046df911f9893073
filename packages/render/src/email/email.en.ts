// The words live with every other catalogue, in the elements package (one file per language there).
export { emailEn } from '@luton2040/elements/i18n/email.en.js';
