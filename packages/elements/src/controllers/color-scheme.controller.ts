import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls back when the visitor switches between light and dark, so drawn charts can re-theme. */
export class ColorSchemeController implements ReactiveController {
  #query: MediaQueryList | undefined;
  readonly #listener = () => this.onChange();

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Asked on connection, not in the constructor: server rendering constructs elements where there is no `matchMedia`.
    this.#query ??= matchMedia('(prefers-color-scheme: dark)');
    this.#query.addEventListener('change', this.#listener);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#listener);
  }
}
