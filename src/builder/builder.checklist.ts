import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { defaultSections } from '../clinic-checklist/clinic-checklist.built-in.js';
import { MAX_CLINICS, sameName } from '../clinic-checklist/shortlist/shortlist.model.js';
import { move, removeAt, setPath } from './builder.edits.js';
import { MAX_LENGTH } from '../core/limits.js';
import { blankToUndefined, listButtons, textField, type Edit } from './builder.fields.js';
import type { Config } from './builder.model.js';

// The checklist's part of the builder form: sections and their points. A point's id is made from its label
// when the point is added and never changes after, and the checklist gets a storage id of its own when the
// builder first writes sections, so readers' saved ticks survive renamed and added points.

interface Item {
  id: string;
  label: string;
  detail?: string;
}
interface Section {
  title: string;
  intro?: string;
  items: Item[];
}

/** An id from a label: lower case letters, digits and dashes, unlike every id in `taken`. */
export function idFromLabel(label: string, taken: ReadonlySet<string>): string {
  const base =
    label
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/, '') || 'point';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** A storage id for a checklist the builder creates: random, so two sites' checklists never share ticks. */
export function newChecklistId(random: () => number = Math.random): string {
  return `checklist-${Math.floor(random() * 36 ** 8).toString(36).padStart(8, '0')}`;
}

const sectionsOf = (config: Config) => (Array.isArray(config['sections']) ? config['sections'] : []) as Section[];
const allIds = (sections: Section[]) => new Set(sections.flatMap((section) => section.items.map((item) => item.id)));

/** The config with new sections, and a storage id if it had none. */
export function withSections(config: Config, sections: Section[], makeId: () => string = newChecklistId): Config {
  const next = setPath(config, ['sections'], sections.length ? sections : undefined);
  return next['sections'] && next['id'] === undefined ? { ...next, id: makeId() } : next;
}

/** A copy of the built-in points (English) for a site to edit; ids stay those of the built-in points. */
function builtInCopy(): Section[] {
  return defaultSections.map((section) => ({ ...section, items: section.items.map((item) => ({ ...item })) }));
}

/** The shortlist's preset clinics, typed one per line (a name may hold commas), and the names left out. */
export interface Presets {
  clinics: string[] | undefined;
  /** A name given again, whatever its case: the widget keeps each clinic once. */
  repeated: string[];
  /** Names after the fourth: the shortlist holds four clinics. */
  beyondFour: string[];
}

export function presetClinics(text: string): Presets {
  const presets: Presets = { clinics: undefined, repeated: [], beyondFour: [] };
  const kept: string[] = [];
  for (const name of text.split('\n').map((line) => line.trim()).filter(Boolean)) {
    if (kept.some((other) => sameName(other, name))) presets.repeated.push(name);
    else if (kept.length === MAX_CLINICS) presets.beyondFour.push(name);
    else kept.push(name);
  }
  return { ...presets, clinics: kept.length ? kept : undefined };
}

/** Shortlist mode on or off, with the clinics it starts with. */
export function withShortlist(config: Config, on: boolean, clinics: string[] | undefined = undefined): Config {
  // An empty list, not {}: the builder drops empty objects, and a shortlist with no presets is still on.
  return setPath(config, ['shortlist'], on ? { clinics: clinics ?? [] } : undefined);
}

/**
 * What the presets field keeps between renders, one per builder: the text last typed in it, which stays in the
 * field while it still says what the config holds (a new line begun, a name being typed again) and gives way to
 * the config after an undo or a JSON edit; and `refresh`, which renders the form again, since what the field says
 * of its text can change while the config does not.
 */
export interface PresetsMemory {
  typed: string;
  refresh(): void;
}

