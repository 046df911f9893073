import { css } from 'lit';

/**
 * Disclosures whose `<summary>` is laid out as a flex row (the tracker's activities, the pledge
 * badge): a flex summary loses its marker, so one is drawn, turned when open.
 */
export const disclosureStyles = css`
  summary {
    cursor: pointer;
    list-style: none;
    display: flex;
    align-items: baseline;
  }
  summary::before {
    content: '▸';
    display: inline-block;
    transition: rotate 0.15s;
  }
  [open] > summary::before {
    rotate: 90deg;
  }
  summary::-webkit-details-marker {
    display: none;
  }
`;
