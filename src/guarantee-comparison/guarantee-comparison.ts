import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SmpElement } from '../core/base-element.js';
import { clearOfStickyCells } from './scroll-edges.js';
import type { WidgetParts } from '../core/config-controller.js';
import { checkedProp } from '../core/checked.js';
import { cssProps } from '../core/css-props.js';
import { disclaimerNote, fill, type Locale } from '../core/strings.js';
import { errorPanelStyles, hostStyles } from '../core/styles.js';
import { byWidth, WidthController } from '../core/width.js';
import { lastResult } from '../core/memo.js';
import {
  clinicViews,
  comparisonContent,
  type ComparisonContent,
  firstPages,
  mostGenerous,
  needsBuiltIn,
  nextSort,
  PAGE_SIZE,
  rowsToShow,
  sortAnnouncement,
  sortClinics,
  sortLabel,
  useColumns,
  type BuiltInComparison,
  type CellContext,
  type ClinicView,
  type SortDirection,
  type SortKey,
  type Guide,
  type Strings,
} from './guarantee-comparison.model.js';
import type { comparisonConfigSchema, Clinic, ComparisonConfig, Ranking } from './guarantee-comparison.schema.js';
import { NARROW_BELOW, type Criterion } from './guarantee-comparison.vocab.js';
import { comparisonStrings } from './guarantee-comparison.strings.js';
import { comparisonStyles } from './guarantee-comparison.styles.js';
import { highlightClass, renderCell, renderClinicName } from './cells.js';
import { tableRows } from './table-rows.js';

/** `detail` of `smp-comparison-sort`. `descending` puts the most generous (or latest, or Z) first. */
export interface ComparisonSortDetail {
  criterion: SortKey;
  direction: SortDirection;
}

/** The comparison's events, by name, with their `detail`. */
export interface ComparisonEvents {
  'smp-comparison-sort': ComparisonSortDetail;
}

interface View {
  config: ComparisonConfig | undefined;
  strings: Strings;
  locale: Locale;
  /** The clinics on screen: sorted, filtered and cut to the pages asked for. */
  rows: readonly ClinicView[];
  /** Clinics shown by the filter, on screen or not. */
  total: number;
  /** Clinics shown by the filter but beyond the pages asked for. */
  remaining: number;
  pageSize: number;
  useColumns: boolean;
  criteria: readonly Criterion[];
  extraLabels: readonly string[];
}

/** Midnight UTC of the clock's day: staleness is judged by the day, so the display values keep all day. */
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Clinics' SMP guarantees side by side: length, touch-ups, discolouration cover, refund, written terms,
 * conditions, track record and when each was last verified. Marks the most generous term as stated on
 * each criterion, says "Not stated" for gaps and flags out-of-date entries. Without clinics it shows what
 * to ask about any guarantee.
 *
 * @tagname smp-guarantee-comparison
 * @summary Clinics' guarantees side by side, honest about what is unknown.
 *
 * The attributes, parts and custom properties every widget has (`config`, `src`, `locale`, `theme`; `base`,
 * `error`, `loading`; the `--smp-…` theme) are documented once, on SmpElement (src/core/base-element.ts).
 *
 * @attr src - Address of a JSON config to load (a shared dataset); a local config overrides its top-level keys.
 *
 * @fires smp-comparison-sort - When the reader sorts the clinics. `detail: { criterion, direction }`.
 *
 * Long lists show `pageSize` clinics (100 by default) and a "Show more" button; sorting and the
 * "most generous" markers always consider every clinic, and printing shows them all.
 *
 * @csspart header - Title and intro.
 * @csspart title - The title.
 * @csspart filter - The "show or hide clinics" control.
 * @csspart table - The comparison table.
 * @csspart card - One clinic's card in the narrow layout.
 * @csspart marker - A "most generous as stated" marker.
 * @csspart stale - A "possibly out of date" flag.
 * @csspart show-more - The "Show more" button under a long list.
 * @csspart guide - The list of questions shown without clinics.
 * @csspart disclaimer - The note under the comparison.
 *
 * @cssprop --smp-color-surface - Background of header cells and the highlighted clinic.
 * @cssprop --smp-color-accent - Links, buttons, markers.
 * @cssprop --smp-color-danger - Error panel accent and the out-of-date flag.
 */
export class SmpGuaranteeComparison extends SmpElement<typeof comparisonConfigSchema, ComparisonEvents, BuiltInComparison, ComparisonContent> {
  static override styles = [hostStyles, errorPanelStyles, comparisonStyles];
  /** The width in CSS px below which the comparison shows each clinic as a card; pre-rendered styles switch at the same width. */
  static override readonly narrowBelow = NARROW_BELOW;
  /** @internal What the comparison imports when a config needs it, and how it makes its content. */
  static override readonly parts: WidgetParts<typeof comparisonConfigSchema, BuiltInComparison, ComparisonContent> = {
    schema: () => import('./guarantee-comparison.schema.js').then((module) => module.comparisonConfigSchema),
    builtIn: () => import('./guarantee-comparison.built-in.js'),
    needs: (config) => (needsBuiltIn(config) ? ['builtIn'] : []),
    content: comparisonContent,
    server: () => import('./table-rows.server.js'),
  };

