import type { CSSResultOrNative } from 'lit';

/** What the stylesheet of a pre-rendered widget is made from: the element class's own styles and width. */
export interface StyledWidget {
  readonly elementStyles: readonly CSSResultOrNative[];
  readonly narrowBelow: number | undefined;
}

/**
 * Rules only pre-rendered markup needs; the browser's own render never has these wrappers or states.
 * - A widget whose markup changes with its width is pre-rendered in both layouts (core/width.ts byWidth):
 *   the host's width picks one, as the script would, so nothing moves when the script takes over.
 * - Without JavaScript nothing can switch views, so the explainer shows every view, stacked with its
 *   heading, and the controls that need a script are hidden. The shortlist shows its table at every width
 *   (the one-clinic view needs its select), and a comparison's sort button keeps only its label in view: a
 *   button hidden with `visibility` cannot be focused, while its label, visible again, still names the column.
 */
function serverRules(narrowBelow: number | undefined): string {
  const layouts =
    narrowBelow === undefined
      ? ''
      : `
:host { container: smp-host / inline-size; }
.server-layout { display: contents; }
@container smp-host (width < ${narrowBelow}px) { .server-layout.wide { display: none; } }
@container smp-host (width >= ${narrowBelow}px) { .server-layout.narrow { display: none; } }`;
  return `${layouts}
@media (scripting: none) {
  .explainer .server-layout.wide { display: none; }
  .explainer .server-layout.narrow { display: contents; }
  .explainer .stacked[hidden] { display: grid; }
  .view-select, .guide-actions, .actions, .show-more, .sort-controls, .filter { display: none; }
  .add-clinic, .clinic-actions, .clinic-note, .shortlist-status, .share { display: none; }
  .shortlist .server-layout.wide { display: contents; }
  .shortlist .server-layout.narrow { display: none; }
  button.sort { visibility: hidden; }
  button.sort .sort-label { visibility: visible; }
}`;
}

/** The stylesheet a pre-rendered widget links inside its shadow root: its styles as text, and the rules above. */
export function widgetStylesheet(widget: StyledWidget): string {
  const own = widget.elementStyles.map((style) => ('cssText' in style ? style.cssText : [...style.cssRules].map((rule) => rule.cssText).join('\n')));
  return `${own.join('\n')}\n${serverRules(widget.narrowBelow)}\n`;
}
