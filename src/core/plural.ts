import { madeOnce, rememberUpTo } from './memo.js';
import { fill, numberFormat, type Locale } from './strings.js';

// Strings with a count, in a form per plural category: `{n, plural, one {# year} other {# years}}` (ICU style),
// `#` standing for the number. Only the widgets' strings that carry a count use it (the comparison's lengths
// and sessions, the shortlist's e-mail), so a page without them does not load it.

const pluralRules = madeOnce((locale: Locale) => new Intl.PluralRules(locale));

// Each plural part's forms by category, read once per part: a table of a thousand clinics fills the same few.
const formsOf = madeOnce((part: string) => new Map([...part.matchAll(/(\w+)\s*\{([^}]*)\}/g)].map(([, category, text]) => [category!, text!])));

/**
 * `fill`, after each part `{name, plural, …}` takes the form of the plural category Intl.PluralRules gives the
 * number `name` in the locale (`zero`, `one`, `two`, `few`, `many` or `other`; `other` when the category has no
 * form). A form holds no other placeholder.
 */
export function fillCount(template: string, values: Record<string, string | number>, locale: Locale): string {
  const counted = template.replace(/\{(\w+), plural,((?:[^{}]|\{[^{}]*\})*)\}/g, (whole, name: string, part: string) => {
    const count = values[name];
    if (typeof count !== 'number') return whole;
    const forms = formsOf(part);
    return (forms.get(pluralRules(locale).select(count)) ?? forms.get('other') ?? '').replace(/#/g, numberFormat(locale).format(count));
  });
  return fill(counted, values, locale);
}

const countWords = rememberUpTo<string>(1000);

/**
 * `fillCount(template, { n }, locale)`, remembered: for the strings whose one value is the count `n`, such as a
 * guarantee's length in months. A table of a thousand clinics asks for a few dozen, thousands of times, and
 * each filling costs regular expressions, a plural rule and a number format.
 */
export function fillN(template: string, n: number, locale: Locale): string {
  // -0 (JSON can say it) is written 0, as its key says: a number format would write "-0".
  const count = n === 0 ? 0 : n;
  return countWords(`${locale} ${count} ${template}`, () => fillCount(template, { n: count }, locale));
}
