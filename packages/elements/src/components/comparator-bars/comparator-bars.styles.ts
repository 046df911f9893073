import { css } from 'lit';

export const comparatorBarsStyles = css`
  :host {
    --_card-background: var(--luton-comparator-bars-background, var(--_surface));
    --_card-border: var(--luton-comparator-bars-border-color, var(--_border));
    --_bar-luton: var(--luton-comparator-bars-luton-color, var(--_accent));
    --_bar-reference: var(--luton-comparator-bars-reference-color, var(--_text));
    --_bar-other: var(--luton-comparator-bars-other-color, var(--_border));
    --_row: 28px;
    max-width: var(--luton-comparator-bars-max-width, 40rem);
  }
  [part~='base'] {
    unicode-bidi: isolate;
  }
  [part~='title'] {
    font-weight: 600;
    margin-bottom: 0.25rem;
  }
  p {
    margin: 0 0 0.5rem;
  }
  /* The chart box has the height of its rows before and after Vega draws: no layout jump. */
  [part~='chart'] {
    position: relative;
    height: calc(var(--_rows) * var(--_row) + 10px);
  }
  .bars {
    list-style: none;
    margin: 0;
    padding: 5px 0;
  }
  .bars li {
    display: grid;
    grid-template-columns: minmax(6rem, 10rem) 1fr;
    align-items: center;
    height: var(--_row);
    gap: 0.5rem;
    font-size: 13px;
  }
  .bar-track {
    display: flex;
    align-items: center;
    gap: 4px;
  }
  .bar {
    display: block;
    height: 18px;
    width: var(--_share);
    background: var(--_bar-other);
    border-radius: 0 3px 3px 0;
  }
  [data-role='luton'] .bar {
    background: var(--_bar-luton);
  }
  [data-role='reference'] .bar {
    background: var(--_bar-reference);
  }
  [data-role='luton'] .name {
    font-weight: 700;
  }
  .vega {
    position: absolute;
    inset: 0;
  }
  [data-chart='drawn'] .bars {
    visibility: hidden;
  }
  [part~='missing'] {
    overflow-wrap: anywhere;
    font-size: 0.8125rem;
    color: var(--_muted);
  }
  details {
    margin: 0.5rem 0;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  th,
  td {
    text-align: start;
    padding: 0.25rem 0.75rem 0.25rem 0;
    border-bottom: 1px solid var(--_border);
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .probe {
    display: none;
  }
  .probe.luton {
    color: var(--_bar-luton);
  }
  .probe.reference {
    color: var(--_bar-reference);
  }
  .probe.comparator {
    color: var(--_bar-other);
  }
  .probe.text {
    color: var(--_text);
  }
  .probe.muted {
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .bar {
      background: CanvasText;
      forced-color-adjust: none;
    }
    [data-role='luton'] .bar {
      background: Highlight;
    }
  }
`;
