import { loaded } from '../core/lazy-import.js';
import { contentKeys, DEFAULT_LOCALE, englishContent, fill, type Locale, type Translate } from '../core/strings.js';
import type * as Defaults from './clinic-checklist.built-in.js';
import type { ChecklistBand, ChecklistConfig, ChecklistSection } from './clinic-checklist.schema.js';

// Data shaping for the checklist, kept free of the DOM so unit tests call it directly.

/** Bump when the stored shape changes; entries of other versions are ignored. */
export const STORAGE_VERSION = 1;

export function storageKey(checklistId: string): string {
  return `smp-clinic-checklist:${checklistId}`;
}

/** The checklist as shown: the site's config where given, the built-in content elsewhere. */
export interface ChecklistContent {
  title: string;
  intro: string | undefined;
  sections: ChecklistSection[];
  bands: ChecklistBand[];
  persist: boolean;
  storageId: string;
}

function localised(t: Translate, sections: ChecklistSection[]): ChecklistSection[] {
  return sections.map((section, index) => ({
    title: t(`section.${index}.title`, section.title),
    intro: section.intro === undefined ? undefined : t(`section.${index}.intro`, section.intro),
    items: section.items.map((item) => ({
      id: item.id,
      label: t(`item.${item.id}.label`, item.label),
      detail: item.detail === undefined ? undefined : t(`item.${item.id}.detail`, item.detail),
      question: item.question === undefined ? undefined : t(`item.${item.id}.question`, item.question),
    })),
  }));
}

/** The built-in content: the built-in content file, imported only when a config leaves some of it to the widget. */
export type BuiltInChecklist = typeof Defaults;

/** Whether a config leaves anything to the built-in content: a title, the items or the progress bands. */
export function needsBuiltIn(config: ChecklistConfig | undefined): boolean {
  return config?.title === undefined || config.sections === undefined || config.bands === undefined;
}

/**
 * The checklist as shown. `builtIn` is needed where `needsBuiltIn(config)` says so; `t` gives the built-in
 * content in the reader's language (see core/strings.ts).
 */
export function checklistContent(config: ChecklistConfig | undefined, builtIn: BuiltInChecklist | undefined, t: Translate = englishContent): ChecklistContent {
  const sections = config?.sections ?? localised(t, loaded(builtIn).defaultSections);
  const usesDefaultIntro = config?.intro === undefined && config?.sections === undefined;
  return {
    title: config?.title ?? t('title', loaded(builtIn).defaultTitle),
    intro: config?.intro ?? (usesDefaultIntro ? t('intro', loaded(builtIn).defaultIntro) : undefined),
    sections,
    bands: [...(config?.bands ?? loaded(builtIn).defaultBands.map((band, index) => ({ ...band, label: t(`band.${index}.label`, band.label), message: band.message && t(`band.${index}.message`, band.message) })))].sort((a, b) => a.from - b.from),
    persist: config?.persist ?? true,
    storageId: config?.id ?? fallbackStorageId(sections),
  };
}

export function itemIds(sections: readonly ChecklistSection[]): string[] {
  return sections.flatMap((section) => section.items.map((item) => item.id));
}

/**
 * A checklist without an `id` still gets its own storage entry, derived from its item ids, so two
 * different lists on one site never share ticks.
 */
export function fallbackStorageId(sections: readonly ChecklistSection[]): string {
  let hash = 5381;
  for (const char of itemIds(sections).join('\n')) hash = ((hash * 33) ^ char.charCodeAt(0)) >>> 0;
  return `auto-${hash.toString(36)}`;
}

/** Ticks read back from storage: anything malformed is dropped, ids no longer in the list are pruned. */
export function restoreChecked(stored: unknown, ids: readonly string[]): string[] {
  if (!Array.isArray(stored)) return [];
  const known = new Set(ids);
  return ids.filter((id) => stored.includes(id) && known.has(id));
}

export function percentChecked(checked: number, total: number): number {
  return total === 0 ? 0 : Math.round((checked / total) * 100);
}

/** The band with the highest `from` not above the percentage checked. */
export function pickBand(bands: readonly ChecklistBand[], percent: number): ChecklistBand | undefined {
  let current: ChecklistBand | undefined;
  for (const band of bands) if (band.from <= percent && (!current || band.from >= current.from)) current = band;
  return current;
}

interface SummaryInput {
  checklist: ChecklistContent;
  checked: ReadonlySet<string>;
  strings: Record<'progress' | 'summaryChecked' | 'summaryOpen', string>;
  /** The note the widget shows under the list (disclaimerNote). */
  note: string;
  locale?: Locale;
}

/** The plain-text summary the "copy" button puts on the clipboard. */
export function summaryText({ checklist, checked, strings, note, locale = DEFAULT_LOCALE }: SummaryInput): string {
  const total = itemIds(checklist.sections).length;
  const count = itemIds(checklist.sections).filter((id) => checked.has(id)).length;
  const band = pickBand(checklist.bands, percentChecked(count, total));
  const lines = [checklist.title, fill(strings.progress, { checked: count, total }, locale) + (band ? ` (${band.label})` : '')];
  for (const section of checklist.sections) {
    lines.push('', section.title);
    for (const item of section.items) {
      lines.push(`${checked.has(item.id) ? strings.summaryChecked : strings.summaryOpen} ${item.label}`);
    }
  }
  lines.push('', note);
  return lines.join('\n');
}

/** Every key of the built-in content, with its English text: what a language pack translates. */
export function checklistContentKeys(builtIn: BuiltInChecklist): Record<string, string> {
  return contentKeys((t) => checklistContent(undefined, builtIn, t));
}
