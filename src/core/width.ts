import { html, isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Tracks the host's width, for layouts that need different markup (not just different CSS) when
 * narrow. Updates wait for the next frame: re-rendering inside the ResizeObserver callback would
 * resize the host in the same frame and make the browser report a "ResizeObserver loop" error.
 */
export class WidthController implements ReactiveController {
  /** Border-box width in CSS px; 0 until measured. */
  width = 0;
  #observer: ResizeObserver | undefined;
  #frame = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.width = this.#host.getBoundingClientRect().width;
    this.#observer = new ResizeObserver((entries) => {
      // The border box, as measured above: comparing it with the content box would re-render every widget once.
      const width = entries[0]?.borderBoxSize[0]?.inlineSize ?? this.width;
      if (Math.abs(width - this.width) < 1) return;
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => {
        this.width = width;
        this.#host.requestUpdate();
      });
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    cancelAnimationFrame(this.#frame);
  }
}

/**
 * The markup for the host's width: `narrow()` below `breakpoint` CSS px, else `wide()`. A server cannot
 * measure, so it renders both, each in a wrapper that the pre-rendered stylesheet shows or hides by the
 * host's width with a container query (src/server/stylesheets.ts); the browser renders only the one that fits.
 */
export function byWidth(width: WidthController, breakpoint: number, wide: () => TemplateResult, narrow: () => TemplateResult): TemplateResult {
  if (isServer) return html`<div class="server-layout wide">${wide()}</div><div class="server-layout narrow">${narrow()}</div>`;
  return width.width > 0 && width.width < breakpoint ? narrow() : wide();
}
