import { defaultTitle as checklistTitle } from '../clinic-checklist/clinic-checklist.built-in.js';
import { escapeAttribute, escapeText } from '../core/html-escape.js';
import { VERSION } from '../core/version.js';
import { WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { defaultTitle as comparisonTitle } from '../guarantee-comparison/guarantee-comparison.strings.js';
import { defaultTitle as explainerTitle } from '../treatment-explainer/treatment-explainer.built-in.js';

// What the embed builder edits, kept free of the DOM: the draft, its undo history, the starters and the
// snippet. The element in builder.ts only shows these and turns events into calls.

export type { WidgetTag };
export type Config = Record<string, unknown>;

/** Where the snippet's script tag points. */
export type ScriptSource = 'self-hosted' | 'cdn';

/** Everything the user has chosen: what undo steps through and what a reload restores. */
export interface Draft {
  tag: WidgetTag;
  /** The JSON editor's text, exactly as typed: the form writes here only when it parses. */
  text: string;
  locale: string;
  theme: string;
  source: ScriptSource;
  /** The address of the uploaded folder on the user's own site, for `source: 'self-hosted'`. */
  folder: string;
  /** The classic script instead of the module: for CMSs that take only plain script tags, and for file://. */
  classic: boolean;
  /** What the snippet is for: a web page (HTML), or a post on a phpBB or XenForo forum (BBCode). */
  output: SnippetOutput;
  /** For forum posts: the address of the config file, which a BBCode can carry (a JSON config cannot). */
  configSrc: string;
}

export type SnippetOutput = 'html' | 'phpbb' | 'xenforo';

export const SELF_HOSTED_FOLDER = '/smp-widgets/';

/** The public npm CDN folder of the pinned version: usable once this version is published to npm. */
export const CDN_FOLDER = `https://cdn.jsdelivr.net/npm/smp-clinic-widgets@${VERSION}/dist/`;

export const SCRIPT_FILES = { module: 'smp-widgets.min.js', classic: 'smp-widgets.iife.min.js' } as const;

export function scriptFile(draft: Pick<Draft, 'classic'>): string {
  return draft.classic ? SCRIPT_FILES.classic : SCRIPT_FILES.module;
}

/** Where the snippet's script tag points. */
export function scriptSrc(draft: Pick<Draft, 'source' | 'folder' | 'classic'>): string {
  const folder = draft.source === 'cdn' ? CDN_FOLDER : draft.folder.trim() || SELF_HOSTED_FOLDER;
  return `${folder.endsWith('/') ? folder : `${folder}/`}${scriptFile(draft)}`;
}

/** The built-in title of each widget, for the fallback text when a config has none. */
const BUILT_IN_TITLES: Record<WidgetTag, string> = {
  'smp-clinic-checklist': checklistTitle,
  'smp-guarantee-comparison': comparisonTitle,
  'smp-treatment-explainer': explainerTitle,
};

/** Today as `YYYY-MM-DD` in the user's own time zone, the form a `verified` date takes. */
export function isoDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * A widget's starting config on the day it is opened. It sets no title or intro, so the widget shows its
 * built-in ones in the chosen language; clinics are fictional and verified today, so nothing is flagged
 * out of date.
 */
export function starterConfig(tag: WidgetTag, today: string): Config {
  switch (tag) {
    case 'smp-clinic-checklist':
      return {};
    case 'smp-guarantee-comparison':
      return {
        clinics: [
          { name: 'Example Clinic North', location: 'Fictional example', guarantee: { length: { years: 2 }, touchUps: { included: true, sessions: 2 }, refund: 'none', inWriting: true }, verified: today },
          { name: 'Example Studio South', location: 'Fictional example', guarantee: { length: 'lifetime', refund: 'partial', inWriting: false }, verified: today },
        ],
      };
    case 'smp-treatment-explainer':
      return { views: ['compare', 'transplant', 'technician', 'guide'] };
  }
}

export function starterDraft(tag: WidgetTag, today: string, keep?: Partial<Draft>): Draft {
  return {
    locale: 'en-GB',
    theme: 'light',
    source: 'self-hosted',
    folder: SELF_HOSTED_FOLDER,
    classic: false,
    output: 'html',
    configSrc: '',
    ...keep,
    tag,
    text: JSON.stringify(starterConfig(tag, today), null, 2),
  };
}

/** A draft of `config` for the widget `tag`, as an editor that embeds the builder gives it. */
export function configDraft(tag: WidgetTag, config: Config, today: string): Draft {
  return { ...starterDraft(tag, today), text: JSON.stringify(config, null, 2) };
}

/** The editor's text read as a config, or why it cannot be: the form edits only a config that parses. */
export function parseConfigText(text: string): { config: Config } | { error: string } {
  let value: unknown;
  try {
    value = text.trim() === '' ? {} : JSON.parse(text);
  } catch (error) {
    return { error: `the JSON does not parse (${(error as Error).message})` };
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return { error: 'the JSON must be an object in { … }' };
  return { config: value as Config };
}

/**
 * The draft with one form change applied to its config, or undefined while the JSON cannot be read: the
 * form never replaces text it cannot parse.
 */
export function withConfig(draft: Draft, change: (config: Config) => Config): Draft | undefined {
  const parsed = parseConfigText(draft.text);
  if ('error' in parsed) return undefined;
  return { ...draft, text: JSON.stringify(change(parsed.config), null, 2) };
}

/** A config with `key` set to the text, or removed when the text is blank. */
export function setText(config: Config, key: string, value: string): Config {
  const next = { ...config };
  if (value.trim()) next[key] = value;
  else delete next[key];
  return next;
}

// ---------------------------------------------------------------------------------------------------
// Undo and redo

/**
 * Drafts before and after the present one. Typing in one field within a second is one step; a change whose
 * field is '' (a choice, a button) is always a step of its own.
 */
export interface History {
  past: Draft[];
  present: Draft;
  future: Draft[];
  /** Which field made the present draft, and when: a change from the same field soon after joins it. */
  field?: string;
  at?: number;
}

const HISTORY_LIMIT = 200;
const JOIN_MS = 1000;

export function startHistory(draft: Draft): History {
  return { past: [], present: draft, future: [] };
}

export function record(history: History, next: Draft, field: string, now: number): History {
  if (sameDraft(next, history.present)) return history;
  const joins = field !== '' && field === history.field && history.at !== undefined && now - history.at < JOIN_MS && history.past.length > 0;
  const past = joins ? history.past : [...history.past, history.present].slice(-HISTORY_LIMIT);
  return { past, present: next, future: [], field, at: now };
}

export function undo(history: History): History {
  const previous = history.past.at(-1);
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

export function redo(history: History): History {
  const [next, ...future] = history.future;
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future };
}

function sameDraft(a: Draft, b: Draft): boolean {
  return (Object.keys(a) as (keyof Draft)[]).every((key) => a[key] === b[key]);
}

// ---------------------------------------------------------------------------------------------------
// The draft kept across reloads

export const DRAFT_KEY = 'smp-embed-builder:draft';

/** A stored draft, if it has the shape this builder writes; anything else is ignored. */
export function readDraft(stored: string | null): Draft | undefined {
  if (!stored) return undefined;
  try {
    const value = JSON.parse(stored) as Partial<Draft>;
    const strings = (['text', 'locale', 'theme', 'folder'] as const).every((key) => typeof value[key] === 'string');
    const source = value.source === 'self-hosted' || value.source === 'cdn';
    if (!(strings && source && typeof value.classic === 'boolean' && (WIDGET_TAGS as readonly string[]).includes(value.tag as string))) return undefined;
    // Drafts saved before the forum output existed still open.
    const output = value.output === 'phpbb' || value.output === 'xenforo' ? value.output : 'html';
    return { ...(value as Draft), output, configSrc: typeof value.configSrc === 'string' ? value.configSrc : '' };
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// The snippet

const names = (list: unknown): string[] =>
  Array.isArray(list) ? list.map((entry) => (entry as { name?: unknown; title?: unknown })?.name ?? (entry as { title?: unknown })?.title).filter((name): name is string => typeof name === 'string') : [];

function joined(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The last words of every fallback text (facts.md wording rules). */
const GENERAL_INFORMATION_LINE = 'General information, not medical advice: ask a qualified clinician about your own case.';

/**
 * What readers without the script see: the title, one line saying what the widget would show, written from
 * the config, and the general-information note.
 */
export function fallbackText(tag: WidgetTag, config: Config): string {
  const title = typeof config['title'] === 'string' ? config['title'] : BUILT_IN_TITLES[tag];
  let summary: string;
  switch (tag) {
    case 'smp-clinic-checklist': {
      const sections = names(config['sections']);
      summary = sections.length
        ? `A checklist to tick through before choosing a clinic: ${joined(sections)}.`
        : 'Ask to see healed results at least 3 months old, get the guarantee in writing and find out which technician will treat you.';
      break;
    }
    case 'smp-guarantee-comparison': {
      const clinics = names(config['clinics']);
      summary = clinics.length
        ? `The guarantees of ${joined(clinics)} side by side: length, touch-ups, refunds and conditions. Confirm the terms with each clinic in writing.`
        : 'SMP clinics’ guarantees side by side. Confirm the terms with each clinic in writing.';
      break;
    }
    case 'smp-treatment-explainer':
      summary = 'How scalp micropigmentation and tricopigmentation differ, and how SMP can go alongside a hair transplant.';
      break;
  }
  return `${title}. ${summary} ${GENERAL_INFORMATION_LINE}`;
}

export interface SnippetOptions {
  locale: string;
  theme: string;
  src: string;
  /** A classic script tag (`defer`) instead of `type="module"`. */
  classic?: boolean;
  /** `sha384-…` of the file at `src`, when the builder could compute it. */
  integrity?: string;
}

function scriptTag(options: SnippetOptions): string {
  const integrity = options.integrity ? ` integrity="${options.integrity}" crossorigin="anonymous"` : '';
  const kind = options.classic ? '' : ' type="module"';
  return `<script${kind} src="${escapeAttribute(options.src)}"${integrity}${options.classic ? ' defer' : ''}></script>`;
}

function elementTag(tag: WidgetTag, config: Config, options: SnippetOptions): string {
  // The config in single quotes, so its JSON keeps its double quotes and reads as written.
  const attributes = [`config='${escapeAttribute(JSON.stringify(config), "'")}'`];
  if (options.locale !== 'en-GB') attributes.push(`locale="${options.locale}"`);
  if (options.theme !== 'light') attributes.push(`theme="${options.theme}"`);
  return `<${tag} ${attributes.join(' ')}>\n  ${escapeText(fallbackText(tag, config))}\n</${tag}>`;
}

/** The lines a site pastes: the script tag and the element with its config and fallback text. */
export function snippetFor(tag: WidgetTag, config: Config, options: SnippetOptions): string {
  return `${scriptTag(options)}\n${elementTag(tag, config, options)}`;
}

/**
 * A page to try the widget on before it goes on the site: saved next to the uploaded smp-widgets folder,
 * it loads the script from there (no integrity: a file:// page cannot have the file checked).
 */
export function testPage(tag: WidgetTag, config: Config, options: Omit<SnippetOptions, 'src' | 'integrity'>): string {
  const file = scriptFile({ classic: options.classic ?? false });
  const howTo = options.classic
    ? 'It uses the classic script, which also runs when this file is opened from your disk (file://), in English only: other languages load with import(), which needs a web server.'
    : 'It uses the module script, which browsers do not run from a file opened from your disk (file://): put both on a web server, or choose the classic script in the builder.';
  return `<!doctype html>
<html lang="${escapeAttribute(options.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test page: ${escapeText(fallbackText(tag, config).split('. ')[0] ?? tag)}</title>
</head>
<body>
<p>Keep this file next to the smp-widgets folder. ${escapeText(howTo)} If only the text of the widget shows, the script did not run.</p>
${scriptTag({ ...options, src: `smp-widgets/${file}` })}
${elementTag(tag, config, { ...options, src: '' })}
</body>
</html>
`;
}

const BBCODE_TAGS: Record<WidgetTag, string> = {
  'smp-clinic-checklist': 'smpchecklist',
  'smp-guarantee-comparison': 'smpcomparison',
  'smp-treatment-explainer': 'smpexplainer',
};

/**
 * A forum post's BBCode for the presets in platforms/bbcode/presets.json: the config by its address, and
 * the language. A XenForo BB code takes one option, so there the language is a `smplang` wrapper around
 * the widget's BB code. Undefined when a comparison has no address: its clinics cannot travel otherwise.
 */
export function bbcodeFor(forum: 'phpbb' | 'xenforo', tag: WidgetTag, options: { src: string; locale: string; text: string }): string | undefined {
  const name = BBCODE_TAGS[tag];
  const src = options.src.trim();
  if (!src && tag === 'smp-guarantee-comparison') return undefined;
  const locale = options.locale !== 'en-GB' ? options.locale : '';
  // A bracket in the fallback text would end the BBCode early.
  const text = options.text.replace(/[[\]]/g, '');
  if (forum === 'phpbb') {
    const attributes = `${src ? ` src=${src}` : ''}${locale ? ` locale=${locale}` : ''}`;
    return `[${name}${attributes}]${text}[/${name}]`;
  }
  const post = `[${name}${src ? `=${src}` : ''}]${text}[/${name}]`;
  return locale ? `[smplang=${locale}]${post}[/smplang]` : post;
}


