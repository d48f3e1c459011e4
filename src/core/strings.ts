import * as z from 'zod/mini';

export const SUPPORTED_LOCALES = ['en-GB', 'en-US'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en-GB';

/** Picks a supported locale by exact (case-insensitive) match; anything else gets British English. */
export function resolveLocale(requested: string | null | undefined): Locale {
  const match = SUPPORTED_LOCALES.find((locale) => locale.toLowerCase() === requested?.trim().toLowerCase());
  return match ?? DEFAULT_LOCALE;
}

/** A widget's UI strings: one complete British table, and per-locale changes to it. */
export interface StringTable<K extends string> {
  'en-GB': Record<K, string>;
  'en-US': Partial<Record<K, string>>;
}

/** Locale strings, then the site's own overrides from `config.strings`. */
export function resolveStrings<K extends string>(
  table: StringTable<K>,
  locale: Locale,
  overrides: Partial<Record<K, string | undefined>> | undefined,
): Record<K, string> {
  const strings: Record<K, string> = { ...table['en-GB'], ...table[locale] };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (typeof value === 'string') strings[key as K] = value;
  }
  return strings;
}

/** The `strings` field of a widget's config: every key optional, unknown keys reported like any typo. */
export function stringsSchema<K extends string>(table: StringTable<K>) {
  const shape = Object.fromEntries(Object.keys(table['en-GB']).map((key) => [key, z.optional(z.string())]));
  return z.strictObject(shape as Record<K, z.ZodMiniOptional<z.ZodMiniString>>);
}

/** Fills `{name}` placeholders: `fill('{checked} of {total} checked', { checked: 5, total: 12 })`. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

// Words of the built-in content whose US spelling differs; config text from a site is never changed.
const US_SPELLING: Record<string, string> = {
  colour: 'color',
  colours: 'colors',
  discolouration: 'discoloration',
  discoloured: 'discolored',
  honour: 'honor',
  honoured: 'honored',
  honouring: 'honoring',
  centre: 'center',
  practise: 'practice',
  organise: 'organize',
  recognise: 'recognize',
  analyse: 'analyze',
  licence: 'license',
  ticked: 'checked',
  tick: 'check',
};
const US_WORDS = new RegExp(`\\b(${Object.keys(US_SPELLING).join('|')})\\b`, 'gi');

/** Built-in content is written in British English; this gives the en-US spelling of it. */
export function spellFor(locale: Locale, text: string): string {
  if (locale !== 'en-US') return text;
  return text.replace(US_WORDS, (word) => {
    const us = US_SPELLING[word.toLowerCase()] ?? word;
    return word[0] === word[0]?.toUpperCase() ? us[0]!.toUpperCase() + us.slice(1) : us;
  });
}
