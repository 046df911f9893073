import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Calls back when the visitor switches between light and dark, so drawn charts can re-theme. */
export class ColorSchemeController implements ReactiveController {
  readonly #query = matchMedia('(prefers-color-scheme: dark)');
  readonly #listener = () => this.onChange();

  constructor(
    host: ReactiveControllerHost,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#query.addEventListener('change', this.#listener);
  }

  hostDisconnected(): void {
    this.#query.removeEventListener('change', this.#listener);
  }
}
