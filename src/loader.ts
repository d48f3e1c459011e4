/**
 * `dist/smp-widgets.min.js`: a small loader. It finds the widgets' elements in the page, whether they are
 * there when it runs or added later (parsed HTML, `createElement`, markup set by a script, a framework, inside a shadow
 * root), and the first time a tag appears it imports that widget's module from `chunks/` beside itself.
 * The three modules share one runtime chunk (Lit and the core), fetched once; the validator (zod/mini and
 * the schemas) comes only for a widget given a config to check. A page therefore pays only for the widgets
 * it shows. `smp-widgets.iife.min.js` stays one self-contained classic script.
 */
import { widgetChunk, WIDGET_TAGS } from './widgets.js';

const STARTED = Symbol.for('smp-widgets.loader');
const pending = new Set<string>(WIDGET_TAGS);
const watched = { childList: true, subtree: true };

const observer = new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) find(node);
});

function find(node: Node): void {
  if (!(node instanceof Element || node instanceof DocumentFragment || node instanceof Document)) return;
  if (node instanceof Element && pending.has(node.localName)) load(node.localName);
  if (pending.size && node.firstChild) for (const el of node.querySelectorAll([...pending].join())) load(el.localName);
}

function load(tag: string): void {
  pending.delete(tag);
  if (!pending.size) observer.disconnect();
  if (customElements.get(tag)) return; // a per-widget file or another copy came first
  import(new URL(widgetChunk(tag), import.meta.url).href).catch((error: unknown) => showFailure(tag, error));
}

// Without its module a widget would show nothing at all: it says so instead, above its fallback text.
function showFailure(tag: string, error: unknown): void {
  console.error(`[${tag}] could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  if (customElements.get(tag)) return;
  customElements.define(
    tag,
    class extends HTMLElement {
      connectedCallback(): void {
        if (this.shadowRoot) return;
        const root = this.attachShadow({ mode: 'open' });
        const message = document.createElement('p');
        message.setAttribute('role', 'alert');
        message.setAttribute('part', 'error');
        message.textContent = 'This widget could not be loaded. Reload the page to try again.';
        root.append(message, document.createElement('slot'));
      }
    },
  );
}

function start(): void {
  observer.observe(document, watched);
  // Shadow roots are beyond the document's observer: each new one is watched too (not the widgets' own).
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (this: Element, init: ShadowRootInit): ShadowRoot {
    const root = attachShadow.call(this, init);
    if (pending.size && !this.localName.startsWith('smp-')) observer.observe(root, watched);
    return root;
  };
  find(document);
  // Open shadow roots made before this ran.
  for (const el of document.querySelectorAll('*')) {
    if (!pending.size) break;
    if (el.shadowRoot && !el.localName.startsWith('smp-')) {
      observer.observe(el.shadowRoot, watched);
      find(el.shadowRoot);
    }
  }
}

// Loaded twice (two script tags, or the page's and a plugin's): the first copy does the work.
const host = globalThis as { [STARTED]?: boolean };
if (!host[STARTED]) {
  host[STARTED] = true;
  start();
}
