import { css, isServer } from 'lit';
import { linkFieldStyles } from '../../core/share.js';
import { shortlistSheet } from './shortlist.sheet.js';

/** Shortlist mode's styles, added to the checklist's own when the mode is on (and to its pre-rendered stylesheet). */
export const shortlistStyles = [
  linkFieldStyles,
  css`
  /* Shortlist mode: points down the side, a column of boxes per clinic. */
  .shortlist {
    display: grid;
    gap: var(--_space);
  }
  .add-clinic {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em;
  }
  .add-clinic label,
  .clinic-note label {
    flex-basis: 100%;
    font-weight: 700;
  }
  .add-clinic input {
    flex: 1 1 12em;
  }
  .clinic-note {
    display: grid;
    gap: 0.25em;
  }
  .clinic-note textarea {
    inline-size: 100%;
    box-sizing: border-box;
    resize: vertical;
  }
  .shortlist-scroller {
    overflow-x: auto;
  }
  .shortlist-table {
    border-collapse: collapse;
    inline-size: 100%;
  }
  .shortlist-table th,
  .shortlist-table td {
    border-block-end: 1px solid var(--_border);
    padding: 0.5em;
    text-align: start;
    vertical-align: top;
  }
  .shortlist-table thead th {
    vertical-align: bottom;
  }
  .shortlist-table thead th:not(:first-child),
  .shortlist-table td {
    text-align: center;
    min-inline-size: 7em;
  }
  .shortlist-table tbody th {
    font-weight: 400;
  }
  .shortlist-table .section-row th {
    background: var(--_surface);
    font-weight: 700;
  }
  .shortlist-table input[type='checkbox'] {
    inline-size: 1.5em;
    block-size: 1.5em;
    accent-color: var(--_accent);
  }
  .clinic-name,
  .clinic-progress {
    display: block;
  }
  .clinic-name {
    font-weight: 700;
  }
  .clinic-progress {
    font-weight: 400;
    color: var(--_muted);
  }
  .clinic-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em;
    margin-block-start: 0.25em;
  }
  .clinic-actions button {
    min-block-size: 2.75em;
    padding: 0.25em 0.5em;
  }
  .shortlist-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .one-clinic,
  .clinic-summary {
    display: grid;
    gap: 0.5em;
  }
  .clinic-choice {
    display: grid;
    gap: 0.25em;
  }
  .clinic-choice label,
  .clinic-summary .result-label {
    font-weight: 700;
  }
  .one-clinic .clinic-actions {
    justify-content: start;
  }
  .clinic-summary ul {
    display: grid;
    gap: 0.25em;
  }
  .clinic-summary .clinic-name {
    display: inline;
  }
  .questions {
    display: grid;
    gap: 0.5em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .questions ol {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding-inline-start: 1.5em;
  }
  .question-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .share,
  .share-offer {
    display: grid;
    gap: 0.5em;
    justify-items: start;
  }
  .share-offer {
    padding: var(--_space);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .share-notes {
    display: flex;
    gap: 0.5em;
    align-items: center;
  }
  .email-draft {
    color: var(--_accent);
  }
  @media print {
    .add-clinic,
    .clinic-actions,
    .shortlist-undo,
    .share,
    .question-actions {
      display: none;
    }
    /* "Print questions": the widget prints its questions alone, with the general-information note. */
    :host([data-smp-printing]) .widget > :not(.shortlist, footer),
    :host([data-smp-printing]) footer > :not(.disclaimer),
    :host([data-smp-printing]) .shortlist > :not(.questions) {
      display: none;
    }
  }
`,
];

/** Puts the rules above in the sheet every checklist lists among its styles (the mode's chunk does, when it loads). */
export function fillShortlistSheet(): void {
  const text = shortlistStyles.map((style) => style.cssText).join('\n');
  if (isServer) (shortlistSheet as { cssText: string }).cssText = text;
  else (shortlistSheet as CSSStyleSheet).replaceSync(text);
}
