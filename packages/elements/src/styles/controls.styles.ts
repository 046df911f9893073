import { css } from 'lit';

/** Links and the focus ring, for widgets with something to follow or operate (every one but the KPI tile). */
export const controlStyles = css`
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
`;