  static override properties: PropertyDeclarations = {
    sortKey: { state: true },
    sortDirection: { state: true },
    hiddenClinics: { state: true },
    announcement: { state: true },
    filterOpen: { state: true },
    pagesShown: { state: true },
  };

  /** The date staleness is measured from; replace it to show the table "as of" another day. */
  clock: () => Date = () => new Date();

  declare private sortKey: SortKey | undefined;
  declare private sortDirection: SortDirection;
  declare private hiddenClinics: ReadonlySet<string>;
  declare private announcement: string;
  /** The clinic list of the filter is only built once the reader opens it: with 1,000 clinics it is a large list. */
  declare private filterOpen: boolean;
  declare private pagesShown: number;
  /** After "Show more": the index of the first new clinic, which takes focus once rendered. */
  #focusClinicAt: number | undefined;
  readonly #showAllForPrint = () => (this.pagesShown = Infinity);
  readonly #width = new WidthController(this);

  constructor() {
    super();
    this.sortKey = undefined;
    this.sortDirection = 'descending';
    this.hiddenClinics = new Set();
    this.announcement = '';
    this.filterOpen = false;
    this.pagesShown = 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.#showAllForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.#showAllForPrint);
  }

  protected override configChanged(): void {
    this.hiddenClinics = new Set();
    this.announcement = '';
    this.pagesShown = 1;
  }

  /**
   * Sorts the clinics; the same criterion again reverses the order. Screen readers hear the new order,
   * whether the reader sorted or the page's own code did.
   */
  sortBy(key: SortKey, direction?: SortDirection): void {
    this.sortDirection = nextSort(this.sortKey, this.sortDirection, key, direction);
    this.sortKey = key;
    const config = this.resolved.status === 'ok' ? this.resolved.config : undefined;
    this.announcement = sortAnnouncement(key, this.sortDirection, this.#strings(config));
    this.emit('smp-comparison-sort', { criterion: key, direction: this.sortDirection });
  }

  /** The UI strings in the current locale, with the config's own on top. */
  #strings(config: ComparisonConfig | undefined): Strings {
    return this.localStrings(comparisonStrings, 'guarantee-comparison', config?.strings);
  }

