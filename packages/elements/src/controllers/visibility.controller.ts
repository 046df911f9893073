import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** How long the host must stay near the viewport before it counts: the page's layout settles first. */
const SETTLE_MS = 300;

/**
 * Becomes `visible` once the host has come near the viewport and stayed there, and stays so (for
 * lazy loading). One early report is not trusted: while the widgets above are still loading, the
 * host may sit near the top of the page for a moment and be pushed far below once they are drawn.
 * So the observer keeps watching, and an intersection counts only if, after a quiet moment and a
 * frame, the host's box is still within the margin of the viewport.
 */
export class VisibilityController implements ReactiveController {
  visible = false;
  #observer: IntersectionObserver | undefined;
  #settle: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    /** How near the viewport counts as visible, in pixels. */
    private readonly margin = 200,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.visible) return;
    this.#observer = new IntersectionObserver(
      (entries) => {
        this.#cancel();
        if (entries.at(-1)?.isIntersecting) this.#settle = setTimeout(() => (this.#frame = requestAnimationFrame(() => this.#confirm())), SETTLE_MS);
      },
      { rootMargin: `${this.margin}px` },
    );
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#cancel();
    this.#observer?.disconnect();
  }

  /** Still near after the page settled: visible for good. Otherwise the observer reports the next approach. */
  #confirm(): void {
    const box = this.host.getBoundingClientRect();
    const near = box.bottom >= -this.margin && box.top <= innerHeight + this.margin && box.width > 0;
    if (!near) return;
    this.visible = true;
    this.#observer?.disconnect();
    this.host.requestUpdate();
  }

  #cancel(): void {
    clearTimeout(this.#settle);
    cancelAnimationFrame(this.#frame);
  }
}
