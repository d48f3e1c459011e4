import { noChange, nothing } from 'lit';
import { directive, Directive, PartType, type ChildPart, type DirectiveParameters, type PartInfo } from 'lit/directive.js';
import type { CellView, ClinicView, Strings } from './guarantee-comparison.model.js';

// The rows of the comparison's table, one per clinic, built without a template part per row: each row is a
// clone of one prototype <tr>, filled with text. Rows are kept by clinic name, so a re-sort moves them and
// "Show more" adds only the new ones. The markup is the same as cells.ts writes with templates.

/** How the rows render where there is no DOM: Lit's server renderer calls `render`, never `update`. */
type RowsAsTemplates = (rows: readonly ClinicView[], strings: Strings) => unknown;
let rowsAsTemplates: RowsAsTemplates | undefined;

/** Server only (table-rows.server.ts): the templates the rows are pre-rendered with. */
export function prerenderRowsWith(render: RowsAsTemplates): void {
  rowsAsTemplates = render;
}

interface KeptRow {
  view: ClinicView;
  row: HTMLTableRowElement;
}

class TableRows extends Directive {
  private kept = new Map<string, KeptRow>();
  private strings: Strings | undefined;
  private prototypes = new Map<string, HTMLTableRowElement>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.CHILD) throw new Error('tableRows() is the whole content of a <tbody>');
  }

  render(rows: readonly ClinicView[], strings: Strings): unknown {
    return rowsAsTemplates?.(rows, strings) ?? nothing;
  }

  override update(part: ChildPart, [rows, strings]: DirectiveParameters<this>): unknown {
    // A clinic's view is made again whenever its words may change (a locale, the strings): only then is its row.
    const sameWords = strings === this.strings;
    this.strings = strings;
    const next = new Map<string, KeptRow>();
    for (const view of rows) {
      const old = this.kept.get(view.name);
      next.set(view.name, sameWords && old?.view === view ? old : { view, row: this.build(view, strings) });
    }
    // Rows no longer shown go before the kept ones move: fewer rows to step past.
    for (const [name, { row }] of this.kept) if (next.get(name)?.row !== row) row.remove();
    let place = part.startNode!.nextSibling;
    for (const { row } of next.values()) {
      if (row === place) place = row.nextSibling;
      else part.parentNode.insertBefore(row, place);
    }
    this.kept = next;
    return noChange;
  }

  private build(view: ClinicView, strings: Strings): HTMLTableRowElement {
    const shape = `${view.cells.length}/${view.extras.length}`;
    let prototype = this.prototypes.get(shape);
    if (!prototype) this.prototypes.set(shape, (prototype = rowPrototype(view.cells.length, view.extras.length)));
    const row = prototype.cloneNode(true) as HTMLTableRowElement;
    if (view.highlighted) row.className = 'highlighted';
    let cell = row.firstElementChild!;
    fillName(cell, view, strings);
    for (const value of view.cells) fillCell((cell = cell.nextElementSibling!), value, strings);
    for (const value of view.extras) (cell = cell.nextElementSibling!).textContent = value;
    return row;
  }
}

/**
 * The table body's rows for `rows`, in their order. Put it alone inside `<tbody>`: it owns what is there.
 * Every string is set as text.
 */
export const tableRows = directive(TableRows);

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const withDirection = <T extends HTMLElement>(node: T) => (node.setAttribute('dir', 'auto'), node);

function rowPrototype(cells: number, extras: number): HTMLTableRowElement {
  const row = element('tr');
  const name = element('th');
  name.setAttribute('scope', 'row');
  name.append(withDirection(element('span', 'clinic-name')), withDirection(element('span', 'location')));
  row.append(name);
  for (let i = 0; i < cells; i++) row.append(element('td'));
  for (let i = 0; i < extras; i++) row.append(withDirection(element('td')));
  return row;
}

function fillName(th: Element, { name, location, url, highlighted }: ClinicView, strings: Strings): void {
  const nameSpan = th.firstElementChild!;
  if (url) {
    const link = nameSpan.appendChild(element('a', '', name));
    link.setAttribute('href', url);
    link.setAttribute('data-focus-key', `clinic:${name}`);
  } else nameSpan.textContent = name;
  if (location) nameSpan.nextElementSibling!.textContent = location;
  if (highlighted) th.append(element('span', 'badge', strings.highlighted));
}

function fillCell(td: Element, cell: CellView, strings: Strings): void {
  if (cell.conditions) {
    const list = td.appendChild(element('ul', 'conditions'));
    for (const condition of cell.conditions) list.appendChild(element('li')).appendChild(element('bdi', '', condition));
    return;
  }
  td.append(cell.text);
  if (cell.flag) td.append(' ', flag(cell.flag, strings));
  if (cell.lifetimeConditions !== undefined) td.append(...lifetimeTerms(cell.lifetimeConditions, strings));
  else if (cell.note || cell.source) td.append(...trackRecordDetail(cell, strings));
}

function flag(kind: 'marker' | 'stale', strings: Strings): HTMLSpanElement {
  const span = element('span', kind, kind === 'marker' ? strings.mostGenerous : strings.stale);
  span.setAttribute('part', kind);
  return span;
}

function lifetimeTerms(conditions: string, strings: Strings): (Node | string)[] {
  const terms = conditions
    ? [element('span', 'lifetime-conditions', strings.lifetimeConditions), ' ', withDirection(element('span', 'lifetime-conditions', conditions))]
    : [element('span', 'lifetime-conditions', strings.lifetimeNoConditions)];
  return [' ', ...terms, ' ', element('span', 'lifetime-conditions lifetime-caution', strings.lifetimeCaution)];
}

function trackRecordDetail({ note, source }: CellView, strings: Strings): (Node | string)[] {
  const detail: (Node | string)[] = note ? [withDirection(element('span', 'detail', note))] : [];
  if (source) {
    const link = element('a', 'detail', strings.source);
    link.setAttribute('href', source);
    detail.push(' ', link);
  }
  return detail;
}
