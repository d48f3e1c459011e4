import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// The XenForo presets of platforms/bbcode/presets.json as one file an admin imports in Admin > Content >
// BB codes > Import. The format is what XenForo's own exporter writes and its importer reads (XenForo 2.0
// to 2.3: src/XF/Service/BbCode/Export.php and Import.php, ExportService.php and ImportService.php in 2.3):
// a <bb_codes> root with one <bb_code> per code, its columns as attributes in the exporter's order (empty
// ones left out), the title as an attribute, and the description, example, example output and the three
// replacements as CDATA children.

/** The exporter's columns, in its order. */
const COLUMNS = [
  'bb_code_id',
  'bb_code_mode',
  'has_option',
  'callback_class',
  'callback_method',
  'option_regex',
  'trim_lines_after',
  'plain_children',
  'disable_smilies',
  'disable_nl2br',
  'disable_autolink',
  'allow_empty',
  'allow_signature',
  'editor_icon_type',
  'editor_icon_value',
];

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Text as CDATA; a "]]>" inside is split across two sections, as XML requires. */
const cdata = (text) => `<![CDATA[${text.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

/**
 * One BB code. A widget's text is its fallback, so smilies, line breaks and links inside stay as XenForo
 * renders them; e-mail and plain-text views get only that text. A widget may be empty (it needs no text),
 * a wrapper may not. `allow_signature` is 0: a widget in every post's signature would load on every page of
 * a topic.
 */
function bbCode(preset, widget) {
  const columns = {
    bb_code_id: preset.tag,
    bb_code_mode: 'replace',
    has_option: preset.option,
    option_regex: preset.optionMatch,
    trim_lines_after: '0',
    plain_children: '0',
    disable_smilies: '0',
    disable_nl2br: '0',
    disable_autolink: '0',
    allow_empty: widget ? '1' : '0',
    allow_signature: '0',
    editor_icon_type: 'fa',
    editor_icon_value: preset.icon,
  };
  const attributes = COLUMNS.filter((name) => columns[name]).map((name) => ` ${name}="${escapeAttribute(columns[name])}"`);
  const children = { desc: preset.description, example: preset.example, output: '', replace_html: preset.html, replace_html_email: '{text}', replace_text: '{text}' };
  return [
    `  <bb_code${attributes.join('')} title="${escapeAttribute(preset.title)}">`,
    ...Object.entries(children).map(([name, text]) => `    <${name}>${cdata(text)}</${name}>`),
    '  </bb_code>',
  ].join('\n');
}

/** The import file for the given presets: the widgets' BB codes, then the wrappers for language and link id. */
export function xenforoBbCodes(presets) {
  const codes = [...presets.xenforo.map((preset) => bbCode(preset, true)), ...presets.xenforoWrappers.map((preset) => bbCode(preset, false))];
  return `<?xml version="1.0" encoding="utf-8"?>\n<bb_codes>\n${codes.join('\n')}\n</bb_codes>\n`;
}

/** The import file for the project's presets. */
export async function xenforoBbCodesFile(projectDir) {
  return xenforoBbCodes(JSON.parse(await readFile(join(projectDir, 'platforms', 'bbcode', 'presets.json'), 'utf8')));
}
