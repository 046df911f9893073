import { css } from 'lit';

export const pledgeBadgeStyles = css`
  :host {
    --_card-background: var(--luton-pledge-badge-background, var(--_surface));
    --_card-border: var(--luton-pledge-badge-border-color, var(--_border));
    --_verified: var(--luton-pledge-badge-verified-color, var(--_good));
    display: inline-block;
    max-width: var(--luton-pledge-badge-max-width, 32rem);
  }
  [part~='base'] {
    padding: 0.5rem 0.75rem;
  }
  p {
    margin: 0 0 0.4rem;
  }
  summary {
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  .heading {
    font-weight: 700;
  }
  [part~='name'] {
    font-weight: 600;
  }
  .seal {
    font-size: 0.875rem;
    font-weight: 600;
  }
  .seal.verified {
    color: var(--_verified);
  }
  .seal.unverified {
    color: var(--_muted);
  }
  [data-verdict='verified'] {
    border-color: var(--_verified);
    border-width: 2px;
  }
  [part~='details'] {
    margin-top: 0.5rem;
    font-size: 0.875rem;
  }
  .subheading,
  .priority {
    font-weight: 600;
  }
  ul {
    margin: 0 0 0.5rem;
    padding-inline-start: 1.25rem;
  }
  .dates {
    color: var(--_muted);
  }
  .links {
    display: flex;
    gap: 1rem;
  }
  @media (forced-colors: active) {
    .seal.verified {
      color: CanvasText;
    }
  }
`;
