import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { SmpElement } from '../core/base-element.js';
import { cssProps } from '../core/css-props.js';
import { fill, type Locale } from '../core/strings.js';
import { errorPanelStyles, hostStyles } from '../core/styles.js';
import { WidthController } from '../core/width.js';
import { comparisonStrings } from './guarantee-comparison.defaults.js';
import {
  comparisonContent,
  describeLength,
  describeTouchUps,
  describeValue,
  firstPages,
  formatDate,
  isStale,
  mostGenerous,
  PAGE_SIZE,
  rowsToShow,
  sortClinics,
  useColumns,
  type SortDirection,
  type SortKey,
  type Strings,
} from './guarantee-comparison.logic.js';
import type { comparisonConfigSchema, Clinic, ComparisonConfig, Criterion } from './guarantee-comparison.schema.js';
import { comparisonStyles } from './guarantee-comparison.styles.js';

/** `detail` of `smp-comparison-sort`. `descending` puts the most generous (or latest, or Z) first. */
export interface ComparisonSortDetail {
  criterion: SortKey;
  direction: SortDirection;
}

/** Below this width (CSS px) each clinic becomes a card. */
const CARD_WIDTH = 600;

interface View {
  config: ComparisonConfig | undefined;
  strings: Strings;
  locale: Locale;
  /** The clinics on screen: sorted, filtered and cut to the pages asked for. */
  clinics: readonly Clinic[];
  /** Clinics shown by the filter, on screen or not. */
  total: number;
  /** Clinics shown by the filter but beyond the pages asked for. */
  remaining: number;
  pageSize: number;
  useColumns: boolean;
  criteria: readonly Criterion[];
  extraLabels: string[];
  marks: Map<Criterion, Set<string>>;
  now: Date;
}

/**
 * Clinics' SMP guarantees side by side: length, touch-ups, discolouration cover, refund, written terms,
 * conditions, track record and when each was last verified. Marks the most generous term as stated on
 * each criterion, says "Not stated" for gaps and flags out-of-date entries. Without clinics it shows what
 * to ask about any guarantee.
 *
 * @tagname smp-guarantee-comparison
 * @summary Clinics' guarantees side by side, honest about what is unknown.
 *
 * @attr config - The config as JSON. A child `<script type="application/json">` or the `config` property take precedence.
 * @attr src - Address of a JSON config to load (a shared dataset); a local config overrides its top-level keys.
 * @attr locale - `en-GB`, `en-US`, `es`, `de`, `fr`, `tr` or `ar`; without it, the nearest `lang` attribute decides (English where unsupported).
 * @attr theme - `light` (default), `dark`, or `auto` to follow the reader's colour-scheme setting.
 *
 * @fires smp-comparison-sort - When the reader sorts the clinics. `detail: { criterion, direction }`.
 *
 * Long lists show `pageSize` clinics (100 by default) and a "Show more" button; sorting and the
 * "most generous" markers always consider every clinic, and printing shows them all.
 *
 * @csspart base - The widget's outer box.
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
 * @csspart error - The panel shown instead of the content when the config is invalid.
 * @csspart loading - The loading message while `src` loads.
 *
 * @cssprop --smp-font-family - Font; inherits the page's font by default.
 * @cssprop --smp-font-size - Base text size in px (default 16px, never below 14px).
 * @cssprop --smp-radius - Corner radius.
 * @cssprop --smp-space - Padding and gaps.
 * @cssprop --smp-space-after - Space below the widget, before the page's next paragraph (default 1.5rem).
 * @cssprop --smp-color-bg - Background.
 * @cssprop --smp-color-surface - Background of header cells and the highlighted clinic.
 * @cssprop --smp-color-text - Text colour.
 * @cssprop --smp-color-muted - Secondary text colour.
 * @cssprop --smp-color-border - Borders.
 * @cssprop --smp-color-accent - Links, buttons, markers.
 * @cssprop --smp-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --smp-color-focus - Focus outline.
 * @cssprop --smp-color-danger - Error panel accent and the out-of-date flag.
 * @cssprop --smp-color-danger-surface - Error panel background.
 */
