import * as z from 'zod/mini';
import { MAX_LENGTH } from './limits.js';
import { isAllowedLink } from './links.js';
import type { CheckProblemKey } from './check-problems.js';
import { GENERAL_INFORMATION, type StringTable } from './strings.js';

// Field types several widgets' schemas share. Only the schemas import this module, so zod loads with them,
// only when a page gives a widget a config to check.

/** Non-empty text (surrounding spaces trimmed) of at most `max` characters. */
const textUpTo = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

/** Running text: intros, explanations, notes (see MAX_LENGTH for each kind's limit). */
export const textSchema = textUpTo(MAX_LENGTH.text);
/**
 * A site's own words beside a widget's general-information note: any text up to the running-text limit,
 * empty included (it then adds nothing).
 */
export const disclaimerSchema = z.string().check(z.trim(), z.maxLength(MAX_LENGTH.text));
/** One point, row or condition. */
export const labelSchema = textUpTo(MAX_LENGTH.label);
/** A title, a heading or a button's label. */
export const titleSchema = textUpTo(MAX_LENGTH.title);
/** A clinic's name. */
export const nameSchema = textUpTo(MAX_LENGTH.name);

/** Ids name storage entries and events, so they stay short and plain. */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { message: 'idFormat' }),
);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Whether `YYYY-MM-DD` names a day of the calendar, with arithmetic (a Date per clinic cost 1 µs each). The
 * format is checked first (dateSchema's regex aborts before this runs), so there are three numbers.
 */
function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!);
}

/** A calendar date written `YYYY-MM-DD`. */
export const dateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat', abort: true }),
    z.refine(isRealDate, { message: 'realDate' }),
  );

/**
 * For cross-field rules (zod refinements): reports every value after its first occurrence, at its own
 * path, e.g. an item id or a clinic name used twice.
 */
export function reportRepeats(
  ctx: z.core.$RefinementCtx,
  entries: readonly { value: string; path: (string | number)[] }[],
  message: CheckProblemKey,
): void {
  const seen = new Set<string>();
  for (const { value, path } of entries) {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path, input: value, message, params: { value } });
    seen.add(value);
  }
}

/** The schema every URL field of every widget uses. */
export const linkSchema = z.string().check(
  z.maxLength(MAX_LENGTH.link),
  // Worded in check-problems.ts (`linkScheme`), which names the same schemes.
  z.refine(isAllowedLink, { message: 'linkScheme' }),
);

/**
 * The `strings` field of a widget's config: every key optional, unknown keys reported like any typo. The
 * general-information note is not among them: a site adds its own words through `disclaimer` instead.
 */
export function stringsSchema<K extends string, E extends string = never>(table: StringTable<K>, moreKeys: readonly E[] = []) {
  const keys = [...Object.keys(table['en-GB']), ...moreKeys].filter((key) => key !== GENERAL_INFORMATION);
  const shape = Object.fromEntries(keys.map((key) => [key, z.optional(z.string().check(z.maxLength(MAX_LENGTH.string)))]));
  return z.strictObject(shape as Record<Exclude<K, typeof GENERAL_INFORMATION> | E, z.ZodMiniOptional<z.ZodMiniString>>);
}
