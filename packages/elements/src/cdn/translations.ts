/**
 * The CDN's entry for a partner's own language: a file that imports `registerTranslation` from here
 * (see docs/languages.md). It shares nothing with the widgets' chunks but a global registry, so it
 * adds no request to a page that does not use it.
 */
export { registerTranslation } from '../i18n/register-translation.js';
export type { Catalogue } from '../i18n/catalogue.js';
