import { adoptStyles, css, html, isServer, nothing, type LitElement, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { checkedProp } from '../core/checked.js';
import { MAX_LENGTH } from '../core/limits.js';
import { addressWith, clearFragment, copyText, linkField, linkFieldStyles, printAlone } from '../core/share.js';
import { announceStorageChange, watchStorage, type SafeStorage } from '../core/storage.js';
import { fill, type Locale, type StringTable } from '../core/strings.js';
import { fillCount } from '../core/plural.js';
import { byWidth, WidthController } from '../core/width.js';
import { itemIds, restoreChecked, storageKey, type ChecklistContent } from './clinic-checklist.logic.js';
import { NARROW_BELOW } from './clinic-checklist.vocab.js';
import type { ChecklistSection, ShortlistStringKey } from './clinic-checklist.schema.js';

// Shortlist mode of <smp-clinic-checklist> (config.shortlist): its own chunk, imported only by a checklist
// that has the mode on, so a page with a plain checklist never fetches it.

/** The most clinics a shortlist holds. */
export const MAX_CLINICS = 4;
/** Bump when the stored shortlist changes shape; entries of other versions are ignored. */
export const SHORTLIST_VERSION = 1;

export interface ShortlistClinic {
  name: string;
  /** Ids of the items ticked for this clinic, in list order. */
  checked: string[];
  /** The reader's own note on the clinic. */
  note: string;
}
export interface Shortlist {
  clinics: ShortlistClinic[];
}

/** Stored beside the single list's ticks, under the same checklist id. */
export function shortlistKey(checklistId: string): string {
  return `${storageKey(checklistId)}:shortlist`;
}

/** Two clinic names are the same clinic whatever their case and surrounding spaces. */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A shortlist read back from storage: malformed clinics are dropped, repeated names and clinics beyond
 * the fourth too, and ticks of items no longer in the list are pruned. Undefined when nothing usable is stored.
 */
export function restoreShortlist(stored: unknown, ids: readonly string[]): Shortlist | undefined {
  const clinics = typeof stored === 'object' && stored !== null && Array.isArray((stored as Shortlist).clinics) ? (stored as Shortlist).clinics : undefined;
  if (!clinics) return undefined;
  const kept: ShortlistClinic[] = [];
  for (const clinic of clinics as unknown[]) {
    const { name, checked, note } = (clinic ?? {}) as Partial<Record<keyof ShortlistClinic, unknown>>;
    if (typeof name !== 'string' || !name.trim() || kept.some((other) => sameName(other.name, name)) || kept.length === MAX_CLINICS) continue;
    kept.push({ name: name.trim(), checked: restoreChecked(checked, ids), note: typeof note === 'string' ? note : '' });
  }
  return { clinics: kept };
}

/**
 * The shortlist a reader starts with: the clinics the site presets (the first four, each name once). Ticks the
 * reader already has in the single list carry over to the first clinic, when it is added.
 */
export function startShortlist(presets: readonly string[] | undefined, singleTicks: readonly string[]): Shortlist {
  let list: Shortlist = { clinics: [] };
  for (const name of presets ?? []) {
    const added = addClinic(list, name, singleTicks);
    if ('shortlist' in added) list = added.shortlist;
  }
  return list;
}

/** Why a clinic could not be added. */
export type AddProblem = 'noName' | 'sameName' | 'full';

/** The shortlist with one more clinic; the first clinic added takes `carried` ticks (the single list's). */
export function addClinic(list: Shortlist, name: string, carried: readonly string[] = []): { shortlist: Shortlist } | { problem: AddProblem } {
  const trimmed = name.trim();
  if (!trimmed) return { problem: 'noName' };
  if (list.clinics.some((clinic) => sameName(clinic.name, trimmed))) return { problem: 'sameName' };
  if (list.clinics.length >= MAX_CLINICS) return { problem: 'full' };
  const checked = list.clinics.length === 0 ? [...carried] : [];
  return { shortlist: { clinics: [...list.clinics, { name: trimmed, checked, note: '' }] } };
}

/** The shortlist with one clinic changed by `change`. */
export function updateClinic(list: Shortlist, index: number, change: (clinic: ShortlistClinic) => ShortlistClinic): Shortlist {
  return { clinics: list.clinics.map((clinic, i) => (i === index ? change(clinic) : clinic)) };
}

/** One item ticked or unticked for one clinic; ticks stay in list order. */
export function tickFor(list: Shortlist, index: number, itemId: string, on: boolean, ids: readonly string[]): Shortlist {
  return updateClinic(list, index, (clinic) => {
    const ticked = new Set(clinic.checked);
    if (on) ticked.add(itemId);
    else ticked.delete(itemId);
    return { ...clinic, checked: ids.filter((id) => ticked.has(id)) };
  });
}

/** The shortlist without the clinic at `index`, and what is needed to put it back. */
export function removeClinic(list: Shortlist, index: number): { shortlist: Shortlist; removed: { clinic: ShortlistClinic; index: number } } {
  return { shortlist: { clinics: list.clinics.filter((_, i) => i !== index) }, removed: { clinic: list.clinics[index]!, index } };
}

/** A removed clinic back in its place (undo), unless its name was added again meanwhile or the list is full. */
export function restoreClinic(list: Shortlist, removed: { clinic: ShortlistClinic; index: number }): Shortlist {
  if (list.clinics.length >= MAX_CLINICS || list.clinics.some((clinic) => sameName(clinic.name, removed.clinic.name))) return list;
  const clinics = [...list.clinics];
  clinics.splice(Math.min(removed.index, clinics.length), 0, removed.clinic);
  return { clinics };
}

/** The items not yet ticked for a clinic, in list order. */
export function stillOpen(clinic: ShortlistClinic, sections: readonly ChecklistSection[]): ChecklistSection['items'] {
  const ticked = new Set(clinic.checked);
  return sections.flatMap((section) => section.items.filter((item) => !ticked.has(item.id)));
}

/**
 * Where focus goes in the shortlist's grid of boxes (rows of items, a column per clinic): arrows move one
 * step and stop at the edges, Home and End go to the row's ends, Ctrl+Home and Ctrl+End to the grid's corners.
 * In a right-to-left widget the left arrow moves forward. Undefined for other keys.
 */
export function cellAfterKey(
  key: string,
  { row, col }: { row: number; col: number },
  { rows, cols }: { rows: number; cols: number },
  { rtl = false, ctrl = false }: { rtl?: boolean; ctrl?: boolean } = {},
): { row: number; col: number } | undefined {
  const clamp = (value: number, count: number) => Math.max(0, Math.min(count - 1, value));
  const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
  const back = rtl ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return { row, col: clamp(col + 1, cols) };
  if (key === back) return { row, col: clamp(col - 1, cols) };
  if (key === 'ArrowDown') return { row: clamp(row + 1, rows), col };
  if (key === 'ArrowUp') return { row: clamp(row - 1, rows), col };
  if (key === 'Home') return ctrl ? { row: 0, col: 0 } : { row, col: 0 };
  if (key === 'End') return ctrl ? { row: rows - 1, col: cols - 1 } : { row, col: cols - 1 };
  return undefined;
}

/** The sections with each item's row in the shortlist's grid (0 for the first item of the first section). */
export function numberedSections(sections: readonly ChecklistSection[]): { title: string; items: { item: ChecklistSection['items'][number]; row: number }[] }[] {
  let row = 0;
  return sections.map((section) => ({ title: section.title, items: section.items.map((item) => ({ item, row: row++ })) }));
}

// ---- Questions to ask: the points still open for a clinic ----

/** The longest `mailto:` address the email draft makes: longer ones fail in some mail programs and browsers. */
export const MAILTO_LIMIT = 2000;

/** The points not ticked yet for a clinic, as questions: an item's own question, else `askAbout` worded from its label. */
export function questionsFor(clinic: ShortlistClinic, sections: readonly ChecklistSection[], askAbout: string): string[] {
  return stillOpen(clinic, sections).map((item) => item.question ?? fill(askAbout, { item: item.label }));
}

/** The questions as plain text, for copying: the heading, then one numbered question a line. */
export function questionsText(heading: string, questions: readonly string[]): string {
  return [heading, '', ...questions.map((question, index) => `${index + 1}. ${question}`)].join('\n');
}

/**
 * An email draft of the questions (`mailto:` with a subject and a body), the whole address at most `limit`
 * characters: questions that do not fit are left out whole, from the end, and a last line (`more`) says how many.
 */
export function mailtoDraft(
  { subject, intro, questions, more }: { subject: string; intro: string; questions: readonly string[]; more: (count: number) => string },
  limit = MAILTO_LIMIT,
): { href: string; included: number } {
  const draft = (count: number) => {
    const lines = [intro, '', ...questions.slice(0, count).map((question, index) => `${index + 1}. ${question}`)];
    if (count < questions.length) lines.push('', more(questions.length - count));
    return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
  };
  for (let count = questions.length; count > 0; count--) {
    const href = draft(count);
    if (href.length <= limit) return { href, included: count };
  }
  return { href: draft(0), included: 0 };
}

// ---- Sharing a shortlist in the address's fragment, which browsers never send to a server ----

/** The fragment's key for one checklist: its own prefix and id, apart from view links (`#id/view`) and hash routers. */
export function shareKey(id: string): string {
  return `smp-shortlist:${id}=`;
}

const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)));

