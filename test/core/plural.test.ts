import { expect } from '@open-wc/testing';
import { shortlistStrings } from '../../src/clinic-checklist/shortlist/shortlist.strings.js';
import { loadLocalePack } from '../../src/core/locale-packs.js';
import { fillCount, fillN } from '../../src/core/plural.js';
import type { Locale } from '../../src/core/strings.js';
import { describeLength, describeTouchUps } from '../../src/guarantee-comparison/guarantee-comparison.model.js';
import { comparisonStrings } from '../../src/guarantee-comparison/guarantee-comparison.strings.js';

// A string with a number in it names a form for each plural category the language needs, ICU style:
// `{n, plural, one {# year} other {# years}}`, `#` being the number. Intl.PluralRules picks the form.

const COUNTS = [0, 1, 2, 3, 11, 100];
const PACKED: Locale[] = ['es', 'de', 'fr', 'tr', 'ar'];

/** The plural strings of a table: every value with a `{name, plural, …}` part. */
function pluralStrings(table: Partial<Record<string, string>>): [string, string][] {
  return Object.entries(table).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].includes(', plural,'));
}

/** The categories a plural string names a form for. */
function categories(value: string): string[] {
  return [...value.matchAll(/(zero|one|two|few|many|other)\s*\{/g)].map((match) => match[1]!);
}

describe('core: plural forms', () => {
  it('picks the form of the count’s plural category, writing the number the locale’s way', () => {
    const years = '{n, plural, one {# year} other {# years}}';
    expect(COUNTS.map((n) => fillCount(years, { n }, 'en-GB'))).to.deep.equal(['0 years', '1 year', '2 years', '3 years', '11 years', '100 years']);
    expect(fillCount('{count, plural, one {# more question} other {# more questions}}; {name}', { count: 1000, name: 'X' }, 'en-GB')).to.equal('1,000 more questions; X');
  });

  it('remembers the words for a count without mixing up locales, counts or strings', async () => {
    const months = comparisonStrings['en-GB'].months;
    const arabic = (await loadLocalePack('ar'))!['guarantee-comparison']!.months!;
    for (const n of COUNTS) {
      // Arabic's forms read with English rules pick other forms (3: "other", not "few"): the locale is part of the key.
      for (const [template, locale] of [[months, 'en-GB'], [arabic, 'ar'], [arabic, 'en-GB'], [months, 'ar'], ['{n, plural, other {# weeks}}', 'en-GB']] as const) {
        expect(fillN(template, n, locale), `${locale} ${n}`).to.equal(fillCount(template, { n }, locale));
        expect(fillN(template, n, locale), `${locale} ${n}, asked again`).to.equal(fillCount(template, { n }, locale));
      }
    }
  });

  it('writes a count of -0 as 0', () => {
    expect(fillN(comparisonStrings['en-GB'].touchUpsSessions, -0, 'en-GB')).to.equal('0 sessions');
    expect(fillN(comparisonStrings['en-GB'].touchUpsSessions, 0, 'en-GB')).to.equal('0 sessions');
  });

  it('words every count in English: 1 year, 1 month, 1 session, within 1 month, 1 more question', () => {
    const strings = comparisonStrings['en-GB'];
    expect(describeLength({ years: 1 }, strings)).to.equal('1 year');
    expect(describeLength({ months: 1 }, strings)).to.equal('1 month');
    expect(describeLength({ months: 18 }, strings)).to.equal('18 months');
    expect(describeTouchUps({ name: 'A', guarantee: { touchUps: { included: true, sessions: 1, withinMonths: 1 } } }, strings)).to.equal('Included: 1 session within 1 month');
    expect(fillCount(shortlistStrings['en-GB'].emailMore, { count: 1 }, 'en-GB')).to.match(/^1 more question did not fit/);
    expect(fillCount(shortlistStrings['en-GB'].emailMore, { count: 2 }, 'en-GB')).to.match(/^2 more questions did not fit/);
  });

  for (const locale of PACKED) {
    it(`${locale}: every string with a count has the form each of 0, 1, 2, 3, 11 and 100 needs`, async () => {
      const pack = (await loadLocalePack(locale))!;
      const rules = new Intl.PluralRules(locale);
      const plurals = Object.entries(pack).flatMap(([section, table]) => pluralStrings(table!).map(([key, value]) => [`${section}.${key}`, value] as const));
      expect(plurals.map(([key]) => key)).to.include.members(['guarantee-comparison.years', 'guarantee-comparison.months', 'guarantee-comparison.touchUpsSessions', 'guarantee-comparison.touchUpsWithin', 'clinic-checklist.emailMore']);
      for (const [key, value] of plurals) {
        const named = categories(value);
        for (const n of COUNTS) {
          const category = rules.select(n);
          expect(named, `${locale} ${key}: no form for ${n} (${category})`).to.include(category);
          const text = fillCount(value, { n, count: n }, locale);
          expect(/[{}#]/.test(text), `${locale} ${key} for ${n}: ${text}`).to.be.false;
        }
      }
    });
  }

  it('ar: months, years and sessions take the dual, the plural of 3 to 10 and the singular after 11', async () => {
    const strings = (await loadLocalePack('ar'))!['guarantee-comparison']!;
    const months = (n: number) => fillCount(strings['months']!, { n }, 'ar');
    expect([1, 2, 3, 11, 12, 100].map(months)).to.deep.equal(['شهر واحد', 'شهران', '3 أشهر', '11 شهرًا', '12 شهرًا', '100 شهر']);
    expect(fillCount(strings['years']!, { n: 2 }, 'ar')).to.equal('سنتان');
    expect(fillCount(strings['touchUpsSessions']!, { n: 2 }, 'ar')).to.equal('جلستان');
  });
});
