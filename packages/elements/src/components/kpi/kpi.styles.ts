import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --_card-background: var(--luton-kpi-background, var(--_surface));
    --_card-border: var(--luton-kpi-border-color, var(--_border));
    --_value-size: var(--luton-kpi-value-size, 2.25rem);
    max-width: var(--luton-kpi-max-width, 22rem);
    /* Narrow containers (a sidebar): smaller value, same content. */
    container-type: inline-size;
  }
  /* Every state keeps the tile's reserved size (widget/reserved-sizes.ts): nothing below it moves. */
  [part~='base'] {
    min-block-size: var(--_reserve);
  }
  figure[part~='base'] {
    display: flex;
    flex-direction: column;
  }
  p {
    margin: 0;
  }
  [part~='title'] {
    font-size: 1rem;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  [part~='value'] {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  [part~='period'] {
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  [part~='flag'] {
    vertical-align: middle;
  }
  [part~='trend'] {
    margin-top: 0.5rem;
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .meaning {
    font-weight: 600;
  }
  [data-meaning='improving'] [part~='trend'] {
    color: var(--_good);
  }
  [data-meaning='worsening'] [part~='trend'] {
    color: var(--_bad);
  }
  [part~='source'] {
    margin-block-start: auto;
    padding-block-start: 0.75rem;
  }
  [part~='detail'] {
    margin-top: 0.5rem;
  }
  [part~='changes'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  [part~='sparkline'] {
    display: block;
    margin-top: 0.5rem;
    color: var(--_accent);
  }
  @container (max-width: 14rem) {
    [part~='value'] {
      font-size: calc(var(--_value-size) * 0.75);
    }
  }
  .skeleton {
    display: block;
    height: 1em;
    width: 80%;
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_muted) 20%, transparent);
    margin: 0.5rem 0;
  }
  .skeleton.title {
    width: 60%;
  }
  .skeleton.value {
    width: 40%;
    height: 2.25rem;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (forced-colors: active) {
    [data-meaning] [part~='trend'] {
      color: CanvasText;
    }
  }
`;
