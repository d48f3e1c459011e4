// The bench's one stop rule, the same for the widget, the plain-DOM table and Grid.js: a render ends at the last
// change it makes to the DOM, in the light tree or in any shadow root, once `quietFrames` animation frames have
// passed without another. The clock stops at that last change, not when the quiet is noticed. A change is timed
// when the MutationObserver hears of it: at the end of the task or microtask that made it, so whatever work that
// task forced (a layout read in the middle of rendering) is on the clock, and the layout the browser does later
// on its own is not, for every contender alike.

const WATCHED = { childList: true, subtree: true, attributes: true, characterData: true };
const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Milliseconds from the start of `work` to the last change it made under `root` (shadow roots attached meanwhile
 * included), and how many changes were heard.
 */
export async function timeToLastChange(root, work, { quietFrames = 3 } = {}) {
  let last;
  let changes = 0;
  const observer = new MutationObserver((records) => {
    last = performance.now();
    changes += records.length;
  });
  observer.observe(root, WATCHED);
  // Shadow roots already there (a widget rendered before the work, as when it re-sorts).
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.shadowRoot) {
        observer.observe(el.shadowRoot, WATCHED);
        walk(el.shadowRoot);
      }
    }
  };
  walk(root);
  // Shadow roots made while the work runs (a custom element's, the plain table's) are watched as they appear.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const shadow = attachShadow.call(this, init);
    observer.observe(shadow, WATCHED);
    return shadow;
  };
  const start = performance.now();
  try {
    await work();
    for (let quiet = 0, heard = changes; quiet < quietFrames; ) {
      await frame();
      quiet = changes === heard ? quiet + 1 : 0;
      heard = changes;
    }
  } finally {
    Element.prototype.attachShadow = attachShadow;
    observer.disconnect();
  }
  return { ms: last === undefined ? 0 : last - start, changes };
}
