import { css } from 'lit';

export const vacancyFeedStyles = css`
  [part~='base'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  [part='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-bottom: 0.5rem;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    align-self: end;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.875rem;
  }
  select,
  button {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: 0.25rem;
    padding: 0.25rem 0.5rem;
  }
  button {
    cursor: pointer;
    border-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  select:focus-visible,
  button:focus-visible,
  a:focus-visible,
  [part~='vacancy']:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--luton-vacancy-gap, 0.75rem);
  }
  [part~='vacancy'] {
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
  }
  .title {
    font-weight: 700;
  }
  a {
    color: var(--_accent);
  }
  .tag {
    font-size: 0.75rem;
    font-weight: 600;
    border: 1px solid currentColor;
    border-radius: 999px;
    padding: 0 0.4rem;
    margin-inline-start: 0.25rem;
    color: var(--_muted);
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
  .count,
  .detail {
    font-size: 0.8125rem;
    color: var(--_muted);
  }
`;
