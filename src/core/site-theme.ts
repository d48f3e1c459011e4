import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Scheme = 'light' | 'dark';

/** The attributes common dark-mode toggles set on `<html>` or `<body>`. */
const TOGGLE_ATTRIBUTES = ['data-theme', 'data-bs-theme', 'data-color-scheme', 'data-mode'];

const oneScheme = (words: string | null | undefined): Scheme | undefined => {
  const schemes = (words ?? '').split(/\s+/).filter((word): word is Scheme => word === 'light' || word === 'dark');
  return schemes.length === 1 ? schemes[0] : undefined;
};

/**
 * What the host page says about its colour scheme, or undefined when it leaves it to the reader. First a
 * toggle on `<html>` or `<body>` (`data-theme="dark"` and its kin, or a `dark` / `light` class), as a site's
 * dark-mode switch sets it; then the page's `color-scheme` where it names one scheme (CSS on the root element,
 * or `<meta name="color-scheme">`).
 */
export function pageScheme(doc: Document): Scheme | undefined {
  for (const element of [doc.documentElement, doc.body]) {
    if (!element) continue;
    for (const name of TOGGLE_ATTRIBUTES) {
      const scheme = oneScheme(element.getAttribute(name));
      if (scheme) return scheme;
    }
    if (element.classList.contains('dark')) return 'dark';
    if (element.classList.contains('light')) return 'light';
  }
  const view = doc.defaultView;
  return oneScheme(view && view.getComputedStyle(doc.documentElement).colorScheme) ?? oneScheme(doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content'));
}

type Host = ReactiveControllerHost & HTMLElement & { theme: string };

/**
 * For `theme="site"`: follows the host page's dark mode (see pageScheme), then the reader's system setting,
 * and switches live when either changes. It marks the host with `data-smp-dark`, which the shared styles
 * read. Nothing is observed while the theme is another, or where there is no DOM (server rendering).
 */
export class SiteSchemeController implements ReactiveController {
  #observer: MutationObserver | undefined;
  #media: MediaQueryList | undefined;
  #queued = false;
  readonly #host: Host;

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#stop();
  }

  readonly #apply = (): void => {
    const scheme = pageScheme(this.#host.ownerDocument) ?? (this.#media?.matches ? 'dark' : 'light');
    this.#host.toggleAttribute('data-smp-dark', scheme === 'dark');
  };

  /** Many page changes can come at once (a toggle sets a class and a stylesheet): one look after them. */
  readonly #queue = (): void => {
    if (this.#queued) return;
    this.#queued = true;
    queueMicrotask(() => {
      this.#queued = false;
      if (this.#observer) this.#apply();
    });
  };

  #sync(): void {
    const following = this.#host.theme === 'site' && this.#host.isConnected && typeof MutationObserver !== 'undefined';
    if (!following) {
      this.#stop();
      return;
    }
    // Once observing, the observer and the media query report every change: an update of the widget
    // (a tick, a resize) need not read the page's styles again.
    if (this.#observer) return;
    this.#start();
    this.#apply();
  }

  #start(): void {
    const doc = this.#host.ownerDocument;
    this.#observer = new MutationObserver(this.#queue);
    const attributeFilter = ['class', 'style', ...TOGGLE_ATTRIBUTES];
    this.#observer.observe(doc.documentElement, { attributes: true, attributeFilter });
    if (doc.body) this.#observer.observe(doc.body, { attributes: true, attributeFilter });
    // A stylesheet or meta tag added, removed or changed in the head can change the page's color-scheme.
    if (doc.head) this.#observer.observe(doc.head, { childList: true, subtree: true, attributes: true, characterData: true });
    this.#media = doc.defaultView?.matchMedia('(prefers-color-scheme: dark)');
    this.#media?.addEventListener('change', this.#queue);
  }

  #stop(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#media?.removeEventListener('change', this.#queue);
    this.#media = undefined;
    if (this.#host.hasAttribute('data-smp-dark')) this.#host.removeAttribute('data-smp-dark');
  }
}
