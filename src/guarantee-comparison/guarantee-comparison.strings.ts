import type { StringTable } from '../core/strings.js';
import type { Criterion } from './guarantee-comparison.vocab.js';

export type ComparisonStringKey =
  | Criterion
  | 'clinic'
  | 'notStated'
  | 'unknown'
  | 'lifetime'
  | 'noGuarantee'
  | 'years'
  | 'months'
  | 'touchUpsIncluded'
  | 'touchUpsSessions'
  | 'touchUpsWithin'
  | 'touchUpsNotIncluded'
  | 'covered'
  | 'notCovered'
  | 'refundFull'
  | 'refundPartial'
  | 'refundNone'
  | 'yes'
  | 'no'
  | 'noConditions'
  | 'lifetimeConditions'
  | 'lifetimeNoConditions'
  | 'lifetimeCaution'
  | 'ratingGood'
  | 'ratingMixed'
  | 'ratingPoor'
  | 'source'
  | 'stale'
  | 'mostGenerous'
  | 'highlighted'
  | 'sortedBy'
  | 'mostGenerousFirst'
  | 'leastGenerousFirst'
  | 'ascending'
  | 'descending'
  | 'sortBy'
  | 'reverse'
  | 'showClinics'
  | 'shownCount'
  | 'allHidden'
  | 'showMore'
  | 'showingCount'
  | 'legend'
  | 'generalInformation';

/** UI strings; every one but the general-information note can be replaced through `config.strings`. */
/**
 * The title of a comparison whose config gives clinics but no title. It is here, in the widget's own chunk, and not in
 * the built-in content, so such a comparison fetches no built-in content at all; language packs translate it as
 * the built-in content's `title` (section `guarantee-comparison-built-in`).
 */
export const defaultTitle = 'SMP guarantees compared';

export const comparisonStrings: StringTable<ComparisonStringKey> = {
  'en-GB': {
    clinic: 'Clinic',
    length: 'Guarantee length',
    touchUps: 'Touch-ups',
    discolouration: 'Discolouration',
    refund: 'Refund',
    inWriting: 'In writing',
    conditions: 'Conditions',
    trackRecord: 'Track record of honouring it',
    verified: 'Last verified',
    notStated: 'Not stated',
    unknown: 'Unknown',
    lifetime: 'Lifetime',
    noGuarantee: 'No guarantee',
    // Strings with a count give a form for each plural category the language needs (see fill).
    years: '{n, plural, one {# year} other {# years}}',
    months: '{n, plural, one {# month} other {# months}}',
    touchUpsIncluded: 'Included',
    touchUpsSessions: '{n, plural, one {# session} other {# sessions}}',
    touchUpsWithin: '{n, plural, one {within # month} other {within # months}}',
    touchUpsNotIncluded: 'Not included',
    covered: 'Covered',
    notCovered: 'Not covered',
    refundFull: 'Full refund',
    refundPartial: 'Partial refund',
    refundNone: 'No refund',
    yes: 'Yes',
    no: 'No',
    noConditions: 'None listed',
    lifetimeConditions: 'Conditions of the lifetime term:',
    lifetimeNoConditions: 'Conditions of the lifetime term: not stated. Ask for them in writing.',
    // Shown beside every lifetime term, starred or not: "most generous as stated" is not the whole story.
    lifetimeCaution: 'Critics warn that lifetime terms can carry exclusions and are worthless if the clinic closes.', // F109
    ratingGood: 'Good',
    ratingMixed: 'Mixed',
    ratingPoor: 'Poor',
    source: 'Source',
    stale: 'Possibly out of date',
    mostGenerous: 'Most generous as stated',
    highlighted: 'This site’s own clinic',
    sortedBy: 'Sorted by {criterion}, {direction}.',
    mostGenerousFirst: 'most generous first',
    leastGenerousFirst: 'least generous first',
    ascending: 'A to Z',
    descending: 'Z to A',
    sortBy: 'Sort by',
    reverse: 'Reverse order',
    showClinics: 'Show or hide clinics',
    shownCount: '{shown} of {total} shown',
    allHidden: 'Every clinic is hidden. Choose clinics to show above.',
    showMore: 'Show {count} more',
    showingCount: 'Showing {shown} of {total} clinics.',
    legend: '★ marks the most generous term as stated for each criterion; “Not stated” means no information was given.',
    // Always shown, whatever the config: a site's `disclaimer` adds its own words beside it.
    generalInformation:
      'General information, not medical advice or legal advice. Terms are as each clinic states them and can ' + // F30
      'change: confirm them with the clinic in writing. A guarantee does not tell you whether SMP suits you: ask a ' + // F30
      'qualified clinician about contraindications, allergies, scars, keloid tendency, medication and transplant ' + // facts.md wording rules
      'timing.', // facts.md wording rules
  },
  'en-US': {
    discolouration: 'Discoloration',
    trackRecord: 'Track record of honoring it',
  },
};
