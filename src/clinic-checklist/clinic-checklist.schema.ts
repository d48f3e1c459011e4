import * as z from 'zod/mini';
import { idSchema, labelSchema as label, nameSchema, reportRepeats, stringsSchema, textSchema as text, titleSchema as title } from '../core/schema-parts.js';
import { checklistStrings } from './clinic-checklist.strings.js';
import { SHORTLIST_STRING_KEYS } from './shortlist/shortlist.vocab.js';

const itemSchema = z.strictObject({
  /** Stable id: ticks are stored and reported under it. */
  id: idSchema,
  label,
  /** Optional explanation, shown when the reader expands the item. */
  detail: z.optional(text),
  /** The point as a question to put to a clinic (shortlist mode's questions to ask); without it, `askAbout` words one. */
  question: z.optional(label),
});

const sectionSchema = z.strictObject({
  title,
  intro: z.optional(text),
  items: z.array(itemSchema).check(z.minLength(1)),
});

/** A summary band applies from `from` per cent checked upwards, until the next band's `from`. */
const bandSchema = z.strictObject({
  from: z.number().check(z.gte(0), z.lte(100)),
  label: title,
  message: z.optional(text),
});

function noRepeatedItemIds(config: { sections?: { items: { id: string }[] }[] }, ctx: z.core.$RefinementCtx) {
  const ids = (config.sections ?? []).flatMap((section, s) =>
    section.items.map((item, i) => ({ value: item.id, path: ['sections', s, 'items', i, 'id'] })),
  );
  reportRepeats(ctx, ids, 'itemIdTwice');
}

/** The `config` of `<smp-clinic-checklist>`. Every field is optional: what is left out comes from the built-in content. */
export const checklistConfigSchema = z
  .strictObject({
    /** Names the storage entry; two checklists with the same id share their ticks. */
    id: z.optional(idSchema),
    title: z.optional(title),
    intro: z.optional(text),
    sections: z.optional(z.array(sectionSchema).check(z.minLength(1))),
    bands: z.optional(z.array(bandSchema).check(z.minLength(1))),
    /**
     * Shortlist mode: the reader ticks every point for each of two to four clinics they are weighing.
     * `clinics` presets up to four names; the reader can add, rename by removing, and remove clinics.
     */
    shortlist: z.optional(z.strictObject({ clinics: z.optional(z.array(nameSchema).check(z.maxLength(4))) })),
    /** Keep ticks in this browser's localStorage (default true). */
    persist: z.optional(z.boolean()),
    /**
     * The site's own UI strings. `disclaimer` is the site's own words, shown beside the general-information
     * note, which always shows.
     */
    strings: z.optional(stringsSchema(checklistStrings, ['disclaimer', ...SHORTLIST_STRING_KEYS])),
  })
  .check(z.superRefine(noRepeatedItemIds));

export type ChecklistConfig = z.infer<typeof checklistConfigSchema>;
export type ChecklistSection = z.infer<typeof sectionSchema>;
export type ChecklistItem = z.infer<typeof itemSchema>;
export type ChecklistBand = z.infer<typeof bandSchema>;
