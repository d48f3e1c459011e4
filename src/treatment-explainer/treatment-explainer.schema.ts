import * as z from 'zod/mini';
import { BUILT_IN_IDS, VIEWS, type View } from './treatment-explainer.vocab.js';
import { disclaimerSchema, idSchema, labelSchema as label, linkSchema, reportRepeats, stringsSchema, textSchema as text, titleSchema as title } from '../core/schema-parts.js';
import { explainerStrings } from './treatment-explainer.strings.js';

// Built-in content entries. A config patches them by id: an entry whose id matches a built-in one
// replaces the fields it gives; a new id adds an entry, and then every field is required.
const compareRowSchema = z.strictObject({ id: idSchema, label: title, smp: text, trico: text });
const itemSchema = z.strictObject({ id: idSchema, title, body: text });
const scarTypeSchema = z.strictObject({ id: idSchema, label: title, outlook: text });
const textItemSchema = z.strictObject({ id: idSchema, text: label });

const comparePatch = z.extend(z.partial(compareRowSchema), { id: idSchema });
const itemPatch = z.extend(z.partial(itemSchema), { id: idSchema });
const scarPatch = z.extend(z.partial(scarTypeSchema), { id: idSchema });
const textPatch = z.extend(z.partial(textItemSchema), { id: idSchema });

export type CompareRow = z.infer<typeof compareRowSchema>;
export type Item = z.infer<typeof itemSchema>;
export type ScarType = z.infer<typeof scarTypeSchema>;
export type TextItem = z.infer<typeof textItemSchema>;

const viewText = { title: z.optional(title), intro: z.optional(text) };

type Patches = { id: string }[] | undefined;

function requireNewFields(
  ctx: z.core.$RefinementCtx,
  path: (string | number)[],
  patches: Patches,
  builtIn: readonly string[],
  entrySchema: { shape: Record<string, unknown> },
) {
  // Every field of a full entry but its id, so a field added to the entry's schema is required here too.
  const fields = Object.keys(entrySchema.shape).filter((field) => field !== 'id');
  const known = new Set(builtIn);
  patches?.forEach((patch, index) => {
    if (known.has(patch.id)) return;
    for (const field of fields) {
      if ((patch as Record<string, unknown>)[field] === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, index, field],
          input: undefined,
          message: 'newEntryNeeds',
          params: { id: patch.id, fields: fields.join(', ') },
        });
      }
    }
  });
}

interface Draft {
  views?: View[];
  default?: View;
  compare?: { rows?: Patches };
  transplant?: { ways?: Patches; scars?: Patches };
  technician?: { controls?: Patches; warnings?: Patches };
}

function checkConfig(config: Draft, ctx: z.core.$RefinementCtx) {
  const views = config.views ?? VIEWS;
  reportRepeats(ctx, (config.views ?? []).map((view, index) => ({ value: view, path: ['views', index] })), 'viewTwice');
  if (config.default && !views.includes(config.default)) {
    ctx.addIssue({ code: 'custom', path: ['default'], input: config.default, message: 'viewNotShown', params: { value: config.default } });
  }
  requireNewFields(ctx, ['compare', 'rows'], config.compare?.rows, BUILT_IN_IDS.compareRows, compareRowSchema);
  requireNewFields(ctx, ['transplant', 'ways'], config.transplant?.ways, BUILT_IN_IDS.transplantWays, itemSchema);
  requireNewFields(ctx, ['transplant', 'scars'], config.transplant?.scars, BUILT_IN_IDS.scarTypes, scarTypeSchema);
  requireNewFields(ctx, ['technician', 'controls'], config.technician?.controls, BUILT_IN_IDS.technicianControls, textItemSchema);
  requireNewFields(ctx, ['technician', 'warnings'], config.technician?.warnings, BUILT_IN_IDS.technicianWarnings, textItemSchema);
}

/** The `config` of `<smp-treatment-explainer>`. Every field is optional. */
export const explainerConfigSchema = z
  .strictObject({
    title: z.optional(title),
    intro: z.optional(text),
    /** Which views to show, in this order. */
    views: z.optional(z.array(z.enum(VIEWS)).check(z.minLength(1))),
    /** The view shown first (default: the first in `views`). */
    default: z.optional(z.enum(VIEWS)),
    compare: z.optional(z.strictObject({ ...viewText, rows: z.optional(z.array(comparePatch)) })),
    transplant: z.optional(z.strictObject({ ...viewText, ways: z.optional(z.array(itemPatch)), scars: z.optional(z.array(scarPatch)) })),
    technician: z.optional(z.strictObject({ ...viewText, controls: z.optional(z.array(textPatch)), warnings: z.optional(z.array(textPatch)) })),
    guide: z.optional(z.strictObject(viewText)),
    /** A call to action, e.g. `{ "label": "Call the clinic", "url": "tel:+441234567890" }`. */
    cta: z.optional(z.strictObject({ label: title, url: linkSchema })),
    /**
     * The site's own words, shown beside the general-information note, which always shows. `false` adds
     * nothing (the widget warns once that the note stays).
     */
    disclaimer: z.optional(z.union([disclaimerSchema, z.literal(false)], { error: 'textOrFalse' })),
    /** A checklist widget on the same page, e.g. `"#my-checklist"`; guide results link to it. */
    checklist: z.optional(z.string().check(z.regex(/^#[A-Za-z][\w-]*$/, { message: 'anchorFormat' }))),
    strings: z.optional(stringsSchema(explainerStrings)),
  })
  .check(z.superRefine(checkConfig));

export type ExplainerConfig = z.infer<typeof explainerConfigSchema>;
