import { html, type TemplateResult } from 'lit';
import { highlightClass, renderCell, renderClinicName, type Cell } from './cells.js';
import type { ClinicView, Strings } from './guarantee-comparison.model.js';
import { prerenderRowsWith } from './table-rows.js';

// Server only: the table's rows as Lit templates, for pre-rendering, where the browser's row builder
// (table-rows.ts) cannot run. The server imports this before it renders (the comparison's `parts.server`).

// Lit templates are fixed, so a row takes the template for its number of cells: no white space between the
// cells, so a row holds no text nodes but its words, as the browser's rows.
type RowParts = { className: string; name: TemplateResult; cells: Cell[]; extras: readonly string[] };
const extraCells = (extras: readonly string[]) => extras.map((value) => html`<td dir="auto">${value}</td>`);
const ROWS: ((row: RowParts) => TemplateResult)[] = [
  (r) => html`<tr class=${r.className}><th scope="row">${r.name}</th>${extraCells(r.extras)}</tr>`,
  ({ className, name, cells: c, extras }) => html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) => html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) => html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) => html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td><td>${c[3]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) =>
    html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td><td>${c[3]}</td><td>${c[4]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) =>
    html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td><td>${c[3]}</td><td>${c[4]}</td><td>${c[5]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) =>
    html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td><td>${c[3]}</td><td>${c[4]}</td><td>${c[5]}</td><td>${c[6]}</td>${extraCells(extras)}</tr>`,
  ({ className, name, cells: c, extras }) =>
    html`<tr class=${className}><th scope="row">${name}</th><td>${c[0]}</td><td>${c[1]}</td><td>${c[2]}</td><td>${c[3]}</td><td>${c[4]}</td><td>${c[5]}</td><td>${c[6]}</td><td>${c[7]}</td>${extraCells(extras)}</tr>`,
];

/** The table's rows as templates: what the row builder makes, for a renderer without a DOM. */
export function rowTemplates(rows: readonly ClinicView[], strings: Strings): TemplateResult[] {
  return rows.map((row) =>
    ROWS[row.cells.length]!({ className: highlightClass(row), name: renderClinicName(row, strings), cells: row.cells.map((cell) => renderCell(cell, strings)), extras: row.extras }),
  );
}

prerenderRowsWith(rowTemplates);
