import { html, nothing, type TemplateResult } from 'lit';
import { checkedProp } from '../../core/checked.js';
import { MAX_LENGTH } from '../../core/limits.js';
import { fillCount } from '../../core/plural.js';
import type { RovingController } from '../../core/roving.js';
import { linkField } from '../../core/share.js';
import { fill, type Locale } from '../../core/strings.js';
import { byWidth, type WidthController } from '../../core/width.js';
import { itemIds, type ChecklistContent } from '../clinic-checklist.model.js';
import { NARROW_BELOW } from '../clinic-checklist.vocab.js';
import { MAX_CLINICS, numberedSections, type Shortlist, type ShortlistClinic } from './shortlist.model.js';
import { mailtoDraft, questionsFor } from './shortlist.questions.js';
import type { ShortlistStrings } from './shortlist.strings.js';

// Shortlist mode's markup: functions of what the controller holds, with its actions for the events.

/** What the shortlist's markup shows. */
export interface ShortlistState {
  checklist: ChecklistContent;
  shortlist: Shortlist;
  strings: ShortlistStrings;
  locale: Locale;
  /** What the last action did, in words, for the status line. */
  notice: string;
  /** Whether "Undo" is offered. */
  canUndo: boolean;
  /** A shortlist from a shared link, waiting for the reader's answer. */
  offer: Shortlist | undefined;
  /** The clinic whose questions are open, by its place in the list. */
  asking: number | undefined;
  /** Narrow: the clinic shown, by its place in the list. */
  shown: number;
  shareNotes: boolean;
  /** A link the browser would not copy, for the reader to copy by hand. */
  failedLink: string | undefined;
  width: WidthController;
  /** The grid of boxes' one tab stop. */
  grid: RovingController;
}

/** What the reader can do, for the markup's event listeners. */
export interface ShortlistActions {
  addClinic(event: SubmitEvent): void;
  tick(index: number, itemId: string, on: boolean, row: number): void;
  clearClinic(index: number): void;
  removeClinic(index: number): void;
  openQuestions(index: number): void;
  closeQuestions(): void;
  copyQuestions(clinic: string, heading: string, questions: string[]): void;
  printQuestions(clinic: string, questions: number): void;
  emailed(clinic: string, questions: number): void;
  undo(): void;
  note(index: number, note: string): void;
  show(index: number): void;
  answerOffer(replace: boolean): void;
  shareNotes(on: boolean): void;
  copyLink(): void;
}

/** The shortlist's part of the checklist: the form to add a clinic, the grid of boxes, the status and the notes. */
export function shortlistView(view: ShortlistState, actions: ShortlistActions): TemplateResult {
  const { shortlist, strings, locale } = view;
  const full = shortlist.clinics.length >= MAX_CLINICS;
  return html`
    <div class="shortlist" part="shortlist">
      <p class="intro">${strings.shortlistIntro}</p>
      <form class="add-clinic" @submit=${actions.addClinic}>
        <label for="clinic-name">${strings.clinicName}</label>
        <input id="clinic-name" name="clinic" autocomplete="off" maxlength=${MAX_LENGTH.name} ?disabled=${full} />
        <button type="submit" class="primary" ?disabled=${full}>${strings.addClinic}</button>
      </form>
      ${full ? html`<p class="note">${fill(strings.full, { max: MAX_CLINICS }, locale)}</p>` : nothing}
      ${shortlist.clinics.length
        ? byWidth(
            view.width,
            NARROW_BELOW,
            () => tableView(view, actions),
            () => oneClinicView(view, actions),
          )
        : nothing}
      ${view.offer ? offerView(view.offer, strings, actions) : nothing}
      ${questionsView(view, actions)}
      <div class="shortlist-status">
        <p class="status" role="status">${view.notice}</p>
        ${view.canUndo ? html`<button type="button" class="shortlist-undo" @click=${actions.undo}>${strings.undo}</button>` : nothing}
      </div>
      ${shortlist.clinics.map(
        (clinic, index) => html`<div class="clinic-note">
          <label for=${`note-${index}`} dir="auto">${fill(strings.noteFor, { clinic: clinic.name })}</label>
          <textarea id=${`note-${index}`} rows="2" maxlength=${MAX_LENGTH.note} .value=${clinic.note} @change=${(event: Event) => actions.note(index, (event.target as HTMLTextAreaElement).value)}></textarea>
        </div>`,
      )}
      ${shortlist.clinics.length ? shareView(view, actions) : nothing}
    </div>
  `;
}

/** One clinic's buttons: clear its ticks, remove it, and its questions to ask; each names the clinic to a screen reader. */
function clinicButtons(clinic: ShortlistClinic, index: number, strings: ShortlistStrings, actions: ShortlistActions): TemplateResult {
  const button = (kind: string, label: string, labelFor: string, act: (index: number) => void) =>
    html`<button type="button" class=${kind} aria-label=${fill(labelFor, { clinic: clinic.name })} @click=${() => act(index)}>${label}</button>`;
  return html`${button('clear-clinic', strings.clearClinic, strings.clearClinicFor, actions.clearClinic)}
    ${button('remove-clinic', strings.removeClinic, strings.removeClinicFor, actions.removeClinic)}
    ${button('ask-clinic', strings.questionsButton, strings.questionsButtonFor, actions.openQuestions)}`;
}

