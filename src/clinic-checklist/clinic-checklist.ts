import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SmpElement } from '../core/base-element.js';
import type { WidgetParts } from '../core/config-controller.js';
import { checkedProp } from '../core/checked.js';
import { linkId } from '../core/links.js';
import { announceStorageChange, openStorage, watchStorage, type SafeStorage } from '../core/storage.js';
import { disclaimerNote, fill, type Locale } from '../core/strings.js';
import { errorPanelStyles, hostStyles } from '../core/styles.js';
import {
  itemIds,
  needsBuiltIn,
  percentChecked,
  pickBand,
  checklistContent,
  restoreChecked,
  STORAGE_VERSION,
  storageKey,
  summaryText,
  type BuiltInChecklist,
  type ChecklistContent,
} from './clinic-checklist.model.js';
import type { checklistConfigSchema, ChecklistConfig, ChecklistItem } from './clinic-checklist.schema.js';
import { NARROW_BELOW } from './clinic-checklist.vocab.js';
import { checklistStrings, type ChecklistStringKey } from './clinic-checklist.strings.js';
import { checklistStyles } from './clinic-checklist.styles.js';
import { shortlistSheet } from './shortlist/shortlist.sheet.js';
import type * as ShortlistPart from './clinic-checklist.shortlist.js';
import type { ShortlistChangeDetail, ShortlistController, ShortlistQuestionsDetail } from './clinic-checklist.shortlist.js';

/** `detail` of `smp-checklist-change`: the ids ticked now, in list order, and how many items there are. */
export interface ChecklistChangeDetail {
  checked: string[];
  total: number;
}

export type { ShortlistChangeDetail, ShortlistQuestionsDetail };

/** The checklist's events, by name, with their `detail`. */
export interface ChecklistEvents {
  'smp-checklist-change': ChecklistChangeDetail;
  'smp-shortlist-change': ShortlistChangeDetail;
  'smp-shortlist-questions': ShortlistQuestionsDetail;
}

type Strings = Record<ChecklistStringKey, string>;
type Status = '' | 'copied' | 'copyFailed' | 'resetDone' | 'undoDone' | 'nothingToClear';

/**
 * A due-diligence checklist for someone choosing an SMP clinic: sections of items to tick, progress,
 * a summary band, reset and copy. Works with no config (built-in content); ticks persist in localStorage.
 *
 * @tagname smp-clinic-checklist
 * @summary The due-diligence checklist a patient ticks through before choosing an SMP clinic.
 *
 * The attributes, parts and custom properties every widget has (`config`, `src`, `locale`, `theme`; `base`,
 * `error`, `loading`; the `--smp-…` theme) are documented once, on SmpElement (src/core/base-element.ts).
 *
 * @fires smp-checklist-change - When a tick changes or the list is cleared. `detail: { checked: string[], total: number }`.
 * @fires smp-shortlist-change - In shortlist mode, when a clinic is added or removed or its ticks change. `detail: { clinics: { name, checked }[], total }`.
 * @fires smp-shortlist-questions - In shortlist mode, when the reader copies, prints or opens an email draft of a clinic's questions. `detail: { clinic, action, questions }`.
 *
 * @csspart header - Title and intro.
 * @csspart title - The checklist's title.
 * @csspart progress - The progress text, bar and summary band.
 * @csspart section - One group of items.
 * @csspart item - One item: checkbox, label and detail.
 * @csspart actions - The clear, undo and copy buttons.
 * @csspart disclaimer - The "general information" note.
 * @csspart shortlist - Shortlist mode: the form to add a clinic, the table of points by clinic and the notes.
 * @csspart questions - Shortlist mode: one clinic's questions to ask, with copy, print and email.
 *
 * @cssprop --smp-color-surface - Background of progress and checked items.
 * @cssprop --smp-color-accent - Links, buttons, checkboxes.
 */
export class SmpClinicChecklist extends SmpElement<typeof checklistConfigSchema, ChecklistEvents, BuiltInChecklist, ChecklistContent> {
  /** Shortlist mode's sheet is among them, empty until the mode's chunk loads and fills it (shortlist/shortlist.sheet.ts). */
  static override styles = [hostStyles, errorPanelStyles, checklistStyles, shortlistSheet];
  /** Shortlist mode shows one clinic at a time below this width; pre-rendered styles switch at the same width. */
  static override readonly narrowBelow = NARROW_BELOW;
  /** @internal Shortlist mode (`config.shortlist`) is a chunk of its own, imported only when the mode is on. */
  static override readonly parts: WidgetParts<typeof checklistConfigSchema, BuiltInChecklist, ChecklistContent> = {
    schema: () => import('./clinic-checklist.schema.js').then((module) => module.checklistConfigSchema),
    builtIn: () => import('./clinic-checklist.built-in.js'),
    modes: { shortlist: () => import('./clinic-checklist.shortlist.js') },
    needs: (config) => [...(needsBuiltIn(config) ? ['builtIn'] : []), ...(config?.shortlist ? ['shortlist'] : [])],
    content: checklistContent,
  };

