import { css, html } from 'lit';

// Sharing and printing one part of a widget: what the checklist's shortlist and the explainer's guide result
// both offer. Browser only; a server never calls these.

/** This page's address with `fragment` in place of its own. */
export function addressWith(fragment: string): string {
  return `${location.href.split('#')[0]}${fragment}`;
}

/** Takes the fragment out of the address, keeping the history entry as it is. */
export function clearFragment(): void {
  history.replaceState(history.state, '', `${location.pathname}${location.search}`);
}

/** Puts text on the clipboard; false when the browser does not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Prints the page with `host` marked `data-smp-printing` until printing ends, so its print styles show one part alone. */
export function printAlone(host: HTMLElement): void {
  host.toggleAttribute('data-smp-printing', true);
  window.addEventListener('afterprint', () => host.removeAttribute('data-smp-printing'), { once: true });
  window.print();
}

/** A link the browser would not copy, in a field the reader copies it from by hand (selected when focused). */
export function linkField(link: string, label: string) {
  return html`<input class="link-field" readonly aria-label=${label} .value=${link} @focus=${(event: Event) => (event.target as HTMLInputElement).select()} />`;
}

export const linkFieldStyles = css`
  .link-field {
    inline-size: 100%;
    box-sizing: border-box;
  }
`;