/** The fragment that carries a shortlist: the clinics and their ticks, and their notes only when the reader chose to. */
export function shareFragment(id: string, list: Shortlist, withNotes: boolean): string {
  const clinics = list.clinics.map((clinic) => ({ name: clinic.name, checked: clinic.checked, note: withNotes ? clinic.note : '' }));
  return `#${shareKey(id)}${toBase64Url(JSON.stringify({ version: SHORTLIST_VERSION, clinics }))}`;
}

/** The shortlist a fragment carries for this checklist, checked like stored state; undefined when there is none. */
export function readShare(hash: string, id: string, ids: readonly string[]): Shortlist | undefined {
  const prefix = `#${shareKey(id)}`;
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const shared = JSON.parse(fromBase64Url(hash.slice(prefix.length))) as { version?: unknown };
    return shared.version === SHORTLIST_VERSION ? restoreShortlist(shared, ids) : undefined;
  } catch {
    return undefined;
  }
}

/** Whether two shortlists hold the same clinics, ticks and notes. */
export function sameShortlist(a: Shortlist, b: Shortlist): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Shortlist mode's UI strings (the language packs keep them in the checklist's section); `config.strings` replaces any. */
export const shortlistStrings: StringTable<ShortlistStringKey> = {
  'en-GB': {
    shortlistIntro: 'Add the two to four clinics you are considering, then tick each point for each clinic.',
    clinicName: 'Clinic name',
    addClinic: 'Add clinic',
    noName: 'Type the clinic’s name first.',
    sameName: '{name} is already on your shortlist.',
    full: 'A shortlist holds up to {max} clinics. Remove one to add another.',
    added: '{name} added to your shortlist.',
    itemHeader: 'Point to check',
    tickFor: '{item} – {clinic}',
    clinicProgress: '{checked} of {total}',
    removeClinic: 'Remove',
    removeClinicFor: 'Remove {clinic}',
    removed: '{clinic} removed. Undo puts it back.',
    clearClinic: 'Clear ticks',
    clearClinicFor: 'Clear ticks for {clinic}',
    clinicCleared: 'Ticks for {clinic} cleared. Undo brings them back.',
    clinicRestored: '{clinic} is back as it was.',
    noteFor: 'Your notes on {clinic}',
    clinicShown: 'Clinic shown',
    otherClinics: 'Your other clinics',
    questionsButton: 'Questions to ask',
    questionsButtonFor: 'Questions to ask {clinic}',
    questionsFor: 'Questions for {clinic}',
    questionsIntro: 'The points you have not ticked yet for this clinic, as questions to ask it.',
    noQuestions: 'Every point is ticked for {clinic}: nothing is left to ask.',
    // A site's label may be a statement in the first person ("I have seen healed work"): quoted, it reads well.
    askAbout: 'Can you tell me more about this point: “{item}”?',
    copyQuestions: 'Copy questions',
    questionsCopied: 'Questions copied. You can paste them into a message to the clinic.',
    printQuestions: 'Print questions',
    emailQuestions: 'Email draft',
    emailSubject: 'Questions before I decide: {clinic}',
    emailIntro: 'Hello, before I decide, I would like to ask:',
    emailMore:
      '{count, plural, one {# more question did not fit in this email; I will send it separately.} ' +
      'other {# more questions did not fit in this email; I will send them separately.}}',
    closeQuestions: 'Close',
    shareLink: 'Copy a link to this shortlist',
    shareNotes: 'Put my notes in the link too',
    shareNote: 'The link holds your clinics and what you ticked for each. Anyone you give it to can read that; it is not sent to this site.',
    shareNoteWithNotes: 'The link holds your clinics, what you ticked for each and your notes. Anyone you give it to can read them; it is not sent to this site.',
    shareCopied: 'Link copied. Opening it shows this shortlist.',
    sharedOffer: 'This link holds a shortlist ({clinics}). Replace your own shortlist with it?',
    replaceMine: 'Replace mine',
    keepMine: 'Keep mine',
    sharedApplied: 'The shared shortlist is shown now.',
    linkCopyFailed: 'This browser did not allow copying. Select the link below and copy it by hand.',
    shortlistLink: 'Link to this shortlist',
  },
  'en-US': {
    shortlistIntro: 'Add the two to four clinics you are considering, then check off each point for each clinic.',
    clearClinic: 'Clear checks',
    clearClinicFor: 'Clear checks for {clinic}',
    clinicCleared: 'Checks for {clinic} cleared. Undo brings them back.',
    questionsIntro: 'The points you have not checked off yet for this clinic, as questions to ask it.',
    noQuestions: 'Every point is checked off for {clinic}: nothing is left to ask.',
    shareNote: 'The link holds your clinics and what you checked off for each. Anyone you give it to can read that; it is not sent to this site.',
    shareNoteWithNotes: 'The link holds your clinics, what you checked off for each and your notes. Anyone you give it to can read them; it is not sent to this site.',
  },
};

