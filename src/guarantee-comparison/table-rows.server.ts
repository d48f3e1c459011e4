import { html, type TemplateResult } from 'lit';
import { highlightClass, renderCell, renderClinicName } from './cells.js';
import type { ClinicView, Strings } from './guarantee-comparison.model.js';
import { prerenderRowsWith } from './table-rows.js';

// Server only: the table's rows as Lit templates, for pre-rendering, where the browser's row builder
// (table-rows.ts) cannot run. The server imports this before it renders (the comparison's `parts.server`).

/** The table's rows as templates: what the row builder makes, for a renderer without a DOM. */
export function rowTemplates(rows: readonly ClinicView[], strings: Strings): TemplateResult[] {
  return rows.map(
    (row) =>
      html`<tr class=${highlightClass(row)}><th scope="row">${renderClinicName(row, strings)}</th>${row.cells.map((cell) => html`<td>${renderCell(cell, strings)}</td>`)}${row.extras.map((value) => html`<td dir="auto">${value}</td>`)}</tr>`,
  );
}

prerenderRowsWith(rowTemplates);
