import { html, nothing } from 'lit';
import { comparisonStrings } from '../guarantee-comparison/guarantee-comparison.strings.js';
import { CRITERIA, DISCOLOURATION, REFUND, TRACK_RECORD, type Criterion } from '../guarantee-comparison/guarantee-comparison.vocab.js';
import { getPath, move, removeAt, setPath, type Path } from './builder.edits.js';
import { MAX_LENGTH } from '../core/limits.js';
import { blankToUndefined, listButtons, NOT_STATED, numberField, orderedChoice, selectField, text, textField, type Edit } from './builder.fields.js';
import type { Config } from './builder.model.js';

// The comparison's part of the builder form: every clinic and guarantee term through a control that fits
// it, so a clinic owner never writes JSON.

type Clinic = Record<string, unknown>;

/** Each row as the widget itself names it, in the built-in order. */
const CRITERION_LABELS = Object.fromEntries(CRITERIA.map((criterion) => [criterion, comparisonStrings['en-GB'][criterion]])) as Record<Criterion, string>;

const choices = (values: readonly string[]) => [NOT_STATED, ...values.map((value) => [value, value[0]!.toUpperCase() + value.slice(1).replace('-', ' ')] as const)];

/** `length` as the select shows it: a word, or the unit of a number. */
function lengthKind(length: unknown): string {
  if (typeof length === 'string') return length;
  if (length && typeof length === 'object') return 'years' in length ? 'years' : 'months' in length ? 'months' : '';
  return '';
}

/**
 * `onCsv` gets a CSV file the user picked; the element reads it (builder-csv.ts) and reports what it found.
 */
export function renderComparisonForm(config: Config, edit: Edit, today: string, onCsv: (file: File) => void) {
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
      <div class="file">
        <label for="csv">Import clinics from a spreadsheet (CSV)</label>
        <input id="csv" type="file" accept="text/csv,.csv" aria-describedby="csv-help" @change=${(event: Event) => {
          const input = event.target as HTMLInputElement;
          const file = input.files?.[0];
          if (file) onCsv(file);
          input.value = '';
        }} />
        <p class="hint" id="csv-help">One clinic per row; the first row names the columns, such as name, url, guarantee.length. The clinics replace those below, and undo brings them back.</p>
      </div>
      ${clinics.map((clinic, index) => renderClinic(clinic, index, clinics.length, set, setClinics))}
      <button type="button" id="add-clinic" @click=${() => setClinics('', (list) => [...list, { name: `Clinic ${list.length + 1}`, verified: today }])}>Add a clinic</button>
    </fieldset>
    ${selectField('highlight', 'Your own clinic (highlighted)', [['', 'None'], ...names.map((name) => [name, name] as const)], text(config['highlight']), (value) => set('', ['highlight'], blankToUndefined(value)))}
    ${orderedChoice('criterion', 'Rows to show, in order', CRITERION_LABELS, config['criteria'], (list) => edit('', (current) => setPath(current, ['criteria'], list)))}
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
    ${textField(id('name'), 'Name', clinic['name'], (value) => set(field('name'), at('name'), value), { max: MAX_LENGTH.name })}
    ${textField(id('url'), 'Website', clinic['url'], (value) => set(field('url'), at('url'), blankToUndefined(value)), { max: MAX_LENGTH.link, type: 'url' })}
    ${textField(id('location'), 'Location', clinic['location'], (value) => set(field('location'), at('location'), blankToUndefined(value)), { max: MAX_LENGTH.title })}
 ${textField(id('verified'), 'Details last checked with the clinic', clinic['verified'], (value) => set(field('verified'), at('verified'), blankToUndefined(value)), { type: 'date' })}
    ${selectField(id('length'), 'Guarantee length', [NOT_STATED, ['lifetime', 'Lifetime'], ['years', 'Years'], ['months', 'Months'], ['none', 'No guarantee'], ['unknown', 'Unknown']], kind, (value) =>
      set('', at('guarantee', 'length'), value === 'years' || value === 'months' ? { [value]: 1 } : blankToUndefined(value)),
    )}
    ${kind === 'years' || kind === 'months'
      ? // Cleared while retyping, the count is null: the length stays in years (or months), the field with it.
        numberField(id('length-count'), `Number of ${kind}`, (length as Record<string, unknown>)[kind], (value) => set(field('length-count'), at('guarantee', 'length', kind), value ?? null))
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
          ${textField(id(`condition-${i}`), `Condition ${i + 1}`, condition, (value) => set(field(`condition-${i}`), at('guarantee', 'conditions', i), value), { max: MAX_LENGTH.label })}
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
        ${textField(id('rating-source'), 'Track record source (link)', getPath(clinic, ['trackRecord', 'source']), (value) => set(field('rating-source'), at('trackRecord', 'source'), blankToUndefined(value)), { max: MAX_LENGTH.link, type: 'url' })}`
      : nothing}
    <fieldset>
      <legend>Rows of your own</legend>
      ${extra.map(
        (row, i) => html`<div class="row">
          ${textField(id(`extra-${i}-label`), `Row ${i + 1} label`, row.label, (value) => set(field(`extra-${i}-label`), at('extra', i, 'label'), value), { max: MAX_LENGTH.title })}
          ${textField(id(`extra-${i}-value`), `Row ${i + 1} value`, row.value, (value) => set(field(`extra-${i}-value`), at('extra', i, 'value'), value), { max: MAX_LENGTH.label })}
          <button type="button" aria-label=${`Remove (row ${i + 1})`} @click=${() => set('', at('extra'), removeAt(extra, i).length ? removeAt(extra, i) : undefined)}>Remove</button>
        </div>`,
      )}
      <button type="button" id=${id('add-row')} @click=${() => set('', at('extra'), [...extra, { label: 'Label', value: 'Value' }])}>Add a row</button>
    </fieldset>
    ${listButtons(label, index, count, (by) => setClinics('', (list) => move(list, index, by)), () => setClinics('', (list) => removeAt(list, index)), 'Remove clinic')}
  </fieldset>`;
}