  #toggleClinic(name: string, shown: boolean): void {
    const next = new Set(this.hiddenClinics);
    if (shown) next.delete(name);
    else next.add(name);
    this.hiddenClinics = next;
  }

  protected renderContent(config: ComparisonConfig | undefined, locale: Locale): TemplateResult {
    const strings = this.#strings(config);
    const { title, intro, guide } = this.content!;
    // The table's rows are worked out from the clinics, the sort and the filter (each step remembers its last result).
    const view = guide ? undefined : this.#view(config, strings, locale);
    return html`
      <section class="widget comparison" aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${title}</h2>
          ${intro ? html`<p class="intro">${intro}</p>` : nothing}
        </header>
        ${guide ? this.#renderGuide(config, strings, guide) : this.#renderComparison(view!)}
        <p class="note disclaimer" part="disclaimer">${disclaimerNote(strings.generalInformation, config?.disclaimer)}</p>
      </section>
    `;
  }

  // Each part is kept until what it depends on changes: re-sorting reuses every clinic's words and marks.
  readonly #shownClinics = lastResult((config: ComparisonConfig | undefined, hidden: ReadonlySet<string>) => {
    const shown = (config?.clinics ?? []).filter((clinic) => !hidden.has(clinic.name));
    const { criteria, extraLabels } = rowsToShow(config);
    const marks = new Map(criteria.map((criterion) => [criterion, mostGenerous(criterion, shown, config?.ranking)]));
    return { shown, criteria, extraLabels, marks };
  });
  readonly #sortedClinics = lastResult((shown: readonly Clinic[], key: SortKey | undefined, direction: SortDirection, ranking: Ranking | undefined) =>
    key ? sortClinics(shown, key, direction, ranking) : shown,
  );
  readonly #clinicViews = lastResult((config: ComparisonConfig | undefined, shown: Pick<CellContext, 'criteria' | 'extraLabels' | 'marks'>, strings: Strings, locale: Locale, day: string) =>
    clinicViews({ config, criteria: shown.criteria, extraLabels: shown.extraLabels, marks: shown.marks, strings, locale, now: new Date(day) }),
  );

  #view(config: ComparisonConfig | undefined, strings: Strings, locale: Locale): View {
    const shown = this.#shownClinics(config, this.hiddenClinics);
    const sorted = this.#sortedClinics(shown.shown, this.sortKey, this.sortDirection, config?.ranking);
    const pageSize = config?.pageSize ?? PAGE_SIZE;
    const { visible, remaining } = firstPages(sorted, pageSize, this.pagesShown);
    const viewOf = this.#clinicViews(config, shown, strings, locale, dayOf(this.clock()));
    return {
      config,
      strings,
      locale,
      rows: visible.map(viewOf),
      total: sorted.length,
      remaining,
      pageSize,
      useColumns: useColumns(config, sorted.length),
      criteria: shown.criteria,
      extraLabels: shown.extraLabels,
    };
  }

  #showMore(view: View): void {
    this.#focusClinicAt = view.rows.length;
    this.pagesShown += 1;
    const shown = Math.min(view.rows.length + view.pageSize, view.total);
    this.announcement = fill(view.strings.showingCount, { shown, total: view.total }, view.locale);
  }

  // The button that was pressed may be gone (nothing left to show), so focus moves to the first new clinic.
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.#focusClinicAt === undefined) return;
    const names = this.renderRoot.querySelectorAll<HTMLElement>('.by-rows tbody th, .by-columns thead th:not(:first-child), .cards h3');
    const heading = names[this.#focusClinicAt];
    this.#focusClinicAt = undefined;
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  #renderShowMore(view: View) {
    if (view.remaining === 0) return nothing;
    return html`
      <div class="show-more">
        <p>${fill(view.strings.showingCount, { shown: view.rows.length, total: view.total }, view.locale)}</p>
        <button type="button" part="show-more" @click=${() => this.#showMore(view)}>
          ${fill(view.strings.showMore, { count: Math.min(view.pageSize, view.remaining) }, view.locale)}
        </button>
      </div>
    `;
  }

  #renderGuide(config: ComparisonConfig | undefined, strings: Strings, questions: Guide) {
    const criteria = rowsToShow(config).criteria.filter((criterion) => questions[criterion]);
    return html`
      <dl class="guide" part="guide">
        ${criteria.map(
          (criterion) => html`<div>
            <dt>${questions[criterion]!.question}</dt>
            <dd><span class="guide-term">${strings[criterion]}:</span> ${questions[criterion]!.answer}</dd>
          </div>`,
        )}
      </dl>
    `;
  }

  #renderComparison(view: View) {
    const hidden = view.rows.length === 0;
    return html`
      ${this.#renderFilter(view)}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${hidden
        ? html`<p class="note">${view.strings.allHidden}</p>`
        : byWidth(
            this.#width,
            NARROW_BELOW,
            () => this.#renderTable(view),
            () => html`${this.#renderSortControls(view)}${this.#renderCards(view)}`,
          )}
      ${this.#renderShowMore(view)}
    `;
  }

  #renderFilter({ config, strings, locale, total }: View) {
    const all = config?.clinics ?? [];
    return html`
      <details class="filter" part="filter" @toggle=${(event: Event) => (this.filterOpen = (event.target as HTMLDetailsElement).open)}>
        <summary>${strings.showClinics} (${fill(strings.shownCount, { shown: total, total: all.length }, locale)})</summary>
        <ul>
          ${!this.filterOpen ? nothing : all.map(
            (clinic, index) => html`<li>
              <input
                type="checkbox"
                id=${`show-${index}`}
                .checked=${checkedProp(!this.hiddenClinics.has(clinic.name))}
                @change=${(event: Event) => this.#toggleClinic(clinic.name, (event.target as HTMLInputElement).checked)}
              />
              <label for=${`show-${index}`} dir="auto">${clinic.name}</label>
            </li>`,
          )}
        </ul>
      </details>
    `;
  }

  // Choosing in the select starts from the natural order, even for the criterion already sorted.
  #sortFromSelect(select: HTMLSelectElement): void {
    const key = select.value as SortKey;
    this.sortBy(key, key === 'name' ? 'ascending' : 'descending');
  }

  #sortStateOf(key: SortKey) {
    return this.sortKey === key ? this.sortDirection : 'none';
  }

  // Focus keys: the same sort control in the cards' select when the layout switches, and back.
  #renderSortButton(key: SortKey, view: View) {
    const active = this.sortKey === key;
    const arrow = !active ? '↕' : this.sortDirection === 'ascending' ? '↑' : '↓';
    // A no-break space keeps the arrow beside the label's last word when the label wraps.
    return html`<button type="button" class="sort" data-focus-key=${active ? `sort:${key} sort sort-any` : `sort:${key} sort-any`} @click=${() => this.sortBy(key)}>
      <span class="sort-label">${sortLabel(key, view.strings)}</span>\u00a0<span class="sort-icon" aria-hidden="true">${arrow}</span>
    </button>`;
  }

  #renderSortControls(view: View) {
    const keys: SortKey[] = ['name', ...view.criteria];
    return html`
      <div class="sort-controls">
        <label for="sort-select">${view.strings.sortBy}</label>
        <select id="sort-select" data-focus-key="sort sort-any" @change=${(event: Event) => this.#sortFromSelect(event.target as HTMLSelectElement)}>
          <option value="" ?selected=${!this.sortKey} disabled>—</option>
          ${keys.map((key) => html`<option value=${key} ?selected=${this.sortKey === key}>${sortLabel(key, view.strings)}</option>`)}
        </select>
        <button type="button" data-focus-key="reverse sort sort-any" ?disabled=${!this.sortKey} @click=${() => this.sortKey && this.sortBy(this.sortKey)}>${view.strings.reverse}</button>
      </div>
    `;
  }

  // The frame shows a shadow at each edge the table can still scroll towards (its styles alone).
  #renderTable(view: View) {
    const columns = view.useColumns;
    const maxHeight = view.config?.maxHeight ?? 'none';
    return html`
      <div class="scroll-frame">
        <div
          class=${maxHeight === 'none' ? 'scroller' : 'scroller bounded'}
          ${cssProps({ '--_max-height': maxHeight })}
          tabindex="0"
          role="region"
          aria-labelledby="title caption"
          data-focus-key="table sort-any"
          @focusin=${this.#onTableFocus}
        >
          <table part="table" class=${columns ? 'by-columns' : 'by-rows'} ${cssProps({ '--_clinic-count': String(view.rows.length) })}>
            <caption id="caption">${view.strings.legend}</caption>
            ${columns ? this.#renderColumns(view) : this.#renderRows(view)}
          </table>
        </div>
        <span class="start-edge"></span>
      </div>
    `;
  }

  // The browser scrolls a focused control into view but not clear of the sticky cells; once it has, this does.
  readonly #onTableFocus = (event: FocusEvent) => {
    const scroller = event.currentTarget as HTMLElement;
    const target = event.target as HTMLElement;
    requestAnimationFrame(() => scroller.scrollBy(clearOfStickyCells(scroller, target)));
  };

  /** One column per clinic: criteria are rows, read across to compare. */
  #renderColumns(view: View) {
    const { rows, strings } = view;
    return html`
      <thead>
        <tr>
          <th scope="col" aria-sort=${this.#sortStateOf('name')}>${this.#renderSortButton('name', view)}</th>
          ${rows.map((row) => html`<th scope="col" class=${highlightClass(row)}>${renderClinicName(row, strings)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.criteria.map(
          (criterion, index) => html`<tr>
            <th scope="row" aria-sort=${this.#sortStateOf(criterion)}>${this.#renderSortButton(criterion, view)}</th>
            ${rows.map((row) => html`<td class=${highlightClass(row)}>${renderCell(row.cells[index]!, strings)}</td>`)}
          </tr>`,
        )}
        ${view.extraLabels.map(
          (label, index) => html`<tr>
            <th scope="row" dir="auto">${label}</th>
            ${rows.map((row) => html`<td class=${highlightClass(row)} dir="auto">${row.extras[index]}</td>`)}
          </tr>`,
        )}
      </tbody>
    `;
  }

  /** One row per clinic: a sortable list for many clinics. */
  #renderRows(view: View) {
    return html`
      <thead>
        <tr>
          <th scope="col" aria-sort=${this.#sortStateOf('name')}>${this.#renderSortButton('name', view)}</th>
          ${view.criteria.map((criterion) => html`<th scope="col" aria-sort=${this.#sortStateOf(criterion)}>${this.#renderSortButton(criterion, view)}</th>`)}
          ${view.extraLabels.map((label) => html`<th scope="col" dir="auto">${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${tableRows(view.rows, view.strings)}
      </tbody>
    `;
  }

  #renderCards(view: View) {
    const { rows, strings } = view;
    return html`
      <ul class="cards">
        ${rows.map(
          (row, index) => html`<li class=${row.highlighted ? 'card highlighted' : 'card'} part="card">
            <h3 id=${`card-${index}`}>${renderClinicName(row, strings)}</h3>
            <dl aria-labelledby=${`card-${index}`}>
              ${view.criteria.map((criterion, cell) => html`<div><dt>${strings[criterion]}</dt><dd>${renderCell(row.cells[cell]!, strings)}</dd></div>`)}
              ${view.extraLabels.map((label, extra) => html`<div><dt dir="auto">${label}</dt><dd dir="auto">${row.extras[extra]}</dd></div>`)}
            </dl>
          </li>`,
        )}
      </ul>
    `;
  }
}
