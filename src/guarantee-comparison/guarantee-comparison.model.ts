import { loaded } from '../core/lazy-import.js';
import { isAllowedLink } from '../core/links.js';
import { contentKeys, DEFAULT_LOCALE, englishContent, fill, type Locale, type Translate } from '../core/strings.js';
import { fillN } from '../core/plural.js';
import { madeOnce, rememberUpTo } from '../core/memo.js';
import type * as Defaults from './guarantee-comparison.built-in.js';
import { defaultTitle, type ComparisonStringKey } from './guarantee-comparison.strings.js';
import type { Clinic, ComparisonConfig, GuaranteeLength, Ranking } from './guarantee-comparison.schema.js';
import { CRITERIA, DISCOLOURATION, REFUND, TRACK_RECORD, type Criterion } from './guarantee-comparison.vocab.js';


// Data shaping for the comparison, free of the DOM so unit tests call it directly.

export type Strings = Record<ComparisonStringKey, string>;
export type SortKey = Criterion | 'name';
export type SortDirection = 'ascending' | 'descending';

/** Criteria whose values can be ranked from most to least generous. */
export const RANKED: readonly Criterion[] = ['length', 'touchUps', 'discolouration', 'refund', 'inWriting', 'trackRecord'];

// Built-in orders, most generous first. `unknown` is never ranked.
const DEFAULT_ORDERS = {
  discolouration: DISCOLOURATION.filter((v) => v !== 'unknown'),
  refund: REFUND.filter((v) => v !== 'unknown'),
  trackRecord: TRACK_RECORD.filter((v) => v !== 'unknown'),
};

function orderScore(order: readonly string[], value: string | undefined): number | undefined {
  const index = value === undefined ? -1 : order.indexOf(value);
  return index < 0 ? undefined : order.length - index;
}

function lengthInMonths(length: GuaranteeLength | undefined): number | undefined {
  if (length === undefined || length === 'unknown') return undefined;
  if (length === 'lifetime') return Number.POSITIVE_INFINITY;
  if (length === 'none') return 0;
  return 'years' in length ? length.years * 12 : length.months;
}

/**
 * How generous a clinic's stated term is on one criterion: higher is more generous; undefined where
 * nothing comparable is stated. Touch-ups rank included before not, then more sessions, then the
 * longer window.
 */
export function generosity(criterion: Criterion, clinic: Clinic, ranking: Ranking = {}): number | undefined {
  const guarantee = clinic.guarantee;
  switch (criterion) {
    case 'length':
      return lengthInMonths(guarantee?.length);
    case 'touchUps': {
      const touchUps = guarantee?.touchUps;
      if (!touchUps) return undefined;
      if (!touchUps.included) return 0;
      return 1e9 + (touchUps.sessions ?? 0) * 1e4 + Math.min(touchUps.withinMonths ?? 0, 9999);
    }
    case 'discolouration':
      return orderScore(ranking.discolouration ?? DEFAULT_ORDERS.discolouration, guarantee?.discolouration);
    case 'refund':
      return orderScore(ranking.refund ?? DEFAULT_ORDERS.refund, guarantee?.refund);
    case 'inWriting':
      return guarantee?.inWriting === undefined ? undefined : Number(guarantee.inWriting);
    case 'trackRecord':
      return orderScore(ranking.trackRecord ?? DEFAULT_ORDERS.trackRecord, clinic.trackRecord?.rating);
    default:
      return undefined;
  }
}

/**
 * The clinics (by name) whose stated term is the most generous on `criterion`. Ties mark every tied
 * clinic; nothing is marked unless at least two clinics state a value and they differ, since a lone
 * or shared term is not "more generous" than anything.
 */
export function mostGenerous(criterion: Criterion, clinics: readonly Clinic[], ranking: Ranking = {}): Set<string> {
  const marked = ranking.marked ?? RANKED;
  if (!marked.includes(criterion)) return new Set();
  const scored = clinics
    .map((clinic) => ({ name: clinic.name, score: generosity(criterion, clinic, ranking) }))
    .filter((entry): entry is { name: string; score: number } => entry.score !== undefined);
  if (scored.length < 2) return new Set();
  const best = Math.max(...scored.map((entry) => entry.score));
  if (scored.every((entry) => entry.score === best)) return new Set();
  return new Set(scored.filter((entry) => entry.score === best).map((entry) => entry.name));
}

