// What a story's play function checks: the state a widget settled in, read from its shadow root the
// way a visitor would see it. Every element with loading / data / no-data / error states can use it.
import { expect, waitFor } from 'storybook/test';

export type TileState = 'loading' | 'data' | 'no-data' | 'error';

const stateOf = (el: Element): TileState | undefined => {
  const root = el.shadowRoot;
  if (!root) return undefined;
  if (root.querySelector('[part~="error"]')) return 'error';
  if (root.querySelector('[data-state="no-data"]')) return 'no-data';
  if (root.querySelector('[aria-busy="true"]')) return 'loading';
  if (root.querySelector('[part~="base"]')) return 'data';
  return undefined;
};

/**
 * Waits until the element matched by `selector` inside the story shows `state`, then checks that
 * its text contains every one of `texts`.
 */
export async function expectState(canvas: HTMLElement, selector: string, state: TileState, ...texts: string[]): Promise<void> {
  const el = await waitFor(
    () => {
      const found = canvas.querySelector(selector);
      if (!found) throw new Error(`${selector} is not in the story`);
      return found;
    },
    { timeout: 5000 },
  );
  await waitFor(() => expect(stateOf(el), `state of ${selector}`).toBe(state), { timeout: 5000 });
  const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
  for (const t of texts) await expect(text).toContain(t);
}

/** The text of each element matching `query` inside the shadow root of `el`, whitespace collapsed. */
export const shadowTexts = (el: Element, query: string): string[] =>
  [...(el.shadowRoot?.querySelectorAll(query) ?? [])].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