type Strings = Record<ShortlistStringKey | 'undo' | 'copyFailed', string>;

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

/**
 * The reader's shortlist: the clinics, their ticks and notes, saved and kept in step with other widgets and
 * tabs, with undo for removing a clinic or clearing its ticks; and its part of the checklist's render.
 */
export class ShortlistController implements ReactiveController {
  private shortlist: Shortlist = { clinics: [] };
  private shortlistUndo: ShortlistUndo | undefined;
  /** What the last action did, in words, for the status line. */
  private notice = '';
  /** The box that takes focus from Tab: one tab stop for the whole grid. */
  private focusCell = { row: 0, col: 0 };
  private checklist: ChecklistContent | undefined;
  private stopWatching: (() => void) | undefined;
  /** Narrow: the clinic shown, by its place in the list. */
  private shown = 0;
  /** The clinic whose questions to ask are open, by its place in the list. */
  private asking: number | undefined;
  /** Where share links point: the fragment's key is namespaced by this id. */
  private shareId = '';
  private shareNotes = false;
  /** A shortlist from a shared link, waiting for the reader to say whether it replaces theirs. */
  private offer: Shortlist | undefined;
  /** A link the browser would not copy, shown for the reader to copy by hand. */
  private failedLink: string | undefined;
  private readonly width: WidthController;

