import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { MAX_LENGTH } from '../core/limits.js';
import { move, numberOrUndefined } from './builder.edits.js';
import type { Config } from './builder.model.js';

// The builder's form controls, shared by the widgets' parts of the form. Values are bound with live(), so
// undo and redo always show in the controls.

/**
 * Applies one change to the config. `field` names the text control typed in, so that typing on in it is one
 * undo step; '' marks a step of its own (a choice, a button).
 */
export type Edit = (field: string, change: (config: Config) => Config) => void;

export const NOT_STATED = ['', 'Not stated'] as const;

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;
export const text = (value: unknown) => (typeof value === 'string' ? value : '');
const numberText = (value: unknown) => (typeof value === 'number' ? String(value) : '');
export const blankToUndefined = (value: string) => (value.trim() === '' ? undefined : value);

/**
 * A text control that stops at `max` characters, the limit the widget's schema sets for the field (see
 * src/core/limits.ts), and says so once the text reaches it.
 */
export function textField(id: string, label: string, value: unknown, onInput: (value: string) => void, { max = MAX_LENGTH.text as number, type = 'text' } = {}) {
  const full = text(value).length >= max;
  return html`<label for=${id}>${label}</label>
    <input id=${id} type=${type} maxlength=${max} aria-describedby=${full ? `${id}-limit` : nothing} .value=${live(text(value))} @input=${(event: Event) => onInput(valueOf(event))} />
    ${full ? limitNote(`${id}-limit`, max) : nothing}`;
}

/** Says that a field is full: what is typed beyond its limit is not taken. */
export const limitNote = (id: string, max: number) => html`<p class="hint" id=${id} role="status">That is the most this field takes: ${max} characters.</p>`;

export function numberField(id: string, label: string, value: unknown, onInput: (value: number | undefined) => void) {
  return html`<label for=${id}>${label}</label>
    <input id=${id} type="number" min="0" inputmode="numeric" .value=${live(numberText(value))} @input=${(event: Event) => onInput(numberOrUndefined(valueOf(event)))} />`;
}

export function selectField(id: string, label: string, options: readonly (readonly [string, string])[], value: string, onChange: (value: string) => void) {
  return html`<label for=${id}>${label}</label>
    <select id=${id} .value=${live(value)} @change=${(event: Event) => onChange(valueOf(event))}>
      ${options.map(([option, name]) => html`<option value=${option} ?selected=${option === value}>${name}</option>`)}
    </select>`;
}

/** The Up, Down and Remove buttons of one entry of a list; `name` says which entry to screen readers. */
export function listButtons(name: string, index: number, count: number, onMove: (by: number) => void, onRemove: () => void, removeLabel = 'Remove') {
  return html`<div class="row">
    <button type="button" ?disabled=${index === 0} aria-label=${`Move up (${name})`} @click=${() => onMove(-1)}>Move up</button>
    <button type="button" ?disabled=${index === count - 1} aria-label=${`Move down (${name})`} @click=${() => onMove(1)}>Move down</button>
    <button type="button" aria-label=${`${removeLabel} (${name})`} @click=${onRemove}>${removeLabel}</button>
  </div>`;
}

/**
 * Which of a fixed set of options are shown, in which order: a checkbox and Up and Down buttons for each.
 * `save` gets undefined when the choice is every option in the built-in order, so the config stays short.
 */
export function orderedChoice<T extends string>(idPrefix: string, legend: string, labels: Record<T, string>, current: unknown, save: (list: T[] | undefined) => void) {
  const all = Object.keys(labels) as T[];
  const chosen = (Array.isArray(current) ? current.filter((value) => all.includes(value)) : all) as T[];
  const order = [...chosen, ...all.filter((option) => !chosen.includes(option))];
  const store = (list: T[]) => save(list.length === all.length && list.every((option, i) => option === all[i]) ? undefined : list);
  const toggle = (option: T, on: boolean) => {
    const next = order.filter((o) => (o === option ? on : chosen.includes(o)));
    if (next.length) store(next);
  };
  return html`<fieldset>
    <legend>${legend}</legend>
    ${order.map((option, i) => {
      const shown = chosen.includes(option);
      return html`<div class="ordered">
        <label class="choice"><input type="checkbox" id=${`${idPrefix}-${option}`} .checked=${live(shown)} ?disabled=${shown && chosen.length === 1} @change=${(event: Event) => toggle(option, (event.target as HTMLInputElement).checked)} /> ${labels[option]}</label>
        ${shown
          ? html`<span class="moves">
              <button type="button" ?disabled=${i === 0} aria-label=${`Up (${labels[option]})`} @click=${() => store(move(chosen, i, -1))}>Up</button>
              <button type="button" ?disabled=${i === chosen.length - 1} aria-label=${`Down (${labels[option]})`} @click=${() => store(move(chosen, i, 1))}>Down</button>
            </span>`
          : nothing}
      </div>`;
    })}
  </fieldset>`;
}
