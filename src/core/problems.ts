import { fill, type Locale, type StringTable } from './strings.js';

/**
 * The wording of the problems a widget can report before or without checking a config (a part that did not
 * load, rendering), in English. Language packs translate every problem key, these, those of loading `src`
 * (core/remote-config.ts) and those of core/check-problems.ts, in their `core` section. `{…}` are filled in; a value written `kind.…` names a
 * kind of value, itself a key (see check-problems.ts).
 */
const loadWording = {
  couldNotDisplay: 'could not be displayed',
  checkerNotLoaded: 'could not be checked: a file of the widget did not load. Reload the page to try again',
  contentNotLoaded: 'the built-in text did not load: a file of the widget is missing. Reload the page to try again',
  notLoaded: 'could not be loaded from {url} ({detail})',
};

export type LoadProblemKey = keyof typeof loadWording;
export const loadProblemStrings: StringTable<LoadProblemKey> = { 'en-GB': loadWording, 'en-US': {} };

/**
 * One thing wrong with a config, ready to show: `items[2].label` and `expected text, got a number`.
 * `message` is the English (for the console); `key` and `values` let the panel say it in the widget's language.
 */
export interface ConfigProblem {
  path: string;
  message: string;
  key?: string;
  values?: Record<string, string>;
}

/** Fills a problem's template; a value written `kind.…` is itself a wording of `words`, where it has one. */
function fillWording(template: string, values: Record<string, string>, words: Partial<Record<string, string>>, locale?: Locale): string {
  const filled = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, (value.startsWith('kind.') && words[value]) || value]));
  return fill(template, filled, locale);
}

/** A problem worded from a table of English templates by its key. */
export function wordedProblem<K extends string>(english: Record<K, string>, path: string, key: K, values: Record<string, string> = {}): ConfigProblem {
  return { path, key, values, message: fillWording(english[key], values, english) };
}

/** A problem of loading or rendering, worded by its key. */
export function problem(path: string, key: LoadProblemKey, values: Record<string, string> = {}): ConfigProblem {
  return wordedProblem(loadWording, path, key, values);
}

/**
 * A problem's message in a locale, from a language pack's `core` section (kinds of value too); the English
 * message where the locale is English or the pack lacks a wording.
 */
export function problemMessage(problem: ConfigProblem, locale: Locale, pack?: Partial<Record<string, string>>): string {
  const template = problem.key ? pack?.[problem.key] : undefined;
  if (!template) return problem.message;
  return fillWording(template, problem.values ?? {}, pack ?? {}, locale);
}

export function problemToText(problem: ConfigProblem): string {
  return `${problem.path}: ${problem.message}`;
}