const MONTH_MS = 30.44 * 24 * 60 * 60 * 1000;

/** True when the details were never dated or were last verified more than `months` before `now`. */
export function isStale(clinic: Clinic, now: Date, months = 12): boolean {
  if (!clinic.verified) return true;
  return now.getTime() - Date.parse(`${clinic.verified}T00:00:00Z`) > months * MONTH_MS;
}

/**
 * Clinics sorted by one criterion; descending means most generous (or latest, or Z to A) first.
 * Clinics with nothing comparable stated always come last, in their original order.
 */
export function sortClinics(clinics: readonly Clinic[], key: SortKey, direction: SortDirection, ranking: Ranking = {}): Clinic[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const value = (clinic: Clinic): number | string | undefined => {
    if (key === 'name') return clinic.name.toLocaleLowerCase();
    if (key === 'verified') return clinic.verified;
    if (key === 'conditions') return clinic.guarantee?.conditions?.length;
    return generosity(key, clinic, ranking);
  };
  return clinics
    .map((clinic, index) => ({ clinic, index, value: value(clinic) }))
    .sort((a, b) => {
      if (a.value === undefined || b.value === undefined) {
        return a.value === b.value ? a.index - b.index : a.value === undefined ? 1 : -1;
      }
      if (a.value === b.value) return a.index - b.index;
      return (a.value < b.value ? -1 : 1) * sign;
    })
    .map((entry) => entry.clinic);
}

/**
 * Where a sort goes next: the criterion sorted already turns round; another starts from its natural order
 * (A to Z for names, most generous first for the rest), unless a direction is asked for.
 */
export function nextSort(current: SortKey | undefined, currentDirection: SortDirection, key: SortKey, direction?: SortDirection): SortDirection {
  if (direction) return direction;
  if (key === current) return currentDirection === 'ascending' ? 'descending' : 'ascending';
  return key === 'name' ? 'ascending' : 'descending';
}

/** The words for a sort key: its column's label. */
export function sortLabel(key: SortKey, strings: Strings): string {
  return key === 'name' ? strings.clinic : strings[key];
}

/** What a screen reader hears once the clinics are sorted, for example "Sorted by Refund, most generous first". */
export function sortAnnouncement(key: SortKey, direction: SortDirection, strings: Strings): string {
  const words: Record<SortDirection, string> =
    key === 'name'
      ? { ascending: strings.ascending, descending: strings.descending }
      : { ascending: strings.leastGenerousFirst, descending: strings.mostGenerousFirst };
  return fill(strings.sortedBy, { criterion: sortLabel(key, strings), direction: words[direction] });
}

/** The criteria to show, in order, and the labels of every custom row across all clinics. */
export function rowsToShow(config: ComparisonConfig | undefined): { criteria: readonly Criterion[]; extraLabels: string[] } {
  const extraLabels = [...new Set((config?.clinics ?? []).flatMap((clinic) => (clinic.extra ?? []).map((row) => row.label)))];
  // A criterion listed twice is shown once: the table has one place for each.
  return { criteria: [...new Set(config?.criteria ?? CRITERIA)], extraLabels };
}

/**
 * Clinics listed before a "Show more" button. A reader compares a screenful at a time, and a page that
 * builds a thousand rows at once makes its host wait for all of them.
 */
export const PAGE_SIZE = 100;

/** The clinics on screen once the reader has asked for `pages` pages, and how many are left. */
export function firstPages<T>(clinics: readonly T[], pageSize: number, pages: number): { visible: readonly T[]; remaining: number } {
  const visible = clinics.slice(0, pageSize * pages);
  return { visible, remaining: clinics.length - visible.length };
}

export function useColumns(config: ComparisonConfig | undefined, shownClinics: number): boolean {
  const layout = config?.layout ?? 'auto';
  return layout === 'columns' || (layout === 'auto' && shownClinics <= 4);
}

// ---- Wording of each value ----