  constructor(
    private readonly host: ShortlistHost,
    private readonly report: {
      /** The shortlist changed: the element fires `smp-shortlist-change`. */
      changed(detail: ShortlistChangeDetail): void;
      /** Whether the last save worked, for the checklist's storage note. */
      saved(works: boolean): void;
      /** The reader copied, printed or mailed a clinic's questions: the element fires `smp-shortlist-questions`. */
      questions(detail: ShortlistQuestionsDetail): void;
    },
  ) {
    host.addController(this);
    this.width = new WidthController(host);
    const root = host.renderRoot;
    if (!isServer && root instanceof ShadowRoot) adoptStyles(root, [...(host.constructor as typeof LitElement).elementStyles, ...shortlistStyles]);
  }

  hostConnected(): void {
    if (this.checklist) this.watch(this.checklist);
  }

  hostDisconnected(): void {
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  /** For a changed config: the stored shortlist, else one from the site's presets (the single list's ticks go to the first). */
  configure(checklist: ChecklistContent, presets: readonly string[] | undefined, shareId: string): void {
    this.checklist = checklist;
    const stored = this.stored(checklist);
    this.shortlist = stored ?? startShortlist(presets, this.host.checkedIds);
    this.shortlistUndo = undefined;
    this.shareId = shareId;
    if (this.host.isConnected) this.watch(checklist);
    this.openSharedLink(checklist, stored);
  }

  /**
   * A link with a shortlist in its fragment: the fragment leaves the address at once; the shortlist replaces the
   * reader's own only when they have none (or the same), else the widget asks first.
   */
  private openSharedLink(checklist: ChecklistContent, own: Shortlist | undefined): void {
    if (isServer) return;
    const shared = readShare(location.hash, this.shareId, itemIds(checklist.sections));
    if (!shared) return;
    clearFragment();
    if (own?.clinics.length && !sameShortlist(own, shared)) {
      this.offer = shared;
      return;
    }
    // Saved once the widget's first update is done, so the page hears of it like any other change.
    void this.host.updateComplete.then(() => this.setShortlist(shared, ''));
  }

  private answerOffer(replace: boolean, strings: Strings): void {
    const shared = this.offer;
    this.offer = undefined;
    if (replace && shared) this.setShortlist(shared, strings.sharedApplied);
    else this.host.requestUpdate();
  }

  private async onCopyLink(strings: Strings): Promise<void> {
    const link = addressWith(shareFragment(this.shareId, this.shortlist, this.shareNotes));
    this.notice = '';
    this.failedLink = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const copied = await copyText(link);
    this.notice = copied ? strings.shareCopied : strings.linkCopyFailed;
    this.failedLink = copied ? undefined : link;
    this.host.requestUpdate();
  }

  private stored(checklist: ChecklistContent): Shortlist | undefined {
    if (!checklist.persist) return undefined;
    return restoreShortlist(this.host.storage.read(shortlistKey(checklist.storageId), SHORTLIST_VERSION), itemIds(checklist.sections));
  }

  private watch(checklist: ChecklistContent): void {
    this.stopWatching?.();
    this.stopWatching = checklist.persist
      ? watchStorage(shortlistKey(checklist.storageId), this.host, () => {
          this.shortlist = this.stored(checklist) ?? this.shortlist;
          this.shortlistUndo = undefined;
          this.host.requestUpdate();
        })
      : undefined;
  }

  /** Keeps the shortlist, saves it and tells the page. */
  private setShortlist(next: Shortlist, notice = ''): void {
    const checklist = this.checklist;
    if (!checklist) return;
    this.shortlist = next;
    this.notice = notice;
    this.host.requestUpdate();
    if (checklist.persist) {
      const key = shortlistKey(checklist.storageId);
      this.report.saved(this.host.storage.write(key, SHORTLIST_VERSION, next));
      announceStorageChange(key, this.host);
    }
    const last = Math.max(0, next.clinics.length - 1);
    if (this.focusCell.col > last) this.focusCell = { ...this.focusCell, col: last };
    this.report.changed({ clinics: next.clinics.map(({ name, checked }) => ({ name, checked })), total: itemIds(checklist.sections).length });
  }

  private onAddClinic(event: SubmitEvent, strings: Strings, locale: Locale): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('clinic') as HTMLInputElement;
    const added = addClinic(this.shortlist ?? { clinics: [] }, input.value, this.host.checkedIds);
    if ('problem' in added) {
      this.notice = this.addProblemText(added.problem, input.value, strings, locale);
      this.host.requestUpdate();
      input.focus();
      return;
    }
    const name = added.shortlist.clinics.at(-1)!.name;
    this.shortlistUndo = undefined;
    this.setShortlist(added.shortlist, fill(strings.added, { name }));
    input.value = '';
  }

