import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** The element the first-render controller serves: a LitElement (its render options say where Lit renders). */
interface FirstRenderHost extends ReactiveControllerHost, HTMLElement {
  readonly hasUpdated: boolean;
  readonly renderOptions: { renderBefore?: ChildNode | null };
}

/**
 * What is on screen before a widget's first own render. A pre-rendered element (src/server/) arrives with its
 * shadow root filled in: those nodes stay until the widget can show its own content, then go in the same task
 * as it renders, so nothing moves when the two are the same. Otherwise the element keeps its space with
 * `data-smp-pending` (see reserve-space.css) while its first render waits for its turn.
 */
export class FirstRenderController implements ReactiveController {
  /** The pre-rendered nodes, until the widget takes over. */
  #prerendered: ChildNode[] | undefined;
  readonly #host: FirstRenderHost;

  constructor(host: FirstRenderHost) {
    this.#host = host;
    host.addController(this);
  }

  // Lit has made (or taken) the shadow root by now and has not rendered into it yet.
  hostConnected(): void {
    if (this.#host.hasUpdated || isServer) return;
    const nodes = [...(this.#host.shadowRoot?.childNodes ?? [])];
    if (nodes.length > 0) {
      this.#prerendered = nodes;
      // Lit would render before the first node it found, which goes when the widget takes over.
      this.#host.renderOptions.renderBefore = null;
    } else {
      this.#host.toggleAttribute('data-smp-pending', true);
    }
  }

  hostUpdated(): void {
    this.#host.removeAttribute('data-smp-pending');
  }

  /**
   * Whether this update keeps the pre-rendered content: while the widget's own is not `ready`. Once it is,
   * the pre-rendered nodes go and the widget renders.
   */
  keepsPrerendered(ready: boolean): boolean {
    if (!this.#prerendered) return false;
    if (!ready) return true;
    for (const node of this.#prerendered) node.remove();
    this.#prerendered = undefined;
    return false;
  }
}