export function describeLength(length: GuaranteeLength | undefined, strings: Strings, locale: Locale = DEFAULT_LOCALE): string {
  if (length === undefined) return strings.notStated;
  if (length === 'unknown') return strings.unknown;
  if (length === 'lifetime') return strings.lifetime;
  if (length === 'none') return strings.noGuarantee;
  return 'years' in length ? fillN(strings.years, length.years, locale) : fillN(strings.months, length.months, locale);
}

export function describeTouchUps(clinic: Clinic, strings: Strings, locale: Locale = DEFAULT_LOCALE): string {
  const touchUps = clinic.guarantee?.touchUps;
  if (!touchUps) return strings.notStated;
  if (!touchUps.included) return strings.touchUpsNotIncluded;
  const detail = [
    touchUps.sessions === undefined ? '' : fillN(strings.touchUpsSessions, touchUps.sessions, locale),
    touchUps.withinMonths === undefined ? '' : fillN(strings.touchUpsWithin, touchUps.withinMonths, locale),
  ]
    .filter(Boolean)
    .join(' ');
  return detail ? `${strings.touchUpsIncluded}: ${detail}` : strings.touchUpsIncluded;
}

const VALUE_WORDS: Record<string, ComparisonStringKey> = {
  covered: 'covered',
  'not-covered': 'notCovered',
  unknown: 'unknown',
  full: 'refundFull',
  partial: 'refundPartial',
  none: 'refundNone',
  good: 'ratingGood',
  mixed: 'ratingMixed',
  poor: 'ratingPoor',
};

/** Words for an enumerated value, or "Not stated" when absent. */
export function describeValue(value: string | boolean | undefined, strings: Strings): string {
  if (value === undefined) return strings.notStated;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  const key = VALUE_WORDS[value];
  return key ? strings[key] : value;
}

// Creating a formatter costs far more than using one (75 ms for 1,000 clinics, measured), so keep one per locale;
// and many clinics share a date: each date's words are kept too.
const dateFormat = madeOnce((locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));
const dateWords = rememberUpTo<string>(1000);

export function formatDate(date: string, locale: string): string {
  return dateWords(`${locale} ${date}`, () => dateFormat(locale).format(new Date(`${date}T00:00:00Z`)));
}

/** The built-in content: the built-in content file, imported only when a config leaves some of it to the widget. */
export type BuiltInComparison = typeof Defaults;

/** What to ask about each criterion, and why: shown when there are no clinics to compare. */
export type Guide = Partial<Record<Criterion, { question: string; answer: string }>>;

/**
 * The comparison's own text: the site's where the config gives it, the built-in content elsewhere. (Its
 * general-information note is one of its UI strings, shown whatever the config.)
 */
export interface ComparisonContent {
  title: string;
  intro: string | undefined;
  /** Only without clinics. */
  guide: Guide | undefined;
}

/** Whether a config leaves anything to the built-in content: with no clinics, the question guide and its words. */
export function needsBuiltIn(config: ComparisonConfig | undefined): boolean {
  return !config?.clinics?.length;
}

/**
 * The comparison's text in the reader's language. `builtIn` is needed where `needsBuiltIn(config)` says so;
 * with no clinics the comparison shows the question guide and its own title.
 */
export function comparisonContent(config: ComparisonConfig | undefined, builtIn: BuiltInComparison | undefined, t: Translate = englishContent): ComparisonContent {
  const guide = config?.clinics?.length ? undefined : loaded(builtIn).guide;
  return {
    title: config?.title ?? (guide ? t('guideTitle', loaded(builtIn).guideTitle) : t('title', defaultTitle)),
    intro: config?.intro ?? (guide ? t('guideIntro', loaded(builtIn).guideIntro) : undefined),
    guide:
      guide &&
      Object.fromEntries(
        Object.entries(guide).map(([criterion, entry]) => [
          criterion,
          { question: t(`guide.${criterion}.question`, entry.question), answer: t(`guide.${criterion}.answer`, entry.answer) },
        ]),
      ),
  };
}

/** Every key of the built-in content, with its English text: what a language pack translates. */
export function comparisonContentKeys(builtIn: BuiltInComparison): Record<string, string> {
  return contentKeys((t) => {
    comparisonContent(undefined, builtIn, t);
    comparisonContent({ clinics: [{ name: '' }] }, builtIn, t);
  });
}

