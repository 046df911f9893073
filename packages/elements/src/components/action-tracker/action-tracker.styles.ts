import { css } from 'lit';

export const actionTrackerStyles = css`
  :host {
    --_card-background: var(--luton-action-tracker-background, var(--_surface));
    --_card-border: var(--luton-action-tracker-border-color, var(--_border));
    --_complete: var(--luton-action-tracker-complete-color, var(--_good));
    --_on-track: var(--luton-action-tracker-on-track-color, light-dark(#1d5fa8, #8fc1ff));
    --_at-risk: var(--luton-action-tracker-at-risk-color, var(--_bad));
    --_not-reported: var(--luton-action-tracker-not-reported-color, var(--_border));
    max-width: var(--luton-action-tracker-max-width, none);
    container-type: inline-size;
  }
  p {
    margin: 0 0 0.5rem;
  }
  .h2,
  .h3 {
    font-size: 1.25rem;
    font-weight: 700;
  }
  .h4 {
    font-size: 1rem;
    font-weight: 600;
    margin-block-start: 0.75rem;
  }
  [part~='priority'] {
    margin-block-start: 1rem;
  }
  /* A heading's button is its text: no button chrome, a marker that turns when open. */
  [part~='toggle'] {
    all: unset;
    cursor: pointer;
    display: inline-flex;
    gap: 0.4em;
    align-items: baseline;
  }
  [part~='toggle']::before {
    content: '▸';
    display: inline-block;
    transition: rotate 0.15s;
  }
  [part~='toggle'][aria-expanded='true']::before {
    rotate: 90deg;
  }
  [part~='toggle']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .action {
    margin-inline-start: 1rem;
  }
  .action .progress {
    block-size: 0.5rem;
    margin-block-end: 0.5rem;
  }
  .progress {
    display: flex;
    block-size: 0.75rem;
    border-radius: 999px;
    overflow: hidden;
    border: 1px solid var(--_border);
  }
  .segment {
    inline-size: var(--_share);
  }
  [data-status='complete'] {
    --_status: var(--_complete);
  }
  [data-status='on-track'],
  [data-status='in-progress'] {
    --_status: var(--_on-track);
  }
  [data-status='at-risk'],
  [data-status='delayed'] {
    --_status: var(--_at-risk);
  }
  [data-status='not-started'],
  [data-status='not-reported'] {
    --_status: var(--_not-reported);
  }
  .segment {
    background: var(--_status);
  }
  .activities {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .activities li {
    border-block-start: 1px solid color-mix(in srgb, var(--_border) 50%, transparent);
    /* A long action's activities off screen cost no layout or paint until scrolled to. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2.5rem;
  }
  summary {
    padding: 0.4rem 0;
    gap: 0.25rem 0.5rem;
    flex-wrap: wrap;
  }
  .number {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }
  .title {
    flex: 1 1 12rem;
    min-inline-size: 0;
  }
  .badge {
    white-space: nowrap;
    font-size: 0.75rem;
    font-weight: 600;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    border: 2px solid var(--_status);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
    margin-inline-start: 1.5rem;
    font-size: 0.875rem;
  }
  /* A phone's tracker: each term above its value, not two squeezed columns. */
  @container (max-width: 36rem) {
    dl {
      grid-template-columns: 1fr;
      margin-inline-start: 0;
    }
    dd {
      margin-block-end: 0.25rem;
    }
    .action {
      margin-inline-start: 0;
    }
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .note,
  .reporter,
  .counts {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  @media (forced-colors: active) {
    .segment {
      forced-color-adjust: none;
      background: CanvasText;
      border-inline-end: 1px solid Canvas;
    }
    .badge {
      border-color: CanvasText;
    }
  }
`;
