import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Tracks the host's content width, so that charts redraw at the size their container gives them. */
export class ResizeController implements ReactiveController {
  width = 0;
  #observer: ResizeObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onResize: (width: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver(([entry]) => {
      const width = Math.round(entry?.contentRect.width ?? 0);
      if (width === this.width || width === 0) return;
      this.width = width;
      this.onResize(width);
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