  static override properties: PropertyDeclarations = {
    checked: { state: true },
    status: { state: true },
    storageWorks: { state: true },
    cleared: { state: true },
  };

  /** Where ticks are kept; replaceable so tests (and embedders) can supply their own. */
  storage: SafeStorage = openStorage();

  declare private checked: ReadonlySet<string>;
  declare private status: Status;
  declare private storageWorks: boolean;
  /** The ticks before "Clear all ticks", offered back by "Undo" until the reader ticks again. */
  declare private cleared: ReadonlySet<string> | undefined;
  #stopWatching: (() => void) | undefined;
  /** Shortlist mode (`config.shortlist`): its code is a chunk of its own, imported only when the mode is on. */
  #shortlist: ShortlistController | undefined;

  constructor() {
    super();
    this.checked = new Set();
    this.status = '';
    this.cleared = undefined;
    this.storageWorks = true;
  }

  /** Ids of the ticked items, in list order. */
  get checkedIds(): string[] {
    return this.content ? itemIds(this.content.sections).filter((id) => this.checked.has(id)) : [];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Reconnected (moved in the page): watch again.
    if (this.content) this.#watch(this.content);
  }

  /** Two checklists with the same id on one page show one list: a tick in either appears in both. */
  #watch(checklist: ChecklistContent): void {
    this.#stopWatching?.();
    this.#stopWatching = checklist.persist ? watchStorage(storageKey(checklist.storageId), this, () => this.#restore(checklist)) : undefined;
  }

  #restore(checklist: ChecklistContent): void {
    const ids = itemIds(checklist.sections);
    this.checked = new Set(restoreChecked(this.storage.read(storageKey(checklist.storageId), STORAGE_VERSION), ids));
    this.cleared = undefined;
  }

  #configureShortlist(checklist: ChecklistContent, config: ChecklistConfig | undefined): void {
    const part = config?.shortlist && this.loadedMode<typeof ShortlistPart>('shortlist');
    if (!part) {
      if (this.#shortlist) this.removeController(this.#shortlist);
      this.#shortlist?.hostDisconnected();
      this.#shortlist = undefined;
      return;
    }
    this.#shortlist ??= new part.ShortlistController(this, {
      changed: (detail) => this.emit('smp-shortlist-change', detail),
      saved: (works) => (this.storageWorks = works),
      questions: (detail) => this.emit('smp-shortlist-questions', detail),
    });
    // Share links are namespaced by the element's id, else by the checklist's storage id.
    this.#shortlist.configure(checklist, config.shortlist!.clinics, linkId(this) || checklist.storageId);
  }

  protected override configChanged(config: ChecklistConfig | undefined): void {
    const checklist = this.content!;
    // A server has no storage to read: the reader's ticks are applied when the script takes over.
    if (checklist.persist && !isServer) this.#restore(checklist);
    else this.checked = new Set(restoreChecked([...this.checked], itemIds(checklist.sections)));
    this.#configureShortlist(checklist, config);
    // A server has no storage, but the reader's browser usually has: pre-rendered, the note says ticks are kept.
    this.storageWorks = !checklist.persist || isServer || this.storage.works();
    this.status = '';
    this.cleared = undefined;
    if (this.isConnected) this.#watch(checklist);
  }

  #setChecked(next: ReadonlySet<string>, status: Status = ''): void {
    const checklist = this.content;
    if (!checklist) return;
    this.checked = next;
    this.status = status;
    if (checklist.persist) {
      const key = storageKey(checklist.storageId);
      this.storageWorks = this.storage.write(key, STORAGE_VERSION, this.checkedIds);
      announceStorageChange(key, this);
    }
    this.emit('smp-checklist-change', { checked: this.checkedIds, total: itemIds(checklist.sections).length });
  }

  #onToggle(event: Event): void {
    const box = event.target as HTMLInputElement;
    const next = new Set(this.checked);
    if (box.checked) next.add(box.value);
    else next.delete(box.value);
    this.cleared = undefined;
    this.#setChecked(next);
  }

  // Clearing is one tap, so it can be undone; the status line says so.
  async #onReset(): Promise<void> {
    this.status = '';
    if (this.checked.size === 0) {
      await this.updateComplete;
      this.status = 'nothingToClear';
      return;
    }
    this.cleared = this.checked;
    await this.updateComplete;
    this.#setChecked(new Set(), 'resetDone');
  }

  async #onUndo(): Promise<void> {
    const ticks = this.cleared;
    if (!ticks) return;
    this.cleared = undefined;
    this.#setChecked(ticks, 'undoDone');
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.reset')?.focus();
  }

  async #onCopy(strings: Strings, note: string): Promise<void> {
    if (!this.content) return;
    const text = summaryText({ checklist: this.content, checked: this.checked, strings, note, locale: this.resolvedLocale });
    // Clear first, so a second copy is announced again.
    this.status = '';
    await this.updateComplete;
    try {
      await navigator.clipboard.writeText(text);
      this.status = 'copied';
    } catch {
      this.status = 'copyFailed';
    }
  }

  protected renderContent(config: ChecklistConfig | undefined, locale: Locale): TemplateResult {
    const checklist = this.content!;
    const strings = this.localStrings(checklistStrings, 'clinic-checklist', config?.strings);
    const note = disclaimerNote(strings.generalInformation, config?.strings?.disclaimer);
    return html`
      <section class="widget checklist" aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${checklist.title}</h2>
          ${checklist.intro ? html`<p class="intro">${checklist.intro}</p>` : nothing}
        </header>
        ${this.#shortlist ? this.#shortlist.render(checklist, { ...strings, ...this.#shortlistStrings(config) }, locale) : this.#renderSingle(checklist, strings, note, locale)}
        <footer>
          ${checklist.persist ? html`<p class="note">${this.storageWorks ? strings.savedHere : strings.storageOff}</p>` : nothing}
          <p class="note disclaimer" part="disclaimer">${note}</p>
        </footer>
      </section>
    `;
  }

  #shortlistStrings(config: ChecklistConfig | undefined) {
    return this.localStrings(this.loadedMode<typeof ShortlistPart>('shortlist')!.shortlistStrings, 'clinic-checklist', config?.strings);
  }

  #renderSingle(checklist: ChecklistContent, strings: Strings, note: string, locale: Locale) {
    const total = itemIds(checklist.sections).length;
    const count = this.checkedIds.length;
    const band = pickBand(checklist.bands, percentChecked(count, total));
    return html`
        <div class="progress" part="progress">
          <p class="progress-text" id="progress-text" aria-live=${this.status ? 'off' : 'polite'}>${fill(strings.progress, { checked: count, total }, locale)}</p>
          <progress max=${total} value=${count} aria-hidden="true"></progress>
          ${band
            ? html`<p class="band"><span class="band-label">${band.label}</span>${band.message ? html` – ${band.message}` : nothing}</p>`
            : nothing}
        </div>
        <div class="sections">${checklist.sections.map((section, s) => this.#renderSection(section, s, strings))}</div>
        <div class="actions" part="actions">
          <button type="button" class="reset" @click=${() => this.#onReset()}>${strings.reset}</button>
          ${this.cleared ? html`<button type="button" class="undo" @click=${() => this.#onUndo()}>${strings.undo}</button>` : nothing}
          <button type="button" class="primary" @click=${() => this.#onCopy(strings, note)}>${strings.copy}</button>
        </div>
        <p class="status" role="status">${this.status ? strings[this.status] : ''}</p>
    `;
  }

  #renderSection(section: ChecklistContent['sections'][number], index: number, strings: Strings) {
    return html`
      <fieldset part="section">
        <legend dir="auto">${section.title}</legend>
        ${section.intro ? html`<p class="section-intro">${section.intro}</p>` : nothing}
        <ul>
          ${section.items.map((item) => this.#renderItem(item, `s${index}`, strings))}
        </ul>
      </fieldset>
    `;
  }

  #renderItem(item: ChecklistItem, prefix: string, strings: Strings) {
    const id = `${prefix}-${item.id}`;
    const checked = this.checked.has(item.id);
    return html`
      <li class=${checked ? 'item checked' : 'item'} part="item">
        <input type="checkbox" id=${id} .value=${item.id} .checked=${checkedProp(checked)} @change=${this.#onToggle} />
        <label for=${id} id=${`${id}-label`} dir="auto">${item.label}</label>
        ${item.detail
          ? html`<details>
              <summary aria-describedby=${`${id}-label`}>${strings.detailToggle}</summary>
              <p>${item.detail}</p>
            </details>`
          : nothing}
      </li>
    `;
  }
}
