import { css } from 'lit';

export const vacancyFeedStyles = css`
  :host {
    --_card-background: var(--luton-vacancy-feed-background, var(--_surface));
    --_card-border: var(--luton-vacancy-feed-border-color, var(--_border));
    max-width: var(--luton-vacancy-feed-max-width, none);
  }
  p {
    margin: 0 0 0.5rem;
  }
  .banner {
    font-weight: 600;
    padding: 0.5rem;
    border: 2px dashed var(--_muted);
    border-radius: 0.25rem;
  }
  button {
    cursor: pointer;
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--luton-vacancy-feed-gap, 0.75rem);
  }
  [part~='vacancy'] {
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  .title {
    font-weight: 700;
  }
  .tag {
    margin-inline-start: 0.25rem;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    list-style: none;
    margin: 0;
    padding: 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .good {
    color: var(--_good);
    font-weight: 600;
  }
  .note,
  .count {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
`;
