import { html, nothing, type TemplateResult } from 'lit';
import type { CellView, ClinicView, Strings } from './guarantee-comparison.model.js';

// A clinic's name and cells as Lit templates: the columns, the cards and the server's table rows use them; the
// browser's table rows are built by table-rows.ts to the same markup.

export type Cell = TemplateResult | string;

/** A value with what stands beside it: a marker (the words on screen and for screen readers alike) or a flag. */
const FLAGGED = {
  marker: (text: string, strings: Strings) => html`${text} <span class="marker" part="marker">${strings.mostGenerous}</span>`,
  stale: (text: string, strings: Strings) => html`${text} <span class="stale" part="stale">${strings.stale}</span>`,
};

export const highlightClass = (row: ClinicView) => (row.highlighted ? 'highlighted' : '');

/** The clinic's name (a link to its site when given), its location, and the words for the site's own clinic. */
export function renderClinicName({ name, location, url, highlighted }: ClinicView, strings: Strings): TemplateResult {
  const linked = url ? html`<a href=${url} data-focus-key=${`clinic:${name}`}>${name}</a>` : name;
  return html`<span class="clinic-name" dir="auto">${linked}</span><span class="location" dir="auto">${location || nothing}</span>${highlighted ? html`<span class="badge">${strings.highlighted}</span>` : nothing}`;
}

// Most cells hold one plain value: a string renders as a single text node, and a marked value is one template.
export function renderCell(cell: CellView, strings: Strings): Cell {
  if (cell.conditions) return html`<ul class="conditions">${cell.conditions.map((condition) => html`<li><bdi>${condition}</bdi></li>`)}</ul>`;
  const value = cell.flag ? FLAGGED[cell.flag](cell.text, strings) : cell.text;
  if (cell.lifetimeConditions !== undefined) return html`${value}${renderLifetimeConditions(cell.lifetimeConditions, strings)}`;
  if (cell.note || cell.source) return html`${value}${renderTrackRecordDetail(cell, strings)}`;
  return value;
}

// A lifetime term is only as good as its conditions and the clinic's survival, so both stand beside it.
function renderLifetimeConditions(conditions: string, strings: Strings) {
  // The conditions are data, often in another language than the widget's: a block of their own direction.
  const terms = conditions
    ? html`<span class="lifetime-conditions">${strings.lifetimeConditions}</span> <span class="lifetime-conditions" dir="auto">${conditions}</span>`
    : html`<span class="lifetime-conditions">${strings.lifetimeNoConditions}</span>`;
  return html` ${terms} <span class="lifetime-conditions lifetime-caution">${strings.lifetimeCaution}</span>`;
}

function renderTrackRecordDetail({ note, source }: CellView, strings: Strings) {
  const link = source ? html` <a class="detail" href=${source}>${strings.source}</a>` : nothing;
  return html`${note ? html`<span class="detail" dir="auto">${note}</span>` : nothing}${link}`;
}
