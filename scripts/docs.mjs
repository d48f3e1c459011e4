import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

// The reference part of each element's docs page, written from what the build describes: the custom
// elements manifest (dist/custom-elements.json, from the JSDoc on each class) and the config's JSON Schema
// (dist/schema/<widget>.schema.json, from the zod schema). It sits between the two markers below; the prose
// around it is written by hand. `npm run docs` builds and writes it; test/build/docs-reference.test.ts fails
// when a page's section is not what this script would write from the current build.

export const BEGIN = '<!-- BEGIN GENERATED REFERENCE: written by `npm run docs` (scripts/docs.mjs) from dist/custom-elements.json and dist/schema/. Edit the JSDoc or the schema, not this section. -->';
export const END = '<!-- END GENERATED REFERENCE -->';

/** Each page with a generated section: the element it describes and, for a widget, its config schema. */
export const PAGES = {
  'docs/clinic-checklist.md': { tag: 'smp-clinic-checklist', schema: 'clinic-checklist' },
  'docs/guarantee-comparison.md': { tag: 'smp-guarantee-comparison', schema: 'guarantee-comparison' },
  'docs/treatment-explainer.md': { tag: 'smp-treatment-explainer', schema: 'treatment-explainer' },
  'docs/builder.md': { tag: 'smp-embed-builder' },
};

/** Text for one table cell: on one line, pipes escaped. */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replaceAll('|', '\\|').trim();
const code = (text) => `\`${text}\``;

