import { madeOnce } from './memo.js';

export const SUPPORTED_LOCALES = ['en-GB', 'en-US', 'es', 'de', 'fr', 'tr', 'ar'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-GB';

/**
 * A locale pack (src/locales/): UI strings by section (`core` and each widget's tag without the `smp-` prefix),
 * and built-in content (`<widget>-built-in`).
 */
export type LocalePack = Record<string, Partial<Record<string, string>>>;

/** Locales written right to left: a widget in one lays itself out right to left on any page. */
export function isRightToLeft(locale: Locale): boolean {
  return locale === 'ar';
}

function matchLocale(tag: string | null | undefined): Locale | undefined {
  const wanted = tag?.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === wanted);
  if (exact) return exact;
  const language = wanted.split(/[-_]/)[0];
  if (language === 'en') return DEFAULT_LOCALE;
  return SUPPORTED_LOCALES.find((locale) => locale === language);
}

/** The nearest `lang` attribute: on the element, an ancestor (across shadow roots), or the page. */
function nearestLang(element: Element | undefined): string | undefined {
  let node: Node | null | undefined = element;
  // Node types by number, not instanceof: a server renderer has no Element or ShadowRoot classes.
  while (node) {
    if (node.nodeType === 1 && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang') ?? undefined;
    node = node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
  }
  return undefined;
}

/**
 * The locale a widget uses: its `locale` attribute, else the nearest `lang`, matched exactly or by
 * language (`es-MX` → `es`, `en-AU` → `en-GB`); anything unsupported gets British English.
 */
export function pickLocale(requested: string | null | undefined, element?: Element): Locale {
  return matchLocale(requested) ?? matchLocale(nearestLang(element)) ?? DEFAULT_LOCALE;
}

/**
 * A widget's UI strings: one complete British table and the US changes to it. Other locales come from
 * locale packs (src/locales/), loaded only when used.
 */
export interface StringTable<K extends string> {
  'en-GB': Record<K, string>;
  'en-US': Partial<Record<K, string>>;
}

/**
 * The key of every widget's general-information note ("general information, not medical advice; ask a
 * qualified clinician …"): a language pack translates it, a site's `config.strings` cannot replace it.
 */
export const GENERAL_INFORMATION = 'generalInformation';

/** The note under a widget: its general-information sentence, then the site's own words beside it, if any. */
export function disclaimerNote(generalInformation: string, siteWords: string | false | undefined): string {
  const words = typeof siteWords === 'string' ? siteWords.trim() : '';
  return words ? `${generalInformation} ${words}` : generalInformation;
}

/**
 * British strings, then the locale's (US changes or a loaded pack), then the site's own `config.strings`,
 * except the general-information note.
 */
export function stringsFor<K extends string>(
  table: StringTable<K>,
  locale: Locale,
  overrides: Partial<Record<K, string | undefined>> | undefined,
  pack?: Partial<Record<string, string>>,
): Record<K, string> {
  const strings: Record<K, string> = { ...table['en-GB'], ...(locale === 'en-US' ? table['en-US'] : {}) };
  for (const [key, value] of Object.entries(pack ?? {})) {
    if (typeof value === 'string' && key in strings) strings[key as K] = value;
  }
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string' && key in strings && key !== GENERAL_INFORMATION) strings[key as K] = value;
  }
  return strings;
}

/**
 * Fills `{name}` placeholders: `fill('{checked} of {total} checked', { checked: 5, total: 12 })`. Numbers are
 * written the locale's way. Strings with plural forms go through `fillCount` (core/plural.ts) instead.
 */
export function fill(template: string, values: Record<string, string | number>, locale: Locale = DEFAULT_LOCALE): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    return value === undefined ? whole : typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

// Formatters are costly to build, and a table of a thousand clinics asks for thousands of numbers.
export const numberFormat = madeOnce((locale: Locale) => new Intl.NumberFormat(locale));

/**
 * Built-in content in the reader's language: `translate('item.healed-work.label', english)` gives the
 * language pack's text for that key, else the English (in US spelling for en-US).
 */
export type Translate = (key: string, english: string) => string;

export function contentTranslator(locale: Locale, content: Partial<Record<string, string>> | undefined): Translate {
  return (key, english) => content?.[key] ?? spellFor(locale, english);
}

/** Built-in content as written in the built-in content files (British English). */
export const englishContent: Translate = contentTranslator(DEFAULT_LOCALE, undefined);

/** Every key `build` asks a translator for, with its English text: what a language pack must cover. */
export function contentKeys(build: (translate: Translate) => void): Record<string, string> {
  const keys: Record<string, string> = {};
  build((key, english) => (keys[key] = english));
  return keys;
}

// How British words of the built-in content are spelled in the US, as rules over word stems, so that a word
// the content does not use yet is covered too; each keeps the word's first letter, capital or not. Config text
// from a site is never changed.
const US_RULES: [RegExp, string][] = [
  [/\b((?:dis)?col|hon|fav|behavi)our/gi, '$1or'],
  [/\b(organ|recogn|optim|minim|emphas|real)is(e[ds]?|ing|ations?)\b/gi, '$1iz$2'],
  [/\b(analy)s(e[ds]?|ing)\b/gi, '$1z$2'],
  [/\b(cent|fib|theat)re(s?)\b/gi, '$1er$2'],
  [/\b(cent)red\b/gi, '$1ered'],
  [/\b(licen)ce/gi, '$1se'],
  [/\b(practi)s/gi, '$1c'],
  [/\b(program)me/gi, '$1'],
  [/\b(gr)ey/gi, '$1ay'],
  [/\b(travel|cancel|label)l(ed|ing)\b/gi, '$1$2'],
  [/\b(judg)ement/gi, '$1ment'],
  [/\b(ag)eing/gi, '$1ing'],
  [/\b(s)ceptic/gi, '$1keptic'],
  [/\b(whil)st\b/gi, '$1e'],
  [/\b(among)st\b/gi, '$1'],
  [/\btick(s|ed|ing)?\b/g, 'check$1'],
  [/\bTick(s|ed|ing)?\b/g, 'Check$1'],
  // US readers say touch-up where British ones also say top-up.
  [/\b(t)op-up/gi, '$1ouch-up'],
];

/** Built-in content is written in British English; this gives the en-US spelling of it. */
export function spellFor(locale: Locale, text: string): string {
  return locale === 'en-US' ? US_RULES.reduce((result, [rule, us]) => result.replace(rule, us), text) : text;
}
