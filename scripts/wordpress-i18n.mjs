import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import gettextParser from 'gettext-parser';

// The WordPress plugin's translations, made at release from platforms/wordpress/smp-clinic-widgets/:
// - languages/smp-clinic-widgets.pot, every string the PHP, the editor script, the blocks' block.json and the
//   plugin header give WordPress to translate;
// - for each languages/<locale>.po (written by hand), the .mo WordPress reads for the PHP and block.json, and the
//   JSON it reads for the editor script, named as load_script_textdomain() looks it up:
//   smp-clinic-widgets-<locale>-<md5 of "editor/blocks.js">.json.
// A .po that lacks a string, or translates one the plugin no longer has, stops the release.

export const DOMAIN = 'smp-clinic-widgets';
/** The editor script, as its path relative to the plugin folder: WordPress names its JSON after this path's md5. */
export const EDITOR_SCRIPT = 'editor/blocks.js';

/** `__( 'text', 'smp-clinic-widgets' )` and its escaping and echoing forms, in PHP and in the editor script; the text in '…' or "…". */
const CALL = /\b(?:__|_e|esc_html__|esc_attr__|esc_html_e|esc_attr_e)\(\s*(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\$]|\\.)*)")\s*,\s*'smp-clinic-widgets'\s*\)/g;
const unquote = (text) => text.replace(/\\(['"\\])/g, '$1');

function add(entries, msgid, reference, msgctxt = '') {
  const key = `${msgctxt}\u0004${msgid}`;
  const entry = entries.get(key) ?? { msgctxt: msgctxt || undefined, msgid, msgstr: [''], comments: { reference: '' } };
  entry.comments.reference = [entry.comments.reference, reference].filter(Boolean).join('\n');
  entries.set(key, entry);
}

/** Every translatable string of the plugin, in the order they appear, with where each is used. */
export async function pluginStrings(pluginDir) {
  const entries = new Map();
  const php = await readFile(join(pluginDir, 'smp-clinic-widgets.php'), 'utf8');
  for (const name of ['Plugin Name', 'Description']) {
    const value = new RegExp(`^ \\* ${name}:\\s+(.+)$`, 'm').exec(php)?.[1]?.trim();
    if (value) add(entries, value, `smp-clinic-widgets.php (${name})`);
  }
  for (const file of ['smp-clinic-widgets.php', EDITOR_SCRIPT]) {
    const text = await readFile(join(pluginDir, file), 'utf8');
    for (const match of text.matchAll(CALL)) add(entries, unquote(match[1] ?? match[2]), `${file}:${text.slice(0, match.index).split('\n').length}`);
  }
  for (const block of (await readdir(join(pluginDir, 'blocks'))).sort()) {
    const file = `blocks/${block}/block.json`;
    const meta = JSON.parse(await readFile(join(pluginDir, file), 'utf8'));
    add(entries, meta.title, file, 'block title');
    add(entries, meta.description, file, 'block description');
    for (const keyword of meta.keywords ?? []) add(entries, keyword, file, 'block keyword');
  }
  return [...entries.values()];
}

/** Which entries the editor script uses: only those go into the editor's JSON. */
const inEditor = (entry) => entry.comments.reference.split('\n').some((reference) => reference.startsWith(`${EDITOR_SCRIPT}:`));

const table = (entries) => {
  const translations = { '': {} };
  for (const entry of entries) (translations[entry.msgctxt ?? ''] ??= {})[entry.msgid] = entry;
  return translations;
};

/** The .pot for `entries`. */
export function potFile(entries, version) {
  return gettextParser.po.compile({
    charset: 'utf-8',
    headers: { 'Project-Id-Version': `SMP Clinic Widgets ${version}`, 'Content-Type': 'text/plain; charset=UTF-8', 'X-Domain': DOMAIN },
    translations: table(entries),
  });
}

/**
 * The files of languages/ the plugin ships: the .pot, each hand-written .po, and the .mo and editor JSON made
 * from it. Throws, naming each, when a .po lacks a string or has one the plugin no longer uses.
 */
export async function pluginTranslations(pluginDir, version) {
  const entries = await pluginStrings(pluginDir);
  const files = { [`languages/${DOMAIN}.pot`]: potFile(entries, version) };
  const problems = [];
  const hash = createHash('md5').update(EDITOR_SCRIPT).digest('hex');
  for (const name of (await readdir(join(pluginDir, 'languages'))).filter((file) => file.endsWith('.po')).sort()) {
    const po = gettextParser.po.parse(await readFile(join(pluginDir, 'languages', name)));
    const locale = name.slice(DOMAIN.length + 1, -'.po'.length);
    const translated = (entry) => po.translations[entry.msgctxt ?? '']?.[entry.msgid]?.msgstr?.[0];
    for (const entry of entries) if (!translated(entry)) problems.push(`${name} does not translate "${entry.msgid}"`);
    const known = new Set(entries.map((entry) => `${entry.msgctxt ?? ''}\u0004${entry.msgid}`));
    for (const [context, messages] of Object.entries(po.translations))
      for (const msgid of Object.keys(messages)) if (msgid && !known.has(`${context}\u0004${msgid}`)) problems.push(`${name} translates "${msgid}", which the plugin no longer has`);
    files[`languages/${name.replace(/\.po$/, '.mo')}`] = gettextParser.mo.compile(po);
    const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': po.headers['Plural-Forms'] } };
    for (const entry of entries.filter(inEditor)) messages[entry.msgid] = [translated(entry) ?? ''];
    const jed = { domain: 'messages', locale_data: { messages } };
    files[`languages/${DOMAIN}-${locale}-${hash}.json`] = new TextEncoder().encode(JSON.stringify(jed));
  }
  if (problems.length) throw new Error(`The plugin's translations are out of step:\n  ${problems.join('\n  ')}`);
  return files;
}
