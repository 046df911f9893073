import { css } from 'lit';

export const kpiStyles = css`
  :host {
    --_tile-background: var(--luton-kpi-background, var(--_surface));
    --_tile-border: var(--luton-kpi-border-color, var(--_border));
    --_value-size: var(--luton-kpi-value-size, 2.25rem);
    max-width: var(--luton-kpi-max-width, 22rem);
  }
  [part~='base'] {
    background: var(--_tile-background);
    border: 1px solid var(--_tile-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-height: 9rem;
  }
  p {
    margin: 0;
  }
  [part='title'] {
    font-size: 1rem;
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  [part='value'] {
    font-size: var(--_value-size);
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  [part='period'] {
    font-size: 1rem;
    font-weight: 400;
    color: var(--_muted);
  }
  [part='trend'] {
    margin-top: 0.5rem;
    display: flex;
    gap: 0.4em;
    align-items: baseline;
  }
  .meaning {
    font-weight: 600;
  }
  [data-meaning='improving'] .meaning,
  [data-meaning='improving'] .arrow {
    color: var(--_good);
  }
  [data-meaning='worsening'] .meaning,
  [data-meaning='worsening'] .arrow {
    color: var(--_bad);
  }
  [part='source'] {
    overflow-wrap: anywhere;
    margin-top: 0.75rem;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  [part='error'] {
    border-color: var(--_bad);
  }
  .skeleton.title {
    width: 60%;
  }
  .skeleton.value {
    width: 40%;
    height: 2.25rem;
  }
  .skeleton.line {
    width: 80%;
  }
  [part='flag'] {
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4em;
    vertical-align: middle;
    color: var(--_muted);
  }
  [part='changes'] {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  [part='sparkline'] {
    display: block;
    margin-top: 0.5rem;
    color: var(--_accent);
  }
  /* Narrow containers (a sidebar): smaller value, same content. */
  :host {
    container-type: inline-size;
  }
  @container (max-width: 14rem) {
    [part='value'] {
      font-size: calc(var(--_value-size) * 0.75);
    }
  }
  .skeleton {
    display: block;
    height: 1em;
    border-radius: 0.25em;
    background: color-mix(in srgb, var(--_muted) 20%, transparent);
    margin: 0.5rem 0;
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
    [part~='base'] {
      border-color: CanvasText;
    }
    [data-meaning] .meaning,
    [data-meaning] .arrow {
      color: CanvasText;
    }
  }
`;
