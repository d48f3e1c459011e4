import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { RovingController } from '../../core/roving.js';
import { addressWith, clearFragment, copyText, printAlone } from '../../core/share.js';
import { announceStorageChange, watchStorage, type SafeStorage } from '../../core/storage.js';
import { fill, type Locale } from '../../core/strings.js';
import { WidthController } from '../../core/width.js';
import { itemIds, type ChecklistContent } from '../clinic-checklist.model.js';
import {
  addClinic,
  MAX_CLINICS,
  removeClinic,
  restoreClinic,
  restoreShortlist,
  sameShortlist,
  SHORTLIST_VERSION,
  shortlistKey,
  startShortlist,
  tickFor,
  updateClinic,
  type AddProblem,
  type Shortlist,
  type ShortlistClinic,
} from './shortlist.model.js';
import { questionsText } from './shortlist.questions.js';
import { readShare, shareFragment } from './shortlist.share.js';
import type { ShortlistStrings } from './shortlist.strings.js';
import { shortlistView, type ShortlistActions } from './shortlist.view.js';

/** `detail` of `smp-shortlist-change`: each clinic on the reader's shortlist with the ids ticked for it (notes stay private). */
export interface ShortlistChangeDetail {
  clinics: { name: string; checked: string[] }[];
  total: number;
}

/** `detail` of `smp-shortlist-questions`: which clinic's questions the reader copied, printed or opened as an email draft. */
export interface ShortlistQuestionsDetail {
  clinic: string;
  action: 'copy' | 'print' | 'email';
  /** How many questions it held (for an email draft, how many fitted). */
  questions: number;
}

/** What "Undo" puts back: a removed clinic, or one clinic's cleared ticks. */
type ShortlistUndo = { kind: 'removed'; removed: { clinic: ShortlistClinic; index: number } } | { kind: 'cleared'; index: number; ticks: string[] };

/** What the controller needs of its checklist. */
export interface ShortlistHost extends ReactiveControllerHost, HTMLElement {
  readonly storage: SafeStorage;
  readonly checkedIds: string[];
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What the controller tells its checklist, which fires the events. */
export interface ShortlistReport {
  /** The shortlist changed: the element fires `smp-shortlist-change`. */
  changed(detail: ShortlistChangeDetail): void;
  /** Whether the last save worked, for the checklist's storage note. */
  saved(works: boolean): void;
  /** The reader copied, printed or mailed a clinic's questions: the element fires `smp-shortlist-questions`. */
  questions(detail: ShortlistQuestionsDetail): void;
}

/**
 * The reader's shortlist: the clinics, their ticks and notes, saved and kept in step with other widgets and
 * tabs, with undo for removing a clinic or clearing its ticks, shared by link; and its part of the checklist's render.
 */
export class ShortlistController implements ReactiveController {
  #shortlist: Shortlist = { clinics: [] };
  #undo: ShortlistUndo | undefined;
  #notice = '';
  #checklist: ChecklistContent | undefined;
  #stopWatching: (() => void) | undefined;
  #shown = 0;
  #asking: number | undefined;
  /** Where share links point: the fragment's key is namespaced by this id. */
  #shareId = '';
  #shareNotes = false;
  #offer: Shortlist | undefined;
  #failedLink: string | undefined;
  readonly #width: WidthController;
  readonly #grid: RovingController;
  readonly #host: ShortlistHost;
  readonly #report: ShortlistReport;


  constructor(host: ShortlistHost, report: ShortlistReport, ) {
    this.#host = host;
    this.#report = report;
    host.addController(this);
    this.#width = new WidthController(host);
    this.#grid = new RovingController(host, {
      size: () => ({ rows: this.#checklist ? itemIds(this.#checklist.sections).length : 0, cols: this.#shortlist.clinics.length }),
      focus: ({ row, col }) => this.#host.renderRoot.querySelector<HTMLInputElement>(`#cell-${row}-${col}`)?.focus(),
    });
  }

