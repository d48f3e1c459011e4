import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Keeps keyboard focus in place when a widget swaps its markup (a table for cards, tabs for a select) on
 * rotation, resize or zoom. Before each update it notes the `data-focus-key` of the focused element (a
 * space-separated list: its own key first, then its counterparts'); after the update, if focus fell out of
 * the widget, it focuses the first element that carries one of those keys, in that order.
 */
export class FocusController implements ReactiveController {
  #keys: string[] = [];
  readonly #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostUpdate(): void {
    const active = this.#host.shadowRoot?.activeElement;
    this.#keys = active?.getAttribute('data-focus-key')?.split(/\s+/) ?? [];
  }

  hostUpdated(): void {
    const root = this.#host.shadowRoot;
    const keys = this.#keys;
    this.#keys = [];
    if (!root || keys.length === 0 || root.activeElement) return;
    for (const key of keys) {
      const target = root.querySelector<HTMLElement>(`[data-focus-key~="${CSS.escape(key)}"]`);
      if (!target) continue;
      target.focus({ preventScroll: true });
      // The new layout may have put it out of sight: bring it just into view, as the browser would on Tab.
      const box = target.getBoundingClientRect();
      if (box.bottom < 0 || box.top > innerHeight) target.scrollIntoView({ block: 'nearest' });
      return;
    }
  }
}