  private addProblemText(problem: AddProblem, name: string, strings: Strings, locale: Locale): string {
    if (problem === 'noName') return strings.noName;
    if (problem === 'sameName') return fill(strings.sameName, { name: name.trim() });
    return fill(strings.full, { max: MAX_CLINICS }, locale);
  }

  private onShortlistTick(index: number, itemId: string, on: boolean, row: number): void {
    if (!this.shortlist || !this.checklist) return;
    this.focusCell = { row, col: index };
    this.shortlistUndo = undefined;
    this.setShortlist(tickFor(this.shortlist, index, itemId, on, itemIds(this.checklist.sections)));
  }

  private async onRemoveClinic(index: number, strings: Strings): Promise<void> {
    if (!this.shortlist) return;
    const { shortlist, removed } = removeClinic(this.shortlist, index);
    this.shortlistUndo = { kind: 'removed', removed };
    this.setShortlist(shortlist, fill(strings.removed, { clinic: removed.clinic.name }));
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLButtonElement>('.shortlist-undo')?.focus();
  }

  private onClearClinic(index: number, strings: Strings): void {
    const clinic = this.shortlist?.clinics[index];
    if (!this.shortlist || !clinic) return;
    this.shortlistUndo = { kind: 'cleared', index, ticks: clinic.checked };
    this.setShortlist(updateClinic(this.shortlist, index, (entry) => ({ ...entry, checked: [] })), fill(strings.clinicCleared, { clinic: clinic.name }));
  }

