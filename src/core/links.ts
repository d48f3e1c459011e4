/** The only link schemes any widget renders; everything else (javascript:, data:, …) is a validation error. */
export const ALLOWED_LINK_SCHEMES = ['http:', 'https:', 'mailto:', 'tel:'] as const;

// A base that never matches a real page, so relative links ("/reviews") resolve to https: and pass.
const RELATIVE_BASE = 'https://relative.invalid/';

export function isAllowedLink(value: string): boolean {
  try {
    const { protocol } = new URL(value, RELATIVE_BASE);
    return (ALLOWED_LINK_SCHEMES as readonly string[]).includes(protocol);
  } catch {
    return false;
  }
}

/**
 * The id a widget's links use (`#id/view`): the element's own `id`, or, where a forum cannot give the
 * element one (a XenForo BB code takes a single option), the `data-smp-id` of the nearest wrapper.
 */
export function linkId(element: Element): string {
  if (typeof element.closest !== 'function') return element.id ?? '';
  return element.id || element.closest('[data-smp-id]')?.getAttribute('data-smp-id') || '';
}

/** The address's fragment, or nothing where there is no address (a server rendering the widget). */
export function currentHash(): string {
  return typeof location === 'undefined' ? '' : location.hash;
}
