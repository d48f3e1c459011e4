/**
 * Words a reader would see broken across two lines inside a widget, as "Usuall|y": each word of each text
 * node in the shadow root is measured with a Range, and a word whose boxes sit on more than one line is
 * split, unless the word on its own is wider than the widget's own line (then nothing could keep it whole;
 * a table cell squeezed narrower than its words does not count).
 * A break after a hyphen, a slash or a dash is a normal line break, so those end a word here.
 */
export function splitWords(el: Element): string[] {
  const root = el.shadowRoot;
  if (!root) return [];
  const found: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const widest = lineWidth(root.querySelector('.root') ?? el);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[hidden], .visually-hidden, option, select, style') || clipped(parent)) continue;
    for (const match of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
      const lines = new Set(rects.map((rect) => Math.round(rect.bottom)));
      if (lines.size < 2) continue;
      const wordWidth = rects.reduce((sum, rect) => sum + rect.width, 0);
      if (wordWidth > widest + 1) continue;
      found.push(`"${match[0]}" in <${parent.localName}${parent.className ? ` class="${parent.className}"` : ''}>`);
    }
  }
  return found;
}

/** The width a line of text has inside a box: its width less its padding. */
function lineWidth(box: Element): number {
  const style = getComputedStyle(box);
  return box.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
}

/** Text kept for screen readers only, in a box shrunk to a pixel (a table's header row when stacked). */
function clipped(element: Element): boolean {
  for (let box: Element | null = element; box; box = box.parentElement) {
    if (box.getBoundingClientRect().width <= 1) return true;
  }
  return false;
}
