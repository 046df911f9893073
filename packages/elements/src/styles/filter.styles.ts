import { css } from 'lit';

/** The filter controls of the list widgets (tracker, vacancies): a wrapping row of labelled selects and checkboxes. */
export const filterStyles = css`
  [part~='filters'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    margin-block-end: 0.75rem;
  }
  /* A label never grows past the row, and its select shrinks with it: a long option (a sector's
     full name) is cut inside the control instead of widening the host page. */
  label {
    display: grid;
    /* One column no wider than the label: its track would otherwise take the select's longest option. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.15rem;
    font-size: 0.875rem;
    min-inline-size: 0;
    max-inline-size: 100%;
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
    max-inline-size: min(16rem, 100%);
  }
  input[type='checkbox'] {
    inline-size: 1.1rem;
    block-size: 1.1rem;
    flex: none;
    accent-color: var(--_accent);
  }
`;