function presetsField(clinics: string[] | undefined, edit: Edit, memory: PresetsMemory) {
  const shownText = sameList(presetClinics(memory.typed).clinics ?? [], clinics ?? []) ? memory.typed : (clinics ?? []).join('\n');
  const { repeated, beyondFour } = presetClinics(shownText);
  const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(', ');
  const leftOut = [
    repeated.length ? `Given twice, so used once: ${quoted(repeated)}.` : '',
    beyondFour.length ? `A shortlist holds ${MAX_CLINICS} clinics, so these are left out: ${quoted(beyondFour)}.` : '',
  ].filter(Boolean);
  const onInput = (event: Event) => {
    memory.typed = (event.target as HTMLTextAreaElement).value;
    edit('shortlist-clinics', (current) => withShortlist(current, true, presetClinics(memory.typed).clinics));
    memory.refresh();
  };
  return html`<label for="shortlist-clinics">Clinics to start with (optional; one per line, up to ${MAX_CLINICS})</label>
    <textarea id="shortlist-clinics" rows="4" aria-describedby=${leftOut.length ? 'shortlist-clinics-left-out' : nothing} .value=${live(shownText)} @input=${onInput}></textarea>
    ${leftOut.length ? html`<p class="hint" id="shortlist-clinics-left-out" role="status">${leftOut.join(' ')}</p>` : nothing}`;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((name, i) => name === b[i]);

function renderShortlistMode(config: Config, edit: Edit, presets: PresetsMemory) {
  const shortlist = config['shortlist'] as { clinics?: string[] } | undefined;
  return html`<fieldset class="shortlist-mode">
    <legend>Comparing clinics</legend>
    <label class="check">
      <input type="checkbox" id="shortlist-on" .checked=${Boolean(shortlist)} @change=${(event: Event) => edit('shortlist-on', (current) => withShortlist(current, (event.target as HTMLInputElement).checked))} />
      Let readers tick the points for two to four clinics side by side (shortlist)
    </label>
    ${shortlist ? presetsField(shortlist.clinics, edit, presets) : nothing}
  </fieldset>`;
}

export function renderChecklistForm(config: Config, edit: Edit, presets: PresetsMemory) {
  return html`${renderShortlistMode(config, edit, presets)}${renderPoints(config, edit)}`;
}

function renderPoints(config: Config, edit: Edit) {
  const sections = sectionsOf(config);
  const setSections = (field: string, change: (list: Section[]) => Section[]) => edit(field, (current) => withSections(current, change(sectionsOf(current))));
  const set = (field: string, path: (string | number)[], value: unknown) => edit(field, (current) => setPath(current, path, value));
  if (!sections.length) {
    return html`<fieldset>
      <legend>Points to check</legend>
      <p class="hint">This checklist shows the built-in points, in the reader’s language. To choose your own:</p>
      <div class="row">
        <button type="button" id="copy-built-in" @click=${() => setSections('', () => builtInCopy())}>Edit a copy of the built-in points</button>
        <button type="button" id="start-empty" @click=${() => setSections('', () => [{ title: 'Section 1', items: [{ id: 'point-1', label: 'Point 1' }] }])}>Start with one empty section</button>
      </div>
    </fieldset>`;
  }
  return html`<fieldset class="sections">
    <legend>Sections (${sections.length})</legend>
    ${sections.map((section, s) => {
      const name = section.title || `Section ${s + 1}`;
      return html`<fieldset class="section">
        <legend>${name}</legend>
        ${textField(`section-${s}-title`, 'Section title', section.title, (value) => set(`section-${s}-title`, ['sections', s, 'title'], value), { max: MAX_LENGTH.title })}
        ${textField(`section-${s}-intro`, 'Section intro (optional)', section.intro, (value) => set(`section-${s}-intro`, ['sections', s, 'intro'], blankToUndefined(value)))}
        ${section.items.map(
          (item, i) => html`<fieldset class="item">
            <legend>${item.label || `Point ${i + 1}`}</legend>
            ${textField(`section-${s}-item-${i}-label`, 'Point', item.label, (value) => set(`section-${s}-item-${i}-label`, ['sections', s, 'items', i, 'label'], value), { max: MAX_LENGTH.label })}
            ${textField(`section-${s}-item-${i}-detail`, 'Why it matters (optional)', item.detail, (value) => set(`section-${s}-item-${i}-detail`, ['sections', s, 'items', i, 'detail'], blankToUndefined(value)))}
            ${listButtons(item.label || `point ${i + 1}`, i, section.items.length, (by) => set('', ['sections', s, 'items'], move(section.items, i, by)), () =>
              section.items.length > 1 ? set('', ['sections', s, 'items'], removeAt(section.items, i)) : setSections('', (list) => removeAt(list, s)),
            )}
          </fieldset>`,
        )}
        <div class="row add-point">
          <label for=${`section-${s}-new`}>New point</label>
          <input id=${`section-${s}-new`} />
          <button type="button" id=${`section-${s}-add`} @click=${(event: Event) => addPoint(event, s, setSections)}>Add the point</button>
        </div>
        ${listButtons(name, s, sections.length, (by) => setSections('', (list) => move(list, s, by)), () => setSections('', (list) => removeAt(list, s)), 'Remove section')}
      </fieldset>`;
    })}
    <button type="button" id="add-section" @click=${() => setSections('', (list) => [...list, { title: `Section ${list.length + 1}`, items: [{ id: idFromLabel('Point 1', allIds(list)), label: 'Point 1' }] }])}>
      Add a section
    </button>
  </fieldset>`;
}

/** Adds the point typed in the section's "New point" box, with an id made from its label. */
function addPoint(event: Event, s: number, setSections: (field: string, change: (list: Section[]) => Section[]) => void) {
  const input = (event.target as HTMLElement).closest('.add-point')!.querySelector('input')!;
  const label = input.value.trim();
  if (!label) {
    input.focus();
    return;
  }
  setSections('', (list) => list.map((section, i) => (i === s ? { ...section, items: [...section.items, { id: idFromLabel(label, allIds(list)), label }] } : section)));
  input.value = '';
}