  private onShortlistUndo(strings: Strings): void {
    const undo = this.shortlistUndo;
    if (!undo || !this.shortlist) return;
    this.shortlistUndo = undefined;
    if (undo.kind === 'removed') {
      this.setShortlist(restoreClinic(this.shortlist, undo.removed), fill(strings.clinicRestored, { clinic: undo.removed.clinic.name }));
    } else {
      const name = this.shortlist.clinics[undo.index]?.name ?? '';
      this.setShortlist(updateClinic(this.shortlist, undo.index, (entry) => ({ ...entry, checked: undo.ticks })), fill(strings.clinicRestored, { clinic: name }));
    }
  }

  private async openQuestions(index: number): Promise<void> {
    this.asking = index;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>('.questions')?.focus();
  }

  private async onCopyQuestions(clinic: string, heading: string, questions: string[], strings: Strings): Promise<void> {
    this.notice = '';
    this.host.requestUpdate();
    await this.host.updateComplete;
    const copied = await copyText(questionsText(heading, questions));
    this.notice = copied ? strings.questionsCopied : strings.copyFailed;
    if (copied) this.report.questions({ clinic, action: 'copy', questions: questions.length });
    this.host.requestUpdate();
  }

  // Printing shows the questions alone within the widget (see the print styles).
  private onPrintQuestions(clinic: string, questions: number): void {
    this.report.questions({ clinic, action: 'print', questions });
    printAlone(this.host);
  }

  private onNote(index: number, note: string): void {
    if (!this.shortlist) return;
    this.setShortlist(updateClinic(this.shortlist, index, (entry) => ({ ...entry, note })));
  }

  // One tab stop for the grid of boxes; arrows move between them.
  private async onGridKey(event: KeyboardEvent, rows: number, cols: number): Promise<void> {
    const rtl = getComputedStyle(event.currentTarget as Element).direction === 'rtl';
    const next = cellAfterKey(event.key, this.focusCell, { rows, cols }, { rtl, ctrl: event.ctrlKey });
    if (!next) return;
    event.preventDefault();
    this.focusCell = next;
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#cell-${next.row}-${next.col}`)?.focus();
  }

  /** The shortlist's part of the checklist: the form to add a clinic, the grid of boxes, the status and the notes. */
  render(checklist: ChecklistContent, strings: Strings, locale: Locale) {
    return this.renderShortlist(checklist, this.shortlist, strings, locale);
  }

  private renderShortlist(checklist: ChecklistContent, shortlist: Shortlist, strings: Strings, locale: Locale) {
    const full = shortlist.clinics.length >= MAX_CLINICS;
    return html`
      <div class="shortlist" part="shortlist">
        <p class="intro">${strings.shortlistIntro}</p>
        <form class="add-clinic" @submit=${(event: SubmitEvent) => this.onAddClinic(event, strings, locale)}>
          <label for="clinic-name">${strings.clinicName}</label>
          <input id="clinic-name" name="clinic" autocomplete="off" maxlength=${MAX_LENGTH.name} ?disabled=${full} />
          <button type="submit" class="primary" ?disabled=${full}>${strings.addClinic}</button>
        </form>
        ${full ? html`<p class="note">${fill(strings.full, { max: MAX_CLINICS }, locale)}</p>` : nothing}
        ${shortlist.clinics.length
          ? byWidth(
              this.width,
              NARROW_BELOW,
              () => this.renderShortlistTable(checklist, shortlist, strings, locale),
              () => this.renderOneClinic(checklist, shortlist, strings, locale),
            )
          : nothing}
        ${this.offer ? this.renderOffer(this.offer, strings) : nothing}
        ${this.renderQuestions(checklist, shortlist, strings, locale)}
        <div class="shortlist-status">
          <p class="status" role="status">${this.notice}</p>
          ${this.shortlistUndo ? html`<button type="button" class="shortlist-undo" @click=${() => this.onShortlistUndo(strings)}>${strings.undo}</button>` : nothing}
        </div>
        ${shortlist.clinics.map(
          (clinic, index) => html`<div class="clinic-note">
            <label for=${`note-${index}`} dir="auto">${fill(strings.noteFor, { clinic: clinic.name })}</label>
            <textarea id=${`note-${index}`} rows="2" maxlength=${MAX_LENGTH.note} .value=${clinic.note} @change=${(event: Event) => this.onNote(index, (event.target as HTMLTextAreaElement).value)}></textarea>
          </div>`,
        )}
        ${shortlist.clinics.length ? this.renderShare(strings) : nothing}
      </div>
    `;
  }

