// Build-time only: JSON Schemas for each widget's config, generated from the zod schemas with zod's own
// toJSONSchema, so editors and CMS plugins can validate and complete configs. Nothing here reaches the
// runtime bundles. Run by rollup (see rollup.config.mjs) into dist/schema/<widget>.schema.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { WIDGET_FOLDERS } from './widget-list.mjs';

/** Titles, descriptions and examples of each widget's schema; a widget not here gets its schema without them. */
const DESCRIBED = {
  'clinic-checklist': {
    title: '<smp-clinic-checklist> config',
    description: 'The due-diligence checklist a patient ticks through before choosing an SMP clinic. Every field is optional: what is left out comes from the built-in content.',
    fields: {
      id: 'Names the storage entry; checklists with the same id share their ticks. Without it, an id is derived from the item ids.',
      title: 'Heading of the checklist.',
      intro: 'Paragraph under the heading.',
      sections: 'Groups of items to tick; item ids must be unique across all sections. An item’s `question` is the point as asked of a clinic, for shortlist mode.',
      bands: 'Summary bands: a band applies from `from` per cent checked (0–100) up to the next band.',
      shortlist: 'Shortlist mode: the reader ticks every point for two to four clinics. `clinics` presets up to four clinic names.',
      persist: 'Keep ticks in this browser’s localStorage (default true).',
      strings: 'Replacement UI strings. `disclaimer` adds the site’s own words beside the general-information note, which always shows and cannot be replaced.',
    },
    example: JSON.parse(readFileSync('test/fixtures/checklist-example.json', 'utf8')),
  },
  'guarantee-comparison': {
    title: '<smp-guarantee-comparison> config',
    description: 'Clinics’ SMP guarantees side by side. Without clinics the widget shows what to ask about any guarantee.',
    fields: {
      title: 'Heading of the comparison.',
      intro: 'Paragraph under the heading.',
      clinics: 'The clinics to compare; names must be unique. Absent values are shown as "Not stated".',
      criteria: 'Which standard rows to show, in this order.',
      highlight: 'The name of the site’s own clinic, marked in words.',
      staleAfterMonths: 'Flag clinics whose `verified` date is older than this many months (default 12).',
      disclaimer: 'The site’s own words, shown beside the comparison’s general-information note (terms as each clinic states them, confirmed in writing; ask a qualified clinician), which always shows.',
      layout: '`auto` (default): one column per clinic up to four clinics, one row per clinic beyond.',
      pageSize: 'How many clinics a long list shows before a "Show N more" button that adds as many again (default 100).',
      maxHeight: 'Scroll the table inside the widget beyond this height, with sticky header cells.',
      ranking: 'Override the order of values from most to least generous, or which criteria get a marker.',
      strings: 'Replacement UI strings.',
    },
    example: JSON.parse(readFileSync('test/fixtures/guarantees.json', 'utf8')),
  },
  'treatment-explainer': {
    title: '<smp-treatment-explainer> config',
    description: 'SMP vs tricopigmentation, SMP alongside hair transplants, choosing a technician, and a guide. Every field is optional.',
    fields: {
      title: 'Heading of the explainer.',
      intro: 'Paragraph under the heading.',
      views: 'Which views to show, in this order.',
      default: 'The view shown first (default: the first in `views`).',
      compare: 'Title, intro and rows of the SMP vs tricopigmentation view, patched by id.',
      transplant: 'Title, intro, ways and scar types of the transplant view, patched by id.',
      technician: 'Title, intro, controls and warning signs of the technician view, patched by id.',
      guide: 'Title and intro of the guide.',
      cta: 'A call to action: a label and an http:, https:, mailto: or tel: link.',
      disclaimer: 'The site’s own words, shown beside the general-information note, which always shows; false adds nothing (and the widget warns once that the note stays).',
      checklist: 'A checklist widget on the same page, as "#element-id"; guide results link to it.',
      strings: 'Replacement UI strings.',
    },
    example: { views: ['compare', 'transplant', 'technician', 'guide'], cta: { label: 'Call the clinic', url: 'tel:+440000000000' } },
  },
};

async function loadSchemas() {
  const entry = [
    ...WIDGET_FOLDERS.map((widget, index) => `export * as widget${index} from './src/${widget}/${widget}.schema.ts';`),
    "export { toJSONSchema } from 'zod/mini';",
  ].join('\n');
  const result = await build({ stdin: { contents: entry, resolveDir: process.cwd(), loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`);
}

export async function writeJsonSchemas(outDir = 'dist/schema') {
  const modules = await loadSchemas();
  mkdirSync(outDir, { recursive: true });
  for (const [index, widget] of WIDGET_FOLDERS.entries()) {
    const info = DESCRIBED[widget] ?? { title: `<smp-${widget}> config`, fields: {} };
    // Each schema module exports its config schema as `…ConfigSchema`.
    const [config] = Object.entries(modules[`widget${index}`]).filter(([name]) => name.endsWith('ConfigSchema')).map(([, value]) => value);
    const schema = modules.toJSONSchema(config, { target: 'draft-2020-12', unrepresentable: 'any', io: 'input' });
    for (const [field, description] of Object.entries(info.fields)) {
      if (schema.properties?.[field]) schema.properties[field] = { description, ...schema.properties[field] };
    }
    const document = {
      $schema: schema.$schema,
      $id: `https://cdn.example/smp-clinic-widgets@0.1.0/dist/schema/${widget}.schema.json`,
      title: info.title,
      description: info.description,
      examples: [info.example],
      ...schema,
    };
    writeFileSync(`${outDir}/${widget}.schema.json`, `${JSON.stringify(document, null, 2)}\n`);
  }
}

/** The rollup plugin: writes the schemas once per build. */
export function jsonSchemas() {
  return { name: 'json-schemas', async writeBundle() { await writeJsonSchemas(); } };
}
