import { css } from 'lit';

/** The filter controls of the list widgets (tracker, vacancies): a wrapping row of labelled selects and checkboxes. */
export const filterStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-bottom: 0.75rem;
  }
  label {
    display: grid;
    gap: 0.15rem;
    font-size: 0.875rem;
  }
  label.check {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    align-self: end;
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
  select {
    max-width: 16rem;
  }
  input[type='checkbox'] {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
`;
