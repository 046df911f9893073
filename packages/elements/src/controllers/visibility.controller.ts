import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Becomes `visible` once the host first comes near the viewport, and stays so (for lazy loading). */
export class VisibilityController implements ReactiveController {
  visible = false;
  #observer: IntersectionObserver | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly rootMargin = '200px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.visible) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.visible = true;
        this.#observer?.disconnect();
        this.host.requestUpdate();
      },
      { rootMargin: this.rootMargin },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }
}
