import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { CRITERIA, DISCOLOURATION, REFUND, TRACK_RECORD, type Criterion } from '../src/guarantee-comparison/guarantee-comparison.schema.js';
import { getPath, move, numberOrUndefined, removeAt, setPath, type Path } from './builder-edits.js';
import type { Config } from './builder-model.js';

// The comparison's part of the builder form: every clinic and guarantee term through a control that fits
// it, so a clinic owner never writes JSON.

/**
 * Applies one change to the config. `field` names the text control typed in, so that typing on in it is one
 * undo step; '' marks a step of its own (a choice, a button).
 */
export type Edit = (field: string, change: (config: Config) => Config) => void;

type Clinic = Record<string, unknown>;

const CRITERION_LABELS: Record<Criterion, string> = {
  length: 'Guarantee length',
  touchUps: 'Touch-ups',
  discolouration: 'Discolouration',
  refund: 'Refund',
  inWriting: 'In writing',
  conditions: 'Conditions',
  trackRecord: 'Track record',
  verified: 'Last verified',
};

const NOT_STATED = ['', 'Not stated'] as const;
const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const numberText = (value: unknown) => (typeof value === 'number' ? String(value) : '');
const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

function textField(id: string, label: string, value: unknown, onInput: (value: string) => void, type = 'text') {
  return html`<label for=${id}>${label}</label>
    <input id=${id} type=${type} .value=${live(text(value))} @input=${(event: Event) => onInput(valueOf(event))} />`;
}

function numberField(id: string, label: string, value: unknown, onInput: (value: number | undefined) => void) {
  return html`<label for=${id}>${label}</label>
    <input id=${id} type="number" min="0" inputmode="numeric" .value=${live(numberText(value))} @input=${(event: Event) => onInput(numberOrUndefined(valueOf(event)))} />`;
}

function selectField(id: string, label: string, options: readonly (readonly [string, string])[], value: string, onChange: (value: string) => void) {
  return html`<label for=${id}>${label}</label>
    <select id=${id} .value=${live(value)} @change=${(event: Event) => onChange(valueOf(event))}>
      ${options.map(([option, name]) => html`<option value=${option} ?selected=${option === value}>${name}</option>`)}
    </select>`;
}

const choices = (values: readonly string[]) => [NOT_STATED, ...values.map((value) => [value, value[0]!.toUpperCase() + value.slice(1).replace('-', ' ')] as const)];

/** `length` as the select shows it: a word, or the unit of a number. */
function lengthKind(length: unknown): string {
  if (typeof length === 'string') return length;
  if (length && typeof length === 'object') return 'years' in length ? 'years' : 'months' in length ? 'months' : '';
  return '';
}

export function renderComparisonForm(config: Config, edit: Edit, today: string) {
  const clinics = (Array.isArray(config['clinics']) ? config['clinics'] : []) as Clinic[];
  const set = (field: string, path: Path, value: unknown) => edit(field, (current) => setPath(current, path, value));
  const setClinics = (field: string, change: (list: Clinic[]) => Clinic[]) =>
    edit(field, (current) => {
      const list = change((Array.isArray(current['clinics']) ? current['clinics'] : []) as Clinic[]);
      return setPath(current, ['clinics'], list.length ? list : undefined);
    });
  const names = clinics.map((clinic) => text(clinic['name'])).filter(Boolean);
  return html`
    <fieldset class="clinics">
      <legend>Clinics (${clinics.length})</legend>
      ${clinics.map((clinic, index) => renderClinic(clinic, index, clinics.length, set, setClinics))}
      <button type="button" id="add-clinic" @click=${() => setClinics('', (list) => [...list, { name: `Clinic ${list.length + 1}`, verified: today }])}>Add a clinic</button>
    </fieldset>
    ${selectField('highlight', 'Your own clinic (highlighted)', [['', 'None'], ...names.map((name) => [name, name] as const)], text(config['highlight']), (value) => set('', ['highlight'], blankToUndefined(value)))}
    ${renderCriteria(config, edit)}
    ${numberField('stale-after', 'Flag details older than (months)', config['staleAfterMonths'], (value) => set('stale-after', ['staleAfterMonths'], value))}
  `;
}

