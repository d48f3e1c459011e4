// The comparison's wide table: keeping a focused cell clear of the sticky cells. (The shadows at the edges it can
// still scroll towards are the styles' alone: a scroll-driven animation, see guarantee-comparison.styles.ts.)

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