  private renderOffer(offer: Shortlist, strings: Strings) {
    return html`<div class="share-offer" role="group" aria-labelledby="share-offer-text">
      <p id="share-offer-text" dir="auto">${fill(strings.sharedOffer, { clinics: offer.clinics.map((clinic) => clinic.name).join(', ') })}</p>
      <p class="question-actions">
        <button type="button" class="primary" @click=${() => this.answerOffer(true, strings)}>${strings.replaceMine}</button>
        <button type="button" @click=${() => this.answerOffer(false, strings)}>${strings.keepMine}</button>
      </p>
    </div>`;
  }

  private renderShare(strings: Strings) {
    const onNotes = (event: Event) => {
      this.shareNotes = (event.target as HTMLInputElement).checked;
      this.host.requestUpdate();
    };
    return html`<div class="share">
      <label class="share-notes"><input type="checkbox" .checked=${checkedProp(this.shareNotes)} @change=${onNotes} /> ${strings.shareNotes}</label>
      <button type="button" class="share-link" @click=${() => this.onCopyLink(strings)}>${strings.shareLink}</button>
      <p class="note">${this.shareNotes ? strings.shareNoteWithNotes : strings.shareNote}</p>
      ${this.failedLink ? linkField(this.failedLink, strings.shortlistLink) : nothing}
    </div>`;
  }

  private renderQuestions(checklist: ChecklistContent, shortlist: Shortlist, strings: Strings, locale: Locale) {
    const clinic = this.asking === undefined ? undefined : shortlist.clinics[this.asking];
    if (!clinic) return nothing;
    const heading = fill(strings.questionsFor, { clinic: clinic.name });
    const questions = questionsFor(clinic, checklist.sections, strings.askAbout);
    const email = mailtoDraft({
      subject: fill(strings.emailSubject, { clinic: clinic.name }),
      intro: strings.emailIntro,
      questions,
      more: (count) => fillCount(strings.emailMore, { count }, locale),
    });
    const close = () => {
      this.asking = undefined;
      this.host.requestUpdate();
    };
    return html`
      <section class="questions" part="questions" aria-labelledby="questions-title" tabindex="-1">
        <h3 id="questions-title" dir="auto">${heading}</h3>
        ${questions.length
          ? html`<p>${strings.questionsIntro}</p>
              <ol>
                ${questions.map((question) => html`<li dir="auto">${question}</li>`)}
              </ol>`
          : html`<p>${fill(strings.noQuestions, { clinic: clinic.name })}</p>`}
        <p class="question-actions">
          ${questions.length
            ? html`<button type="button" class="primary" @click=${() => this.onCopyQuestions(clinic.name, heading, questions, strings)}>${strings.copyQuestions}</button>
                <button type="button" @click=${() => this.onPrintQuestions(clinic.name, questions.length)}>${strings.printQuestions}</button>
                <a class="email-draft" href=${email.href} @click=${() => this.report.questions({ clinic: clinic.name, action: 'email', questions: email.included })}>${strings.emailQuestions}</a>`
            : nothing}
          <button type="button" @click=${close}>${strings.closeQuestions}</button>
        </p>
      </section>
    `;
  }