function renderClinic(
  clinic: Clinic,
  index: number,
  count: number,
  set: (field: string, path: Path, value: unknown) => void,
  setClinics: (field: string, change: (list: Clinic[]) => Clinic[]) => void,
) {
  const id = (name: string) => `clinic-${index}-${name}`;
  const at = (...path: Path) => ['clinics', index, ...path];
  const field = (name: string) => `clinic-${index}-${name}`;
  const length = getPath(clinic, ['guarantee', 'length']);
  const kind = lengthKind(length);
  const touchUps = getPath(clinic, ['guarantee', 'touchUps']) as Record<string, unknown> | undefined;
  const conditions = (getPath(clinic, ['guarantee', 'conditions']) ?? []) as string[];
  const rating = text(getPath(clinic, ['trackRecord', 'rating']));
  const extra = (clinic['extra'] ?? []) as { label: string; value: string }[];
  const label = text(clinic['name']) || `Clinic ${index + 1}`;
  return html`<fieldset class="clinic" id=${id('fieldset')}>
    <legend>${label}</legend>
    ${textField(id('name'), 'Name', clinic['name'], (value) => set(field('name'), at('name'), value))}
    ${textField(id('url'), 'Website', clinic['url'], (value) => set(field('url'), at('url'), blankToUndefined(value)), 'url')}
    ${textField(id('location'), 'Location', clinic['location'], (value) => set(field('location'), at('location'), blankToUndefined(value)))}
 ${textField(id('verified'), 'Details last checked with the clinic', clinic['verified'], (value) => set(field('verified'), at('verified'), blankToUndefined(value)), 'date')}
    ${selectField(id('length'), 'Guarantee length', [NOT_STATED, ['lifetime', 'Lifetime'], ['years', 'Years'], ['months', 'Months'], ['none', 'No guarantee'], ['unknown', 'Unknown']], kind, (value) =>
      set('', at('guarantee', 'length'), value === 'years' || value === 'months' ? { [value]: 1 } : blankToUndefined(value)),
    )}
    ${kind === 'years' || kind === 'months'
      ? numberField(id('length-count'), `Number of ${kind}`, (length as Record<string, unknown>)[kind], (value) => set(field('length-count'), at('guarantee', 'length', kind), value))
      : nothing}
    ${selectField(id('touch-ups'), 'Touch-ups', [NOT_STATED, ['yes', 'Included'], ['no', 'Not included']], touchUps ? (touchUps['included'] ? 'yes' : 'no') : '', (value) =>
      set('', at('guarantee', 'touchUps'), value ? { ...touchUps, included: value === 'yes' } : undefined),
    )}
    ${touchUps?.['included']
      ? html`${numberField(id('sessions'), 'Touch-up sessions', touchUps['sessions'], (value) => set(field('sessions'), at('guarantee', 'touchUps', 'sessions'), value))}
        ${numberField(id('within'), 'To be used within (months)', touchUps['withinMonths'], (value) => set(field('within'), at('guarantee', 'touchUps', 'withinMonths'), value))}`
      : nothing}
    ${selectField(id('discolouration'), 'Discolouration', choices(DISCOLOURATION), text(getPath(clinic, ['guarantee', 'discolouration'])), (value) => set('', at('guarantee', 'discolouration'), blankToUndefined(value)))}
    ${selectField(id('refund'), 'Refund', choices(REFUND), text(getPath(clinic, ['guarantee', 'refund'])), (value) => set('', at('guarantee', 'refund'), blankToUndefined(value)))}
    ${selectField(id('in-writing'), 'Guarantee in writing', [NOT_STATED, ['yes', 'Yes'], ['no', 'No']], ({ true: 'yes', false: 'no' } as Record<string, string>)[String(getPath(clinic, ['guarantee', 'inWriting']))] ?? '', (value) =>
      set('', at('guarantee', 'inWriting'), value ? value === 'yes' : undefined),
    )}
    <fieldset>
      <legend>Conditions</legend>
      ${conditions.map(
        (condition, i) => html`<div class="row">
          ${textField(id(`condition-${i}`), `Condition ${i + 1}`, condition, (value) => set(field(`condition-${i}`), at('guarantee', 'conditions', i), value))}
          <button type="button" aria-label=${`Remove (condition ${i + 1})`} @click=${() => set('', at('guarantee', 'conditions'), removeAt(conditions, i).length ? removeAt(conditions, i) : undefined)}>Remove</button>
        </div>`,
      )}
      <button type="button" id=${id('add-condition')} @click=${() => set('', at('guarantee', 'conditions'), [...conditions, ''])}>Add a condition</button>
    </fieldset>
    ${selectField(id('rating'), 'Track record: is the guarantee honoured?', choices(TRACK_RECORD), rating, (value) =>
      set('', at('trackRecord'), value ? { ...(clinic['trackRecord'] as object), rating: value } : undefined),
    )}
    ${rating
      ? html`${textField(id('rating-note'), 'Track record note', getPath(clinic, ['trackRecord', 'note']), (value) => set(field('rating-note'), at('trackRecord', 'note'), blankToUndefined(value)))}
        ${textField(id('rating-source'), 'Track record source (link)', getPath(clinic, ['trackRecord', 'source']), (value) => set(field('rating-source'), at('trackRecord', 'source'), blankToUndefined(value)), 'url')}`
      : nothing}
    <fieldset>
      <legend>Rows of your own</legend>
      ${extra.map(
        (row, i) => html`<div class="row">
          ${textField(id(`extra-${i}-label`), `Row ${i + 1} label`, row.label, (value) => set(field(`extra-${i}-label`), at('extra', i, 'label'), value))}
          ${textField(id(`extra-${i}-value`), `Row ${i + 1} value`, row.value, (value) => set(field(`extra-${i}-value`), at('extra', i, 'value'), value))}
          <button type="button" aria-label=${`Remove (row ${i + 1})`} @click=${() => set('', at('extra'), removeAt(extra, i).length ? removeAt(extra, i) : undefined)}>Remove</button>
        </div>`,
      )}
      <button type="button" id=${id('add-row')} @click=${() => set('', at('extra'), [...extra, { label: 'Label', value: 'Value' }])}>Add a row</button>
    </fieldset>
    <div class="row">
      <button type="button" ?disabled=${index === 0} aria-label=${`Move up (${label})`} @click=${() => setClinics('', (list) => move(list, index, -1))}>Move up</button>
      <button type="button" ?disabled=${index === count - 1} aria-label=${`Move down (${label})`} @click=${() => setClinics('', (list) => move(list, index, 1))}>Move down</button>
      <button type="button" id=${id('remove')} aria-label=${`Remove clinic (${label})`} @click=${() => setClinics('', (list) => removeAt(list, index))}>Remove clinic</button>
    </div>
  </fieldset>`;
}

