import { fill, numberFormat, perLocale, type Locale } from './strings.js';

// Strings with a count, in a form per plural category: `{n, plural, one {# year} other {# years}}` (ICU style),
// `#` standing for the number. Only the widgets' strings that carry a count use it (the comparison's lengths
// and sessions, the shortlist's e-mail), so a page without them does not load it.

const pluralRules = perLocale((locale) => new Intl.PluralRules(locale));

/**
 * `fill`, after each part `{name, plural, …}` takes the form of the plural category Intl.PluralRules gives the
 * number `name` in the locale (`zero`, `one`, `two`, `few`, `many` or `other`; `other` when the category has no
 * form). A form holds no other placeholder.
 */
export function fillCount(template: string, values: Record<string, string | number>, locale: Locale): string {
  const counted = template.replace(/\{(\w+), plural,((?:[^{}]|\{[^{}]*\})*)\}/g, (whole, name: string, forms: string) => {
    const count = values[name];
    const form = (category: string) => new RegExp(`${category}\\s*\\{([^}]*)`).exec(forms)?.[1];
    return typeof count === 'number' ? (form(pluralRules(locale).select(count)) ?? form('other') ?? '').replace(/#/g, numberFormat(locale).format(count)) : whole;
  });
  return fill(counted, values, locale);
}