function table(headers, rows) {
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** A JSON Schema's type in words, nested objects down to `depth` levels by their keys. */
export function typeOf(schema, depth = 2) {
  if (!schema || Object.keys(schema).length === 0) return 'anything';
  if (schema.anyOf) return schema.anyOf.map((option) => typeOf(option, depth)).join(' or ');
  if ('const' in schema) return code(JSON.stringify(schema.const));
  if (schema.enum) return schema.enum.map((value) => code(value)).join(' / ');
  switch (schema.type) {
    case 'string': {
      const limits = [];
      if (schema.pattern) limits.push(`matching ${code(schema.pattern)}`);
      if (schema.maxLength !== undefined) limits.push(`at most ${schema.maxLength.toLocaleString('en')} characters`);
      return limits.length ? `text, ${limits.join(', ')}` : 'text';
    }
    case 'number':
    case 'integer': {
      const kind = schema.type === 'integer' ? 'whole number' : 'number';
      const limits = [];
      if (schema.minimum !== undefined) limits.push(`≥ ${schema.minimum}`);
      if (schema.exclusiveMinimum !== undefined) limits.push(`> ${schema.exclusiveMinimum}`);
      if (schema.maximum !== undefined && schema.maximum < Number.MAX_SAFE_INTEGER) limits.push(`≤ ${schema.maximum}`);
      return limits.length ? `${kind} ${limits.join(', ')}` : kind;
    }
    case 'boolean':
      return '`true` or `false`';
    case 'array': {
      const count = [];
      if (schema.minItems !== undefined) count.push(`at least ${schema.minItems}`);
      if (schema.maxItems !== undefined) count.push(`at most ${schema.maxItems.toLocaleString('en')}`);
      return `list${count.length ? ` (${count.join(', ')})` : ''} of ${typeOf(schema.items, depth)}`;
    }
    case 'object': {
      const properties = Object.entries(schema.properties ?? {});
      if (properties.length === 0) return 'object';
      if (depth <= 0) return 'object';
      const required = new Set(schema.required ?? []);
      const keys = properties.map(([key, value]) => {
        const name = `${key}${required.has(key) ? '' : '?'}`;
        const nested = value.type === 'object' || value.type === 'array' || value.anyOf ? typeOf(value, depth - 1) : '';
        return nested && nested !== 'object' && depth > 1 ? `${name}: ${nested}` : name;
      });
      return `{ ${keys.join(', ')} }`;
    }
    default:
      return 'anything';
  }
}

/** The config fields of a widget's JSON Schema, and the keys of its `strings`. */
function configReference(schema) {
  const file = schema.$id.split('/').pop();
  const strings = Object.entries(schema.properties.strings?.properties ?? {});
  const limits = new Set(strings.map(([, value]) => value.maxLength));
  const stringsType = limits.size === 1 && [...limits][0] !== undefined ? `object of text, each at most ${[...limits][0]} characters` : 'object of text';
  const rows = Object.entries(schema.properties).map(([key, value]) => [code(key), key === 'strings' ? stringsType : typeOf(value), value.description ?? '']);
  const parts = [
    '### Config fields',
    '',
    `Every field is optional. The JSON Schema \`${file}\` (in \`dist/schema/\`, published as \`smp-clinic-widgets/schema/${file}\`) has the same fields with their limits.`,
    '',
    table(['Field', 'Type', 'Meaning'], rows),
  ];
  if (strings.length) parts.push('', `Keys of \`strings\`: ${strings.map(([key]) => code(key)).join(', ')}.`);
  return parts.join('\n');
}

/** The generated section of one page, without its markers. */
export function referenceSection(declaration, schema) {
  const parts = [];
  const attributes = declaration.attributes ?? [];
  const backing = new Set(attributes.map((attribute) => attribute.fieldName));
  if (attributes.length) {
    const rows = attributes.map((a) => [code(a.name), a.fieldName ? code(a.fieldName) : '', a.type?.text ? code(a.type.text) : '', a.default ? code(a.default) : '', a.description ?? '']);
    parts.push(['### Attributes', table(['Attribute', 'Property', 'Type', 'Default', 'Meaning'], rows)].join('\n\n'));
  }
  const members = (declaration.members ?? []).filter((member) => (!member.privacy || member.privacy === 'public') && !backing.has(member.name));
  if (members.length) {
    const rows = members.map((member) => [
      member.kind === 'method' ? code(`${member.name}()`) : code(member.name),
      `${member.static ? 'static ' : ''}${member.kind === 'method' ? 'method' : 'property'}`,
      member.type?.text ? code(member.type.text) : '',
      member.description ?? '',
    ]);
    parts.push(['### Properties and methods', table(['Name', 'Kind', 'Type', 'Meaning'], rows)].join('\n\n'));
  }
  if (schema) parts.push(configReference(schema));
  const events = declaration.events ?? [];
  if (events.length) parts.push(['### Events', table(['Event', 'When, and its `detail`'], events.map((event) => [code(event.name), event.description ?? '']))].join('\n\n'));
  const partsList = declaration.cssParts ?? [];
  if (partsList.length) parts.push(['### CSS parts', 'For `::part()`.', table(['Part', 'What it is'], partsList.map((part) => [code(part.name), part.description ?? '']))].join('\n\n'));
  const properties = declaration.cssProperties ?? [];
  if (properties.length) parts.push(['### CSS custom properties', table(['Custom property', 'Used for'], properties.map((property) => [code(property.name), property.description ?? '']))].join('\n\n'));
  const slots = declaration.slots ?? [];
  if (slots.length) parts.push(['### Slots', table(['Slot', 'What goes in it'], slots.map((slot) => [slot.name ? code(slot.name) : '(default)', slot.description ?? '']))].join('\n\n'));
  return parts.join('\n\n');
}

/** Every page's generated section, from the build in `projectDir` (run `npm run build` first). */
export async function referenceSections(projectDir = process.cwd()) {
  const manifest = JSON.parse(await readFile(join(projectDir, 'dist/custom-elements.json'), 'utf8'));
  const declarations = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, d]));
  const sections = {};
  for (const [page, { tag, schema }] of Object.entries(PAGES)) {
    const declaration = declarations.get(tag);
    if (!declaration) throw new Error(`dist/custom-elements.json has no <${tag}>: run npm run build first`);
    const json = schema ? JSON.parse(await readFile(join(projectDir, 'dist/schema', `${schema}.schema.json`), 'utf8')) : undefined;
    sections[page] = referenceSection(declaration, json);
  }
  return sections;
}

/** The generated section a page holds now, or undefined when it has no markers. */
export function currentSection(text) {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return undefined;
  return text.slice(start + BEGIN.length, end).trim();
}

/** The page with its generated section replaced by `section`; throws when the markers are missing. */
export function withSection(text, section, page = 'the page') {
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`${page} has no generated-reference markers`);
  return `${text.slice(0, start + BEGIN.length)}\n\n${section}\n\n${text.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sections = await referenceSections();
  for (const [page, section] of Object.entries(sections)) {
    const path = join(process.cwd(), page);
    const text = await readFile(path, 'utf8');
    const next = withSection(text, section, page);
    await writeFile(path, next);
    console.log(next === text ? `${page}: up to date.` : `${page}: reference written from the build.`);
  }
}
