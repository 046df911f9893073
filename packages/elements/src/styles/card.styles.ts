import { css } from 'lit';

/**
 * The card every widget is drawn on, and what widgets share inside it: the base box (its
 * background and border from the widget's `--luton-<tag>-background` / `-border-color`, mapped
 * to `--_card-background` / `--_card-border`), the error state, source and detail lines, and tags.
 */
export const cardStyles = css`
  [part~='base'] {
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_card-border, var(--_border));
    border-radius: var(--_radius);
    background: var(--_card-background, var(--_surface));
  }
  [part~='error'] {
    border-color: var(--_bad);
  }
  [part~='source'],
  [part~='detail'] {
    overflow-wrap: anywhere;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  .tag {
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4rem;
    color: var(--_muted);
    /* "Sample data" is one label: it moves to the next line whole rather than breaking. */
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    [part~='base'] {
      border-color: CanvasText;
    }
  }
`;