  hostConnected(): void {
    if (this.#checklist) this.#watch(this.#checklist);
  }

  hostDisconnected(): void {
    this.#stopWatching?.();
    this.#stopWatching = undefined;
  }

  /** For a changed config: the stored shortlist, else one from the site's presets (the single list's ticks go to the first). */
  configure(checklist: ChecklistContent, presets: readonly string[] | undefined, shareId: string): void {
    this.#checklist = checklist;
    const stored = this.#stored(checklist);
    this.#shortlist = stored ?? startShortlist(presets, this.#host.checkedIds);
    this.#undo = undefined;
    this.#shareId = shareId;
    if (this.#host.isConnected) this.#watch(checklist);
    this.#openSharedLink(checklist, stored);
  }

  /** The shortlist's part of the checklist. */
  render(checklist: ChecklistContent, strings: ShortlistStrings, locale: Locale) {
    const view = {
      checklist,
      shortlist: this.#shortlist,
      strings,
      locale,
      notice: this.#notice,
      canUndo: Boolean(this.#undo),
      offer: this.#offer,
      asking: this.#asking,
      shown: this.#shown,
      shareNotes: this.#shareNotes,
      failedLink: this.#failedLink,
      width: this.#width,
      grid: this.#grid,
    };
    return shortlistView(view, this.#actions(strings, locale));
  }

  /** The reader's actions, worded in the strings of this render. */
  #actions(strings: ShortlistStrings, locale: Locale): ShortlistActions {
    return {
      addClinic: (event) => this.#onAddClinic(event, strings, locale),
      tick: (index, itemId, on, row) => this.#onTick(index, itemId, on, row),
      clearClinic: (index) => this.#onClearClinic(index, strings),
      removeClinic: (index) => void this.#onRemoveClinic(index, strings),
      openQuestions: (index) => void this.#openQuestions(index),
      closeQuestions: () => this.#redraw(() => (this.#asking = undefined)),
      copyQuestions: (clinic, heading, questions) => void this.#onCopyQuestions(clinic, heading, questions, strings),
      printQuestions: (clinic, questions) => this.#onPrintQuestions(clinic, questions),
      emailed: (clinic, questions) => this.#report.questions({ clinic, action: 'email', questions }),
      undo: () => this.#onUndo(strings),
      note: (index, note) => this.#setShortlist(updateClinic(this.#shortlist, index, (entry) => ({ ...entry, note }))),
      show: (index) => this.#redraw(() => (this.#shown = index)),
      answerOffer: (replace) => this.#answerOffer(replace, strings),
      shareNotes: (on) => this.#redraw(() => (this.#shareNotes = on)),
      copyLink: () => void this.#onCopyLink(strings),
    };
  }

  /** Changes what the view shows, and renders it again. */
  #redraw(change: () => void): void {
    change();
    this.#host.requestUpdate();
  }

  /**
   * A link with a shortlist in its fragment: the fragment leaves the address at once; the shortlist replaces the
   * reader's own only when they have none (or the same), else the widget asks first.
   */
  #openSharedLink(checklist: ChecklistContent, own: Shortlist | undefined): void {
    if (isServer) return;
    const shared = readShare(location.hash, this.#shareId, itemIds(checklist.sections));
    if (!shared) return;
    clearFragment();
    if (own?.clinics.length && !sameShortlist(own, shared)) {
      this.#offer = shared;
      return;
    }
    // Saved once the widget's first update is done, so the page hears of it like any other change.
    void this.#host.updateComplete.then(() => this.#setShortlist(shared, ''));
  }

  #answerOffer(replace: boolean, strings: ShortlistStrings): void {
    const shared = this.#offer;
    this.#offer = undefined;
    if (replace && shared) this.#setShortlist(shared, strings.sharedApplied);
    else this.#host.requestUpdate();
  }

  async #onCopyLink(strings: ShortlistStrings): Promise<void> {
    const link = addressWith(shareFragment(this.#shareId, this.#shortlist, this.#shareNotes));
    this.#notice = '';
    this.#failedLink = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const copied = await copyText(link);
    this.#notice = copied ? strings.shareCopied : strings.linkCopyFailed;
    this.#failedLink = copied ? undefined : link;
    this.#host.requestUpdate();
  }

  #stored(checklist: ChecklistContent): Shortlist | undefined {
    if (!checklist.persist) return undefined;
    return restoreShortlist(this.#host.storage.read(shortlistKey(checklist.storageId), SHORTLIST_VERSION), itemIds(checklist.sections));
  }

  #watch(checklist: ChecklistContent): void {
    this.#stopWatching?.();
    this.#stopWatching = checklist.persist
      ? watchStorage(shortlistKey(checklist.storageId), this.#host, () => {
          this.#shortlist = this.#stored(checklist) ?? this.#shortlist;
          this.#undo = undefined;
          this.#host.requestUpdate();
        })
      : undefined;
  }

