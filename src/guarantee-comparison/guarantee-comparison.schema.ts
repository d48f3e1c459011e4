import * as z from 'zod/mini';
import { CRITERIA, DISCOLOURATION, REFUND, TRACK_RECORD } from './guarantee-comparison.vocab.js';
import { dateSchema, disclaimerSchema, labelSchema as label, linkSchema, nameSchema, reportRepeats, stringsSchema, textSchema as text, titleSchema as title } from '../core/schema-parts.js';
import { comparisonStrings } from './guarantee-comparison.strings.js';

const positive = z.number().check(z.positive());

/** `"lifetime"`, `"none"`, `"unknown"`, `{ "years": n }` or `{ "months": n }`. */
const lengthSchema = z.union(
  [z.enum(['lifetime', 'none', 'unknown']), z.strictObject({ years: positive }), z.strictObject({ months: positive })],
  { error: 'guaranteeLength' },
);

const touchUpsSchema = z.strictObject({
  included: z.boolean(),
  /** How many touch-up sessions the guarantee includes. */
  sessions: z.optional(z.int().check(z.nonnegative())),
  /** Within how many months of the first session they must be used. */
  withinMonths: z.optional(positive),
});


const guaranteeSchema = z.strictObject({
  length: z.optional(lengthSchema),
  touchUps: z.optional(touchUpsSchema),
  discolouration: z.optional(z.enum(DISCOLOURATION)),
  refund: z.optional(z.enum(REFUND)),
  inWriting: z.optional(z.boolean()),
  /** Every condition, in full: this is where guarantees narrow. */
  conditions: z.optional(z.array(label)),
});

const trackRecordSchema = z.strictObject({
  /** Whether the clinic is known to honour its guarantee. */
  rating: z.enum(TRACK_RECORD),
  note: z.optional(text),
  source: z.optional(linkSchema),
});

const clinicSchema = z.strictObject({
  name: nameSchema,
  url: z.optional(linkSchema),
  location: z.optional(title),
  guarantee: z.optional(guaranteeSchema),
  trackRecord: z.optional(trackRecordSchema),
  /** When these details were last checked with the clinic. */
  verified: z.optional(dateSchema),
  /** Rows of your own, shown after the standard criteria. */
  extra: z.optional(z.array(z.strictObject({ label: title, value: label }))),
});

/** Per criterion, the order of values from most to least generous; replaces the built-in ranking. */
const rankingSchema = z.strictObject({
  /** Which criteria get a "most generous as stated" marker (default: all that can be ranked). */
  marked: z.optional(z.array(z.enum(CRITERIA))),
  discolouration: z.optional(z.array(z.enum(DISCOLOURATION))),
  refund: z.optional(z.array(z.enum(REFUND))),
  trackRecord: z.optional(z.array(z.enum(TRACK_RECORD))),
});

type Draft = { clinics?: { name: string }[]; highlight?: string };

function namesUniqueAndHighlightKnown(config: Draft, ctx: z.core.$RefinementCtx) {
  const names = (config.clinics ?? []).map((clinic, index) => ({ value: clinic.name, path: ['clinics', index, 'name'] }));
  reportRepeats(ctx, names, 'clinicNameTwice');
  if (config.highlight !== undefined && !names.some((name) => name.value === config.highlight)) {
    ctx.addIssue({ code: 'custom', path: ['highlight'], input: config.highlight, message: 'noClinicNamed', params: { value: config.highlight } });
  }
}

/** The `config` of `<smp-guarantee-comparison>`. Without clinics it shows what to ask about any guarantee. */
export const comparisonConfigSchema = z
  .strictObject({
    title: z.optional(title),
    intro: z.optional(text),
    clinics: z.optional(z.array(clinicSchema).check(z.maxLength(5000))),
    /** Which criteria to show, in this order. */
    criteria: z.optional(z.array(z.enum(CRITERIA)).check(z.minLength(1))),
    /** The name of a clinic to mark as the site's own entry. */
    highlight: z.optional(nameSchema),
    /** Flag clinics whose `verified` date is older than this (default 12). */
    staleAfterMonths: z.optional(positive),
    /** The site's own words, shown beside the general-information note, which always shows. */
    disclaimer: z.optional(disclaimerSchema),
    /** `auto` (default): one column per clinic up to four clinics, one row per clinic beyond. */
    layout: z.optional(z.enum(['auto', 'columns', 'rows'])),
    /** How many clinics the list shows at first, and how many more each "Show more" adds (default 100). */
    pageSize: z.optional(z.int().check(z.positive())),
    /** Scroll the table inside the widget beyond this height, e.g. `"30em"` or `"480px"`. */
    maxHeight: z.optional(z.string().check(z.regex(/^\d+(\.\d+)?(px|em|rem|vh)$/, { message: 'lengthFormat' }))),
    ranking: z.optional(rankingSchema),
    strings: z.optional(stringsSchema(comparisonStrings)),
  })
  .check(z.superRefine(namesUniqueAndHighlightKnown));

export type ComparisonConfig = z.infer<typeof comparisonConfigSchema>;
export type Clinic = z.infer<typeof clinicSchema>;
export type Guarantee = z.infer<typeof guaranteeSchema>;
export type GuaranteeLength = z.infer<typeof lengthSchema>;
export type Ranking = z.infer<typeof rankingSchema>;