// ---- What each clinic's cells say, worked out once per config ----

/** The words of one cell. `text` is the value; the rest are what stands beside it, when there is any. */
export interface CellView {
  text: string;
  /** What stands beside the value: the most generous term as stated, or (`verified`) possibly out of date. */
  flag?: 'marker' | 'stale';
  /** `conditions`: the list itself, when one is given (`text` then says nothing). */
  conditions?: readonly string[];
  /** `length` when lifetime: its conditions joined, or '' when none are stated. */
  lifetimeConditions?: string;
  /** `trackRecord`: the note and the address of its source. */
  note?: string;
  source?: string;
}

/**
 * A clinic as the table and cards show it: one cell per criterion shown, then one per extra row. It is worked out
 * from the page's own object when it is shown (the widget keeps that object rather than a copy), so its links
 * are checked here again: a page that changed a clinic in place since it was checked gets text, not its link.
 */
export interface ClinicView {
  clinic: Clinic;
  name: string;
  location: string;
  /** The clinic's site, when it is one the widget may link to. */
  url: string | undefined;
  highlighted: boolean;
  cells: CellView[];
  extras: string[];
}

/** Everything a clinic's cells depend on besides the clinic. */
export interface CellContext {
  config: ComparisonConfig | undefined;
  criteria: readonly Criterion[];
  extraLabels: readonly string[];
  marks: ReadonlyMap<Criterion, ReadonlySet<string>>;
  strings: Strings;
  locale: Locale;
  now: Date;
}

function cellView(criterion: Criterion, clinic: Clinic, context: CellContext): CellView {
  const { strings, locale } = context;
  const guarantee = clinic.guarantee;
  const flag = context.marks.get(criterion)?.has(clinic.name) ? ('marker' as const) : undefined;
  switch (criterion) {
    case 'length': {
      const lifetime = guarantee?.length === 'lifetime';
      return { text: describeLength(guarantee?.length, strings, locale), flag, ...(lifetime ? { lifetimeConditions: guarantee?.conditions?.join('; ') ?? '' } : {}) };
    }
    case 'touchUps':
      return { text: describeTouchUps(clinic, strings, locale), flag };
    case 'conditions': {
      const conditions = guarantee?.conditions;
      if (conditions?.length) return { text: '', conditions };
      return { text: conditions ? strings.noConditions : strings.notStated };
    }
    case 'verified': {
      const text = clinic.verified ? formatDate(clinic.verified, locale) : strings.notStated;
      return { text, flag: isStale(clinic, context.now, context.config?.staleAfterMonths) ? 'stale' : undefined };
    }
    case 'trackRecord': {
      const record = clinic.trackRecord;
      return { text: describeValue(record?.rating, strings), flag, note: record?.note, source: linkOrNothing(record?.source) };
    }
    default:
      return { text: describeValue(guarantee?.[criterion], strings), flag };
  }
}

const linkOrNothing = (value: unknown) => (typeof value === 'string' && isAllowedLink(value) ? value : undefined);

/** One clinic's cells in the order shown. */
export function clinicView(clinic: Clinic, context: CellContext): ClinicView {
  return {
    clinic,
    name: String(clinic.name),
    location: String(clinic.location ?? ''),
    url: linkOrNothing(clinic.url),
    highlighted: context.config?.highlight === clinic.name,
    cells: context.criteria.map((criterion) => cellView(criterion, clinic, context)),
    extras: context.extraLabels.map((label) => clinic.extra?.find((row) => row.label === label)?.value ?? context.strings.notStated),
  };
}

/**
 * `clinicView` for one context, each clinic worked out the first time it is asked for and then kept: sorting
 * and "Show more" reuse the words, and clinics never shown are never worked out.
 */
export function clinicViews(context: CellContext): (clinic: Clinic) => ClinicView {
  const views = new WeakMap<Clinic, ClinicView>();
  return (clinic) => {
    let view = views.get(clinic);
    if (!view) views.set(clinic, (view = clinicView(clinic, context)));
    return view;
  };
}