/** Which criteria are shown, in which order: every criterion with a checkbox and up and down buttons. */
function renderCriteria(config: Config, edit: Edit) {
  const chosen = (Array.isArray(config['criteria']) ? config['criteria'] : [...CRITERIA]) as Criterion[];
  const order = [...chosen, ...CRITERIA.filter((criterion) => !chosen.includes(criterion))];
  const save = (list: Criterion[]) =>
    edit('', (current) => {
      const same = list.length === CRITERIA.length && list.every((criterion, i) => criterion === CRITERIA[i]);
      return setPath(current, ['criteria'], same ? undefined : list);
    });
  const toggle = (criterion: Criterion, on: boolean) => {
    const next = order.filter((c) => (c === criterion ? on : chosen.includes(c)));
    if (next.length) save(next);
  };
  return html`<fieldset class="criteria">
    <legend>Rows to show, in order</legend>
    ${order.map((criterion, i) => {
      const shown = chosen.includes(criterion);
      return html`<div class="row">
        <label class="choice"><input type="checkbox" id=${`criterion-${criterion}`} .checked=${live(shown)} ?disabled=${shown && chosen.length === 1} @change=${(event: Event) => toggle(criterion, (event.target as HTMLInputElement).checked)} /> ${CRITERION_LABELS[criterion]}</label>
        ${shown
          ? html`<button type="button" ?disabled=${i === 0} aria-label=${`Up (${CRITERION_LABELS[criterion]})`} @click=${() => save(move(chosen, i, -1))}>Up</button>
            <button type="button" ?disabled=${i === chosen.length - 1} aria-label=${`Down (${CRITERION_LABELS[criterion]})`} @click=${() => save(move(chosen, i, 1))}>Down</button>`
          : nothing}
      </div>`;
    })}
  </fieldset>`;
}