export class SmpGuaranteeComparison extends SmpElement<typeof comparisonConfigSchema> {
  static override styles = [hostStyles, errorPanelStyles, comparisonStyles];

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
  private focusClinicAt: number | undefined;
  private readonly showAllForPrint = () => (this.pagesShown = Infinity);
  private readonly width = new WidthController(this);

  protected loadSchema() {
    return import('./guarantee-comparison.schema.js').then((module) => module.comparisonConfigSchema);
  }

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
    window.addEventListener('beforeprint', this.showAllForPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.showAllForPrint);
  }

  protected override configChanged(): void {
    this.hiddenClinics = new Set();
    this.announcement = '';
    this.pagesShown = 1;
  }

  /** Sorts the clinics; the same criterion again reverses the order. */
  sortBy(key: SortKey, direction?: SortDirection): void {
    const defaultDirection: SortDirection = key === 'name' ? 'ascending' : 'descending';
    this.sortDirection = direction ?? (key === this.sortKey ? (this.sortDirection === 'ascending' ? 'descending' : 'ascending') : defaultDirection);
    this.sortKey = key;
    const detail: ComparisonSortDetail = { criterion: key, direction: this.sortDirection };
    this.dispatchEvent(new CustomEvent('smp-comparison-sort', { detail, bubbles: true, composed: true }));
  }

  private toggleClinic(name: string, shown: boolean): void {
    const next = new Set(this.hiddenClinics);
    if (shown) next.delete(name);
    else next.add(name);
    this.hiddenClinics = next;
  }

  protected renderContent(config: ComparisonConfig | undefined, locale: Locale): TemplateResult {
    const strings = this.localStrings(comparisonStrings, 'guarantee-comparison', config?.strings);
    const all = config?.clinics ?? [];
    const content = this.builtInContent('guarantee-comparison', undefined, comparisonContent);
    const title = config?.title ?? (all.length ? content.title : content.guideTitle);
    const intro = config?.intro ?? (all.length ? undefined : content.guideIntro);
    const disclaimer = config?.disclaimer ?? content.disclaimer;
    return html`
      <section class="widget comparison" aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${title}</h2>
          ${intro ? html`<p class="intro">${intro}</p>` : nothing}
        </header>
        ${all.length ? this.renderComparison(this.view(config, strings, locale)) : this.renderGuide(config, strings, content.guide)}
        <p class="note disclaimer" part="disclaimer">${disclaimer}</p>
      </section>
    `;
  }

  private view(config: ComparisonConfig | undefined, strings: Strings, locale: Locale): View {
    const all = config?.clinics ?? [];
    const shown = all.filter((clinic) => !this.hiddenClinics.has(clinic.name));
    const sorted = this.sortKey ? sortClinics(shown, this.sortKey, this.sortDirection, config?.ranking) : shown;
    const pageSize = config?.pageSize ?? PAGE_SIZE;
    const { visible, remaining } = firstPages(sorted, pageSize, this.pagesShown);
    const { criteria, extraLabels } = rowsToShow(config);
    const marks = new Map(criteria.map((criterion) => [criterion, mostGenerous(criterion, shown, config?.ranking)]));
    const columns = useColumns(config, sorted.length);
    return { config, strings, locale, clinics: visible, total: sorted.length, remaining, pageSize, useColumns: columns, criteria, extraLabels, marks, now: this.clock() };
  }

  private showMore(view: View): void {
    this.focusClinicAt = view.clinics.length;
    this.pagesShown += 1;
    const shown = Math.min(view.clinics.length + view.pageSize, view.total);
    this.announcement = fill(view.strings.showingCount, { shown, total: view.total }, view.locale);
  }

  // The button that was pressed may be gone (nothing left to show), so focus moves to the first new clinic.
  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
    if (scroller) markScrollEdges(scroller);
    if (this.focusClinicAt === undefined) return;
    const names = this.renderRoot.querySelectorAll<HTMLElement>('.by-rows tbody th, .by-columns thead th:not(:first-child), .cards h3');
    const heading = names[this.focusClinicAt];
    this.focusClinicAt = undefined;
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }

  private renderShowMore(view: View) {
    if (view.remaining === 0) return nothing;
    return html`
      <div class="show-more">
        <p>${fill(view.strings.showingCount, { shown: view.clinics.length, total: view.total }, view.locale)}</p>
        <button type="button" part="show-more" @click=${() => this.showMore(view)}>
          ${fill(view.strings.showMore, { count: Math.min(view.pageSize, view.remaining) }, view.locale)}
        </button>
      </div>
    `;
  }

  private renderGuide(config: ComparisonConfig | undefined, strings: Strings, questions: ReturnType<typeof comparisonContent>['guide']) {
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

  private renderComparison(view: View) {
    const narrow = this.width.width > 0 && this.width.width < CARD_WIDTH;
    const body = view.clinics.length === 0
      ? html`<p class="note">${view.strings.allHidden}</p>`
      : narrow
        ? this.renderCards(view)
        : this.renderTable(view);
    return html`
      ${this.renderFilter(view)}
      ${narrow ? this.renderSortControls(view) : nothing}
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${body}
      ${this.renderShowMore(view)}
    `;
  }

  private renderFilter({ config, strings, locale, total }: View) {
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
                .checked=${!this.hiddenClinics.has(clinic.name)}
                @change=${(event: Event) => this.toggleClinic(clinic.name, (event.target as HTMLInputElement).checked)}
              />
              <label for=${`show-${index}`} dir="auto">${clinic.name}</label>
            </li>`,
          )}
        </ul>
      </details>
    `;
  }

  private sortLabel(key: SortKey, strings: Strings): string {
    return key === 'name' ? strings.clinic : strings[key];
  }

  private announce(view: View): void {
    if (!this.sortKey) return;
    const words: Record<SortDirection, string> =
      this.sortKey === 'name'
        ? { ascending: view.strings.ascending, descending: view.strings.descending }
        : { ascending: view.strings.leastGenerousFirst, descending: view.strings.mostGenerousFirst };
    this.announcement = fill(view.strings.sortedBy, { criterion: this.sortLabel(this.sortKey, view.strings), direction: words[this.sortDirection] });
  }

  private onSort(key: SortKey, view: View, direction?: SortDirection): void {
    this.sortBy(key, direction);
    this.announce(view);
  }

  private sortStateOf(key: SortKey) {
    return this.sortKey === key ? this.sortDirection : 'none';
  }

  // Focus keys: the same sort control in the cards' select when the layout switches, and back.
  private renderSortButton(key: SortKey, view: View) {
    const active = this.sortKey === key;
    const arrow = !active ? '↕' : this.sortDirection === 'ascending' ? '↑' : '↓';
    // A no-break space keeps the arrow beside the label's last word when the label wraps.
    return html`<button type="button" class="sort" data-focus-key=${active ? `sort:${key} sort sort-any` : `sort:${key} sort-any`} @click=${() => this.onSort(key, view)}>
      ${this.sortLabel(key, view.strings)}\u00a0<span class="sort-icon" aria-hidden="true">${arrow}</span>
    </button>`;
  }

  private renderSortControls(view: View) {
    const keys: SortKey[] = ['name', ...view.criteria];
    return html`
      <div class="sort-controls">
        <label for="sort-select">${view.strings.sortBy}</label>
        <select id="sort-select" data-focus-key="sort sort-any" @change=${(event: Event) => this.onSort((event.target as HTMLSelectElement).value as SortKey, view, (event.target as HTMLSelectElement).value === 'name' ? 'ascending' : 'descending')}>
          <option value="" ?selected=${!this.sortKey} disabled>—</option>
          ${keys.map((key) => html`<option value=${key} ?selected=${this.sortKey === key}>${this.sortLabel(key, view.strings)}</option>`)}
        </select>
        <button type="button" data-focus-key="reverse sort sort-any" ?disabled=${!this.sortKey} @click=${() => this.sortKey && this.onSort(this.sortKey, view)}>${view.strings.reverse}</button>
      </div>
    `;
  }

  // The frame shows a shadow at each edge the table can still scroll towards (see markScrollEdges).
  private renderTable(view: View) {
    const columns = view.useColumns;
    const maxHeight = view.config?.maxHeight ?? 'none';
    return html`
      <div class="scroll-frame">
        <div
          class=${classMap({ scroller: true, bounded: maxHeight !== 'none' })}
          ${cssProps({ '--_max-height': maxHeight })}
          tabindex="0"
          role="region"
          aria-labelledby="title caption"
          data-focus-key="table sort-any"
          @scroll=${this.onTableScroll}
          @focusin=${this.onTableFocus}
        >
          <table part="table" class=${columns ? 'by-columns' : 'by-rows'} ${cssProps({ '--_clinic-count': String(view.clinics.length) })}>
            <caption id="caption">${view.strings.legend}</caption>
            ${columns ? this.renderColumns(view) : this.renderRows(view)}
          </table>
        </div>
      </div>
    `;
  }

  private readonly onTableScroll = (event: Event) => markScrollEdges(event.currentTarget as HTMLElement);

  // The browser scrolls a focused control into view but not clear of the sticky cells; once it has, this does.
  private readonly onTableFocus = (event: FocusEvent) => {
    const scroller = event.currentTarget as HTMLElement;
    const target = event.target as HTMLElement;
    requestAnimationFrame(() => scroller.scrollBy(clearOfStickyCells(scroller, target)));
  };

  /** One column per clinic: criteria are rows, read across to compare. */
  private renderColumns(view: View) {
    return html`
      <thead>
        <tr>
          <th scope="col" aria-sort=${this.sortStateOf('name')}>${this.renderSortButton('name', view)}</th>
          ${repeat(view.clinics, (clinic) => clinic.name, (clinic) => html`<th scope="col" class=${this.highlightClass(clinic, view)}>${this.renderClinicName(clinic, view)}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${view.criteria.map(
          (criterion) => html`<tr>
            <th scope="row" aria-sort=${this.sortStateOf(criterion)}>${this.renderSortButton(criterion, view)}</th>
            ${repeat(view.clinics, (clinic) => clinic.name, (clinic) => html`<td class=${this.highlightClass(clinic, view)}>${this.renderCell(criterion, clinic, view)}</td>`)}
          </tr>`,
        )}
        ${view.extraLabels.map(
          (label) => html`<tr>
            <th scope="row" dir="auto">${label}</th>
            ${repeat(view.clinics, (clinic) => clinic.name, (clinic) => html`<td class=${this.highlightClass(clinic, view)} dir="auto">${this.extraValue(clinic, label, view)}</td>`)}
          </tr>`,
        )}
      </tbody>
    `;
  }

  /** One row per clinic: a sortable list for many clinics. */
  private renderRows(view: View) {
    return html`
      <thead>
        <tr>
          <th scope="col" aria-sort=${this.sortStateOf('name')}>${this.renderSortButton('name', view)}</th>
          ${view.criteria.map((criterion) => html`<th scope="col" aria-sort=${this.sortStateOf(criterion)}>${this.renderSortButton(criterion, view)}</th>`)}
          ${view.extraLabels.map((label) => html`<th scope="col" dir="auto">${label}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${repeat(view.clinics, (clinic) => clinic.name, (clinic) => this.renderRow(clinic, view))}
      </tbody>
    `;
  }

  // A long list is mostly rows, so each row is one template with a cell for each of the eight criteria
  // (the i-th shows the i-th chosen criterion; cells beyond the chosen ones stay hidden) rather than a
  // template per cell: a first render of 100 rows takes about a fifth less script time.
  private renderRow(clinic: Clinic, view: View) {
    const cell = (index: number) => {
      const criterion = view.criteria[index];
      return criterion ? this.renderCell(criterion, clinic, view) : nothing;
    };
    const unused = (index: number) => index >= view.criteria.length;
    return html`<tr class=${this.highlightClass(clinic, view)}>
      <th scope="row">${this.renderClinicName(clinic, view)}</th>
      <td ?hidden=${unused(0)}>${cell(0)}</td>
      <td ?hidden=${unused(1)}>${cell(1)}</td>
      <td ?hidden=${unused(2)}>${cell(2)}</td>
      <td ?hidden=${unused(3)}>${cell(3)}</td>
      <td ?hidden=${unused(4)}>${cell(4)}</td>
      <td ?hidden=${unused(5)}>${cell(5)}</td>
      <td ?hidden=${unused(6)}>${cell(6)}</td>
      <td ?hidden=${unused(7)}>${cell(7)}</td>
      ${view.extraLabels.map((label) => html`<td dir="auto">${this.extraValue(clinic, label, view)}</td>`)}
    </tr>`;
  }

  private renderCards(view: View) {
    return html`
      <ul class="cards">
        ${repeat(
          view.clinics,
          (clinic) => clinic.name,
          (clinic, index) => html`<li class=${classMap({ card: true, highlighted: view.config?.highlight === clinic.name })} part="card">
            <h3 id=${`card-${index}`}>${this.renderClinicName(clinic, view)}</h3>
            <dl aria-labelledby=${`card-${index}`}>
              ${view.criteria.map((criterion) => html`<div><dt>${view.strings[criterion]}</dt><dd>${this.renderCell(criterion, clinic, view)}</dd></div>`)}
              ${view.extraLabels.map((label) => html`<div><dt dir="auto">${label}</dt><dd dir="auto">${this.extraValue(clinic, label, view)}</dd></div>`)}
            </dl>
          </li>`,
        )}
      </ul>
    `;
  }

  private highlightClass(clinic: Clinic, view: View): string {
    return view.config?.highlight === clinic.name ? 'highlighted' : '';
  }

  private renderClinicName(clinic: Clinic, view: View) {
    return html`
      <span class="clinic-name" dir="auto">${clinic.url ? html`<a href=${clinic.url} data-focus-key=${`clinic:${clinic.name}`}>${clinic.name}</a>` : clinic.name}</span>
      <span class="location" dir="auto">${clinic.location ?? nothing}</span>
      ${view.config?.highlight === clinic.name ? html`<span class="badge">${view.strings.highlighted}</span>` : nothing}
    `;
  }

  private extraValue(clinic: Clinic, label: string, view: View): string {
    return clinic.extra?.find((row) => row.label === label)?.value ?? view.strings.notStated;
  }

  private renderMarked(text: string, strings: Strings) {
    return html`${text} <span class="marker" part="marker"><span aria-hidden="true">★</span> ${strings.mostGenerous}</span>`;
  }

  private renderConditions(conditions: readonly string[] | undefined, strings: Strings) {
    if (conditions === undefined) return strings.notStated;
    if (conditions.length === 0) return strings.noConditions;
    return html`<ul class="conditions">${conditions.map((condition) => html`<li><bdi>${condition}</bdi></li>`)}</ul>`;
  }

  private describeCell(criterion: Criterion, clinic: Clinic, strings: Strings, locale: Locale): string {
    const guarantee = clinic.guarantee;
    switch (criterion) {
      case 'length':
        return describeLength(guarantee?.length, strings, locale);
      case 'touchUps':
        return describeTouchUps(clinic, strings, locale);
      case 'discolouration':
        return describeValue(guarantee?.discolouration, strings);
      case 'refund':
        return describeValue(guarantee?.refund, strings);
      case 'inWriting':
        return describeValue(guarantee?.inWriting, strings);
      default:
        return describeValue(clinic.trackRecord?.rating, strings);
    }
  }

  // Most cells hold one plain value: returned as a string it renders as a single text node, and a marked
  // value is one template; a hundred rows build much faster than with a template per cell and per marker.
  private renderCell(criterion: Criterion, clinic: Clinic, view: View): TemplateResult | string {
    if (criterion === 'conditions') return this.renderConditions(clinic.guarantee?.conditions, view.strings);
    if (criterion === 'verified') return this.renderVerified(clinic, view);
    const text = this.describeCell(criterion, clinic, view.strings, view.locale);
    const value = view.marks.get(criterion)?.has(clinic.name) ? this.renderMarked(text, view.strings) : text;
    const lifetime = criterion === 'length' && clinic.guarantee?.length === 'lifetime';
    const record = criterion === 'trackRecord' ? clinic.trackRecord : undefined;
    if (!lifetime && !record?.note && !record?.source) return value;
    return html`${value}${lifetime ? this.renderLifetimeConditions(clinic, view.strings) : nothing}${record ? this.renderTrackRecordDetail(record, view.strings) : nothing}`;
  }

  // A lifetime term is only as good as its conditions and the clinic's survival, so both stand beside it.
  private renderLifetimeConditions(clinic: Clinic, strings: Strings) {
    const conditions = clinic.guarantee?.conditions;
    // The conditions are data, often in another language than the widget's: a block of their own direction.
    const terms = conditions?.length
      ? html`<span class="lifetime-conditions">${strings.lifetimeConditions}</span> <span class="lifetime-conditions" dir="auto">${conditions.join('; ')}</span>`
      : html`<span class="lifetime-conditions">${strings.lifetimeNoConditions}</span>`;
    return html`${terms} <span class="lifetime-conditions lifetime-caution">${strings.lifetimeCaution}</span>`;
  }

  private renderTrackRecordDetail(record: NonNullable<Clinic['trackRecord']>, strings: Strings) {
    return html`${record.note ? html`<span class="detail" dir="auto">${record.note}</span>` : nothing}
    ${record.source ? html`<a class="detail" href=${record.source}>${strings.source}</a>` : nothing}`;
  }

  private renderVerified(clinic: Clinic, view: View): TemplateResult | string {
    const date = clinic.verified ? formatDate(clinic.verified, view.locale) : view.strings.notStated;
    if (!isStale(clinic, view.now, view.config?.staleAfterMonths)) return date;
    return html`${date} <span class="stale" part="stale"><span aria-hidden="true">⚠</span> ${view.strings.stale}</span>`;
  }

}

/**
 * How far the scroller must move so that `target` is wholly in view: not under the sticky header row or
 * clinic column (Shift+Tab back along the header row would otherwise stop on buttons hidden beneath them),
 * and not cut off at the far edge under its shadow (Tab forward).
 */
function clearOfStickyCells(scroller: HTMLElement, target: HTMLElement): ScrollToOptions {
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

/** Marks on the scroller's frame which edges hide more of the table: `data-more-start`, `data-more-end`. */
function markScrollEdges(scroller: HTMLElement): void {
  const frame = scroller.parentElement!;
  const travelled = Math.abs(scroller.scrollLeft);
  const room = scroller.scrollWidth - scroller.clientWidth;
  frame.toggleAttribute('data-more-start', travelled > 1);
  frame.toggleAttribute('data-more-end', room - travelled > 1);
  const corner = scroller.querySelector('thead th:first-child')?.getBoundingClientRect();
  frame.style.setProperty('--_sticky-inline', `${corner?.width ?? 0}px`);
}