/** A clinic's progress: how many of the points are ticked for it. */
function progress(view: ShortlistState, clinic: ShortlistClinic): string {
  return fill(view.strings.clinicProgress, { checked: clinic.checked.length, total: itemIds(view.checklist.sections).length }, view.locale);
}

function offerView(offer: Shortlist, strings: ShortlistStrings, actions: ShortlistActions): TemplateResult {
  return html`<div class="share-offer" role="group" aria-labelledby="share-offer-text">
    <p id="share-offer-text" dir="auto">${fill(strings.sharedOffer, { clinics: offer.clinics.map((clinic) => clinic.name).join(', ') })}</p>
    <p class="question-actions">
      <button type="button" class="primary" @click=${() => actions.answerOffer(true)}>${strings.replaceMine}</button>
      <button type="button" @click=${() => actions.answerOffer(false)}>${strings.keepMine}</button>
    </p>
  </div>`;
}

function shareView({ strings, shareNotes, failedLink }: ShortlistState, actions: ShortlistActions): TemplateResult {
  return html`<div class="share">
    <label class="share-notes"><input type="checkbox" .checked=${checkedProp(shareNotes)} @change=${(event: Event) => actions.shareNotes((event.target as HTMLInputElement).checked)} /> ${strings.shareNotes}</label>
    <button type="button" class="share-link" @click=${actions.copyLink}>${strings.shareLink}</button>
    <p class="note">${shareNotes ? strings.shareNoteWithNotes : strings.shareNote}</p>
    ${failedLink ? linkField(failedLink, strings.shortlistLink) : nothing}
  </div>`;
}

function questionsView({ checklist, shortlist, strings, locale, asking }: ShortlistState, actions: ShortlistActions) {
  const clinic = asking === undefined ? undefined : shortlist.clinics[asking];
  if (!clinic) return nothing;
  const heading = fill(strings.questionsFor, { clinic: clinic.name });
  const questions = questionsFor(clinic, checklist.sections, strings.askAbout);
  const email = mailtoDraft({
    subject: fill(strings.emailSubject, { clinic: clinic.name }),
    intro: strings.emailIntro,
    questions,
    more: (count) => fillCount(strings.emailMore, { count }, locale),
  });
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
          ? html`<button type="button" class="primary" @click=${() => actions.copyQuestions(clinic.name, heading, questions)}>${strings.copyQuestions}</button>
              <button type="button" @click=${() => actions.printQuestions(clinic.name, questions.length)}>${strings.printQuestions}</button>
              <a class="email-draft" href=${email.href} @click=${() => actions.emailed(clinic.name, email.included)}>${strings.emailQuestions}</a>`
          : nothing}
        <button type="button" @click=${actions.closeQuestions}>${strings.closeQuestions}</button>
      </p>
    </section>
  `;
}

// Narrow: one clinic at a time, chosen from a list, with the others' progress below.
function oneClinicView(view: ShortlistState, actions: ShortlistActions): TemplateResult {
  const { checklist, shortlist, strings } = view;
  const index = Math.min(view.shown, shortlist.clinics.length - 1);
  const clinic = shortlist.clinics[index]!;
  return html`
    <div class="one-clinic">
      <div class="clinic-choice">
        <label for="clinic-shown">${strings.clinicShown}</label>
        <select id="clinic-shown" @change=${(event: Event) => actions.show(Number((event.target as HTMLSelectElement).value))}>
          ${shortlist.clinics.map((entry, i) => html`<option value=${i} ?selected=${i === index}>${entry.name}</option>`)}
        </select>
      </div>
      <p class="clinic-progress">${progress(view, clinic)}</p>
      <p class="clinic-actions">${clinicButtons(clinic, index, strings, actions)}</p>
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
                  @change=${(event: Event) => actions.tick(index, item.id, (event.target as HTMLInputElement).checked, row)}
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
              ${shortlist.clinics.map((entry, i) => (i === index ? nothing : html`<li><span class="clinic-name" dir="auto">${entry.name}</span> ${progress(view, entry)}</li>`))}
            </ul>
          </div>`
        : nothing}
    </div>
  `;
}

// Wide: the points down the side, a column of boxes per clinic; the boxes are one tab stop, arrows move between them.
function tableView(view: ShortlistState, actions: ShortlistActions): TemplateResult {
  const { checklist, shortlist, strings, grid } = view;
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
                <span class="clinic-progress">${progress(view, clinic)}</span>
                <span class="clinic-actions">${clinicButtons(clinic, index, strings, actions)}</span>
              </th>`,
            )}
          </tr>
        </thead>
        <tbody @keydown=${grid.onKeydown}>
          ${numberedSections(checklist.sections).map(
            (section) => html`<tr class="section-row"><th colspan=${cols + 1} scope="colgroup" dir="auto">${section.title}</th></tr>
              ${section.items.map(
                ({ item, row }) => html`<tr>
                  <th scope="row" dir="auto">${item.label}</th>
                  ${shortlist.clinics.map(
                    (clinic, index) => html`<td>
                      <input
                        type="checkbox"
                        id=${`cell-${row}-${index}`}
                        aria-label=${fill(strings.tickFor, { item: item.label, clinic: clinic.name })}
                        tabindex=${grid.tabIndex(row, index)}
                        .checked=${checkedProp(clinic.checked.includes(item.id))}
                        @change=${(event: Event) => actions.tick(index, item.id, (event.target as HTMLInputElement).checked, row)}
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