  /** Keeps the shortlist, saves it and tells the page. */
  #setShortlist(next: Shortlist, notice = ''): void {
    const checklist = this.#checklist;
    if (!checklist) return;
    this.#shortlist = next;
    this.#notice = notice;
    this.#host.requestUpdate();
    if (checklist.persist) {
      const key = shortlistKey(checklist.storageId);
      this.#report.saved(this.#host.storage.write(key, SHORTLIST_VERSION, next));
      announceStorageChange(key, this.#host);
    }
    this.#report.changed({ clinics: next.clinics.map(({ name, checked }) => ({ name, checked })), total: itemIds(checklist.sections).length });
  }

  #onAddClinic(event: SubmitEvent, strings: ShortlistStrings, locale: Locale): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('clinic') as HTMLInputElement;
    const added = addClinic(this.#shortlist, input.value, this.#host.checkedIds);
    if ('problem' in added) {
      this.#redraw(() => (this.#notice = this.#addProblemText(added.problem, input.value, strings, locale)));
      input.focus();
      return;
    }
    const name = added.shortlist.clinics.at(-1)!.name;
    this.#undo = undefined;
    this.#setShortlist(added.shortlist, fill(strings.added, { name }));
    input.value = '';
  }

  #addProblemText(problem: AddProblem, name: string, strings: ShortlistStrings, locale: Locale): string {
    if (problem === 'noName') return strings.noName;
    if (problem === 'sameName') return fill(strings.sameName, { name: name.trim() });
    return fill(strings.full, { max: MAX_CLINICS }, locale);
  }

  #onTick(index: number, itemId: string, on: boolean, row: number): void {
    if (!this.#checklist) return;
    this.#grid.moveTo({ row, col: index });
    this.#undo = undefined;
    this.#setShortlist(tickFor(this.#shortlist, index, itemId, on, itemIds(this.#checklist.sections)));
  }

  async #onRemoveClinic(index: number, strings: ShortlistStrings): Promise<void> {
    const { shortlist, removed } = removeClinic(this.#shortlist, index);
    this.#undo = { kind: 'removed', removed };
    this.#setShortlist(shortlist, fill(strings.removed, { clinic: removed.clinic.name }));
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLButtonElement>('.shortlist-undo')?.focus();
  }

  #onClearClinic(index: number, strings: ShortlistStrings): void {
    const clinic = this.#shortlist.clinics[index];
    if (!clinic) return;
    this.#undo = { kind: 'cleared', index, ticks: clinic.checked };
    this.#setShortlist(updateClinic(this.#shortlist, index, (entry) => ({ ...entry, checked: [] })), fill(strings.clinicCleared, { clinic: clinic.name }));
  }

  #onUndo(strings: ShortlistStrings): void {
    const undo = this.#undo;
    if (!undo) return;
    this.#undo = undefined;
    if (undo.kind === 'removed') {
      this.#setShortlist(restoreClinic(this.#shortlist, undo.removed), fill(strings.clinicRestored, { clinic: undo.removed.clinic.name }));
    } else {
      const name = this.#shortlist.clinics[undo.index]?.name ?? '';
      this.#setShortlist(updateClinic(this.#shortlist, undo.index, (entry) => ({ ...entry, checked: undo.ticks })), fill(strings.clinicRestored, { clinic: name }));
    }
  }

  async #openQuestions(index: number): Promise<void> {
    this.#redraw(() => (this.#asking = index));
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>('.questions')?.focus();
  }

  async #onCopyQuestions(clinic: string, heading: string, questions: string[], strings: ShortlistStrings): Promise<void> {
    this.#redraw(() => (this.#notice = ''));
    await this.#host.updateComplete;
    const copied = await copyText(questionsText(heading, questions));
    this.#notice = copied ? strings.questionsCopied : strings.copyFailed;
    if (copied) this.#report.questions({ clinic, action: 'copy', questions: questions.length });
    this.#host.requestUpdate();
  }

  // Printing shows the questions alone within the widget (see the print styles).
  #onPrintQuestions(clinic: string, questions: number): void {
    this.#report.questions({ clinic, action: 'print', questions });
    printAlone(this.#host);
  }
}
