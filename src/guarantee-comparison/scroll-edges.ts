import type { ReactiveControllerHost } from 'lit';

// The comparison's wide table: shadows at the edges it can still scroll towards, and keeping a focused cell clear
// of the sticky cells. The edges are worked out when the browser has laid the table out (a ResizeObserver) or
// scrolled it, never in the middle of an update, where reading sizes would force a layout of its own.

/** Marks on the scroller's frame which edges hide more of the table: `data-more-start`, `data-more-end`. */
export function markScrollEdges(scroller: HTMLElement): void {
  const frame = scroller.parentElement!;
  const travelled = Math.abs(scroller.scrollLeft);
  const room = scroller.scrollWidth - scroller.clientWidth;
  frame.toggleAttribute('data-more-start', travelled > 1);
  frame.toggleAttribute('data-more-end', room - travelled > 1);
  // The start shadow is placed just past the sticky column once it shows: a table that fits, or one not yet
  // scrolled, is left as it was rendered.
  if (travelled <= 1) return;
  const corner = scroller.querySelector('thead th:first-child')?.getBoundingClientRect();
  const edge = frame.querySelector<HTMLElement>('.start-edge')!;
  const offset = `${(corner?.width ?? 0) + 1}px`;
  if (edge.style.insetInlineStart !== offset) edge.style.insetInlineStart = offset;
}

/**
 * Keeps the edge shadows of the table's scroller (found by `find`) in step with its size and the table's: a new
 * scroller (the first render, cards swapped back for a table) is watched, and its first observation marks it.
 */
export function watchScrollEdges(host: ReactiveControllerHost, find: () => HTMLElement | null): void {
  let observer: ResizeObserver | undefined;
  let watched: HTMLElement | null = null;
  host.addController({
    hostUpdated() {
      const scroller = find();
      if (scroller === watched) return;
      observer ??= new ResizeObserver(() => watched && markScrollEdges(watched));
      observer.disconnect();
      watched = scroller;
      const table = scroller?.querySelector('table');
      for (const box of [scroller, table]) if (box) observer.observe(box);
    },
    hostDisconnected() {
      observer?.disconnect();
      watched = null;
    },
  });
}

/** How far to scroll so that a focused control is not under the sticky cells. */
export function clearOfStickyCells(scroller: HTMLElement, target: HTMLElement): ScrollToOptions {
  const corner = scroller.querySelector('thead th:first-child')?.getBoundingClientRect();
  const cell = target.closest('th, td');
  if (!corner || !cell || target === scroller) return {};
  const box = target.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  // Wider than the edge shadow, so the focus ring is never under it.
  const gap = 24;
  let left = 0;
  let top = 0;
  if (!cell.matches('tbody th, thead th:first-child')) {
    const rtl = getComputedStyle(scroller).direction === 'rtl';
    if (!rtl && box.left < corner.right) left = box.left - corner.right - gap;
    else if (!rtl && box.right > view.right - gap) left = box.right - view.right + gap;
    if (rtl && box.right > corner.left) left = box.right - corner.left + gap;
    else if (rtl && box.left < view.left + gap) left = box.left - view.left - gap;
  }
  if (!cell.matches('thead th') && box.top < corner.bottom) top = box.top - corner.bottom - gap;
  return { left, top };
}
