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
 * language pack's text for that key, else the English (respelled by the en-US pack for US readers).
 */
export type Translate = (key: string, english: string) => string;

export function contentTranslator(content: Partial<Record<string, string>> | undefined, spelling?: Partial<Record<string, string>>): Translate {
  const spell = spelling ? respelling(spelling) : undefined;
  return (key, english) => content?.[key] ?? (spell ? spell(english) : english);
}

/** Built-in content as written in the built-in content files (British English). */
export const englishContent: Translate = contentTranslator(undefined);

/** Every key `build` asks a translator for, with its English text: what a language pack must cover. */
export function contentKeys(build: (translate: Translate) => void): Record<string, string> {
  const keys: Record<string, string> = {};
  build((key, english) => (keys[key] = english));
  return keys;
}

/**
 * The respelling a pack's `spelling` section describes (the en-US pack's, src/locales/en-US.ts): each key is a
 * rule written `/pattern/flags`, each value its replacement. Made once per pack.
 */
export const respelling = madeOnce((rules: Partial<Record<string, string>>) => {
  const compiled = Object.entries(rules).map(([rule, replacement]) => {
    const [, pattern, flags] = /^\/(.*)\/(\w*)$/.exec(rule) ?? [];
    return [new RegExp(pattern ?? rule, flags), replacement ?? ''] as const;
  });
  return (text: string) => compiled.reduce((result, [rule, replacement]) => result.replace(rule, replacement), text);
});
