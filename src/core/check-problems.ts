import type * as z from 'zod/mini';
import { wordedProblem, type ConfigProblem } from './problems.js';

// Turning zod's issues into problems a site owner can act on. Only core/config.ts and the builder import
// this, so it loads with the validator.

/**
 * The wording of every problem found by checking a config, in English (the kinds of value first). Schemas
 * name their own checks by these keys (`z.regex(…, { message: 'idFormat' })`).
 */
const checkWording = {
  'kind.text': 'text',
  'kind.emptyText': 'empty text',
  'kind.number': 'a number',
  'kind.decimal': 'a decimal number',
  'kind.wholeNumber': 'a whole number',
  'kind.boolean': 'true or false',
  'kind.list': 'a list',
  'kind.object': 'an object',
  'kind.null': 'null',
  'kind.nothing': 'nothing',
  missing: 'missing, expected {expected}',
  wrongType: 'expected {expected}, got {got}',
  emptyText: 'expected text, got empty text',
  listTooShort: 'expected a list of at least {minimum}, got {count}',
  textOrList: 'expected text or a list, got {got}',
  tooSmall: 'expected at least {minimum}, got {got}',
  listTooLong: 'expected a list of at most {maximum}',
  textTooLong: 'expected at most {maximum} characters',
  tooBig: 'expected at most {maximum}, got {got}',
  oneOf: 'expected one of {values}, got {got}',
  format: 'expected {format}, got {got}',
  noFormMatches: 'got {got}, which matches none of the accepted forms',
  unknownKey: 'unknown key {keys}',
  unknownKeys: 'unknown keys {keys}',
  idFormat: 'expected an id of letters, digits, "-" or "_", got {got}',
  dateFormat: 'expected a date written YYYY-MM-DD, got {got}',
  realDate: 'expected a real calendar date',
  lengthFormat: 'expected a length such as "480px" or "30em", got {got}',
  anchorFormat: 'expected "#" followed by an element id, got {got}',
  linkScheme: 'expected a link starting with http:, https:, mailto:, tel:',
  textOrFalse: 'expected text or false, got {got}',
  guaranteeLength: 'expected "lifetime", "none", "unknown", { "years": n } or { "months": n }, got {got}',
  clinicNameTwice: '"{value}" appears twice; each clinic needs its own name',
  itemIdTwice: '"{value}" is already used by another item; each item needs its own id',
  viewTwice: '"{value}" is listed twice',
  noClinicNamed: 'no clinic is named "{value}"',
  viewNotShown: '"{value}" is not among the views shown',
  newEntryNeeds: 'missing, expected text (an entry with a new id, "{id}", needs {fields})',
  notJson: 'is not valid JSON ({detail})',
  frameworkTooEarly:
    'received "[object Object]": the page passed an object before the widget script loaded. ' +
    'Load the smp-widgets script before your framework renders, or set the config property instead of the attribute',
  loadedNotObject: 'expected the loaded data to be an object, got {got}',
  couldNotRead: 'could not be read',
};

export type CheckProblemKey = keyof typeof checkWording;
export const checkProblemStrings = { 'en-GB': checkWording, 'en-US': {} };

function isCheckKey(key: unknown): key is CheckProblemKey {
  return typeof key === 'string' && Object.hasOwn(checkWording, key);
}

/** A problem found by checking a config, worded by its key. */
export function checkProblem(path: string, key: CheckProblemKey, values: Record<string, string> = {}): ConfigProblem {
  return wordedProblem(checkWording, path, key, values);
}

type Issue = z.core.$ZodIssue;

/** `['sections', 0, 'items', 2, 'label']` → `sections[0].items[2].label`; the empty path is the config itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || 'config';
}

const TYPE_KINDS: Record<string, CheckProblemKey> = {
  string: 'kind.text',
  number: 'kind.number',
  int: 'kind.wholeNumber',
  boolean: 'kind.boolean',
  array: 'kind.list',
  object: 'kind.object',
  null: 'kind.null',
  undefined: 'kind.nothing',
};

/** The kind of a JSON value, as a key of the wording table. */
export function kindOf(value: unknown): string {
  if (value === null) return 'kind.null';
  if (Array.isArray(value)) return 'kind.list';
  if (typeof value === 'string') return value.trim() ? 'kind.text' : 'kind.emptyText';
  if (typeof value === 'number') return Number.isInteger(value) ? 'kind.number' : 'kind.decimal';
  return TYPE_KINDS[typeof value] ?? typeof value;
}

/** Names a JSON value's kind in plain words, as a reader of the error panel would say it. */
export function describeValue(value: unknown): string {
  const kind = kindOf(value);
  return isCheckKey(kind) ? checkWording[kind] : kind;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A value as a message quotes it: JSON where it has one, else its kind. A config set as a property can hold
 * anything (objects without a prototype, cycles, big integers), and explaining it must never throw.
 */
function quote(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? describeValue(value);
  } catch {
    return describeValue(value);
  }
}

type Wording = { key: CheckProblemKey; values?: Record<string, string> } | { message: string };

function explain(issue: Issue, input: unknown): Wording {
  const found = valueAt(input, issue.path);
  const got = found === undefined ? 'kind.nothing' : quote(found);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_KINDS[issue.expected] ?? issue.expected;
      return found === undefined ? { key: 'missing', values: { expected } } : { key: 'wrongType', values: { expected, got: kindOf(found) } };
    }
    case 'too_small':
      if (issue.origin === 'string') return { key: 'emptyText' };
      if (issue.origin === 'array') return { key: 'listTooShort', values: { minimum: String(issue.minimum), count: String((found as unknown[]).length) } };
      if (issue.origin !== 'number' && issue.origin !== 'bigint') return { key: 'textOrList', values: { got: kindOf(found) } };
      return { key: 'tooSmall', values: { minimum: String(issue.minimum), got } };
    case 'too_big':
      if (issue.origin === 'array') return { key: 'listTooLong', values: { maximum: String(issue.maximum) } };
      if (issue.origin === 'string') return { key: 'textTooLong', values: { maximum: String(issue.maximum) } };
      return { key: 'tooBig', values: { maximum: String(issue.maximum), got } };
    case 'invalid_value':
      return { key: 'oneOf', values: { values: issue.values.map((v) => quote(v)).join(', '), got } };
    case 'invalid_format':
      // Regex checks are named by the schema (see `idSchema`); other formats are named by zod.
      if (issue.format === 'regex' && isCheckKey(issue.message)) return { key: issue.message, values: { got } };
      return { key: 'format', values: { format: issue.format, got } };
    case 'invalid_union':
      // A union with its own wording (see the guarantee length) names the accepted forms.
      return isCheckKey(issue.message) ? { key: issue.message, values: { got } } : { key: 'noFormMatches', values: { got: kindOf(found) } };
    case 'unrecognized_keys':
      return { key: issue.keys.length > 1 ? 'unknownKeys' : 'unknownKey', values: { keys: issue.keys.map((k) => `"${k}"`).join(', ') } };
    case 'custom':
      // Cross-field rules name their wording and pass its values as params.
      if (isCheckKey(issue.message)) return { key: issue.message, values: (issue.params as Record<string, string> | undefined) ?? {} };
      return { message: issue.message };
    default:
      return { message: issue.message };
  }
}

/** Turns zod issues into problems a site owner can act on; the raw input supplies the "got …" part. */
export function problemsFromIssues(issues: readonly Issue[], input: unknown): ConfigProblem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const wording = explain(issue, input);
    return 'key' in wording ? checkProblem(path, wording.key, wording.values) : { path, message: wording.message };
  });
}