  // Narrow: one clinic at a time, chosen from a list, with the others' progress below.
  private renderOneClinic(checklist: ChecklistContent, shortlist: Shortlist, strings: Strings, locale: Locale) {
    const total = itemIds(checklist.sections).length;
    const index = Math.min(this.shown, shortlist.clinics.length - 1);
    const clinic = shortlist.clinics[index]!;
    const progress = (entry: ShortlistClinic) => fill(strings.clinicProgress, { checked: entry.checked.length, total }, locale);
    const onShow = (event: Event) => {
      this.shown = Number((event.target as HTMLSelectElement).value);
      this.host.requestUpdate();
    };
    return html`
      <div class="one-clinic">
        <div class="clinic-choice">
          <label for="clinic-shown">${strings.clinicShown}</label>
          <select id="clinic-shown" @change=${onShow}>
            ${shortlist.clinics.map((entry, i) => html`<option value=${i} ?selected=${i === index}>${entry.name}</option>`)}
          </select>
        </div>
        <p class="clinic-progress">${progress(clinic)}</p>
        <p class="clinic-actions">
          <button type="button" class="clear-clinic" aria-label=${fill(strings.clearClinicFor, { clinic: clinic.name })} @click=${() => this.onClearClinic(index, strings)}>${strings.clearClinic}</button>
          <button type="button" class="remove-clinic" aria-label=${fill(strings.removeClinicFor, { clinic: clinic.name })} @click=${() => this.onRemoveClinic(index, strings)}>${strings.removeClinic}</button>
          <button type="button" class="ask-clinic" aria-label=${fill(strings.questionsButtonFor, { clinic: clinic.name })} @click=${() => this.openQuestions(index)}>${strings.questionsButton}</button>
        </p>
        ${numberedSections(checklist.sections).map(
          (section) => html`<fieldset>
            <legend dir="auto">${section.title}</legend>
            <ul>
              ${section.items.map(
                ({ item, row }) => html`<li class="item">
                  <input
                    type="checkbox"
                    id=${`one-${row}`}
                    aria-label=${fill(strings.tickFor, { item: item.label, clinic: clinic.name })}
                    .checked=${checkedProp(clinic.checked.includes(item.id))}
                    @change=${(event: Event) => this.onShortlistTick(index, item.id, (event.target as HTMLInputElement).checked, row)}
                  />
                  <label for=${`one-${row}`} dir="auto">${item.label}</label>
                </li>`,
              )}
            </ul>
          </fieldset>`,
        )}
        ${shortlist.clinics.length > 1
          ? html`<div class="clinic-summary">
              <p class="result-label">${strings.otherClinics}</p>
              <ul>
                ${shortlist.clinics.map((entry, i) => (i === index ? nothing : html`<li><span class="clinic-name" dir="auto">${entry.name}</span> ${progress(entry)}</li>`))}
              </ul>
            </div>`
          : nothing}
      </div>
    `;
  }

  private renderShortlistTable(checklist: ChecklistContent, shortlist: Shortlist, strings: Strings, locale: Locale) {
    const total = itemIds(checklist.sections).length;
    const rows = itemIds(checklist.sections).length;
    const cols = shortlist.clinics.length;
    return html`
      <div class="shortlist-scroller">
        <table class="shortlist-table">
          <thead>
            <tr>
              <th scope="col">${strings.itemHeader}</th>
              ${shortlist.clinics.map(
                (clinic, index) => html`<th scope="col">
                  <span class="clinic-name" dir="auto">${clinic.name}</span>
                  <span class="clinic-progress">${fill(strings.clinicProgress, { checked: clinic.checked.length, total }, locale)}</span>
                  <span class="clinic-actions">
                    <button type="button" class="clear-clinic" aria-label=${fill(strings.clearClinicFor, { clinic: clinic.name })} @click=${() => this.onClearClinic(index, strings)}>${strings.clearClinic}</button>
                    <button type="button" class="remove-clinic" aria-label=${fill(strings.removeClinicFor, { clinic: clinic.name })} @click=${() => this.onRemoveClinic(index, strings)}>${strings.removeClinic}</button>
                    <button type="button" class="ask-clinic" aria-label=${fill(strings.questionsButtonFor, { clinic: clinic.name })} @click=${() => this.openQuestions(index)}>${strings.questionsButton}</button>
                  </span>
                </th>`,
              )}
            </tr>
          </thead>
          <tbody @keydown=${(event: KeyboardEvent) => this.onGridKey(event, rows, cols)}>
            ${numberedSections(checklist.sections).map(
              (section) => html`<tr class="section-row"><th colspan=${cols + 1} scope="colgroup" dir="auto">${section.title}</th></tr>
                ${section.items.map(
                  ({ item, row: r }) => html`<tr>
                    <th scope="row" dir="auto">${item.label}</th>
                    ${shortlist.clinics.map(
                      (clinic, index) => html`<td>
                        <input
                          type="checkbox"
                          id=${`cell-${r}-${index}`}
                          aria-label=${fill(strings.tickFor, { item: item.label, clinic: clinic.name })}
                          tabindex=${this.focusCell.row === r && this.focusCell.col === index ? 0 : -1}
                          .checked=${checkedProp(clinic.checked.includes(item.id))}
                          @change=${(event: Event) => this.onShortlistTick(index, item.id, (event.target as HTMLInputElement).checked, r)}
                        />
                      </td>`,
                    )}
                  </tr>`,
                )}`,
            )}
          </tbody>
        </table>
      </div>
    `;
  }

}
