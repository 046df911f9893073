import { css } from 'lit';

/**
 * What every widget shares: the global `--luton-*` tokens with their defaults, light and dark
 * schemes that follow the page, and isolation from the host page's styles.
 */
export const hostStyles = css`
  :host {
    /* Global tokens a page may set once for every widget. */
    --_font: var(--luton-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_text: var(--luton-color-text, light-dark(#1b1b1f, #f1f1f4));
    --_muted: var(--luton-color-muted, light-dark(#4a4a55, #c3c3cc));
    --_surface: var(--luton-color-surface, light-dark(#ffffff, #17171c));
    --_border: var(--luton-color-border, light-dark(#8a8a96, #6b6b78));
    --_accent: var(--luton-color-accent, light-dark(#5b2a86, #c9a7ec));
    --_good: var(--luton-color-good, light-dark(#0b6b2f, #6fdc98));
    --_bad: var(--luton-color-bad, light-dark(#a11d21, #ff9b9b));
    --_radius: var(--luton-radius, 0.5rem);
    --_space: var(--luton-space, 1rem);

    display: block;
    box-sizing: border-box;
    /* Never wider than the column it is put in, whatever the data says (a long word, a URL). */
    max-inline-size: 100%;
    min-inline-size: 0;
    overflow-wrap: anywhere;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.4;
    /* Keep the host page's text styling from leaking in through inheritance. */
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
  }
  /* The scheme follows the page's own color-scheme unless the author picks one. */
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
