import { fill, spellFor, type Locale } from '../core/strings.js';
import { defaultBands, defaultIntro, defaultSections, defaultTitle } from './clinic-checklist.defaults.js';
import type { ChecklistBand, ChecklistConfig, ChecklistSection } from './clinic-checklist.schema.js';

// Data shaping for the checklist, kept free of the DOM so unit tests call it directly.

/** Bump when the stored shape changes; entries of other versions are ignored. */
export const STORAGE_VERSION = 1;

export function storageKey(checklistId: string): string {
  return `smp-clinic-checklist:${checklistId}`;
}

/** The checklist as shown: the site's config where given, the built-in content elsewhere. */
export interface ResolvedChecklist {
  title: string;
  intro: string | undefined;
  sections: ChecklistSection[];
  bands: ChecklistBand[];
  persist: boolean;
  storageId: string;
}

function localised(locale: Locale, sections: ChecklistSection[]): ChecklistSection[] {
  const spell = (text: string) => spellFor(locale, text);
  const spellOptional = (text: string | undefined) => (text === undefined ? undefined : spell(text));
  return sections.map((section) => ({
    title: spell(section.title),
    intro: spellOptional(section.intro),
    items: section.items.map((item) => ({ id: item.id, label: spell(item.label), detail: spellOptional(item.detail) })),
  }));
}

export function resolveChecklist(config: ChecklistConfig | undefined, locale: Locale): ResolvedChecklist {
  const sections = config?.sections ?? localised(locale, defaultSections);
  const usesDefaultIntro = config?.intro === undefined && config?.sections === undefined;
  return {
    title: config?.title ?? spellFor(locale, defaultTitle),
    intro: config?.intro ?? (usesDefaultIntro ? spellFor(locale, defaultIntro) : undefined),
    sections,
    bands: [...(config?.bands ?? defaultBands)].sort((a, b) => a.from - b.from),
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
  checklist: ResolvedChecklist;
  checked: ReadonlySet<string>;
  strings: Record<'progress' | 'summaryChecked' | 'summaryOpen' | 'disclaimer', string>;
}

/** The plain-text summary the "copy" button puts on the clipboard. */
export function summaryText({ checklist, checked, strings }: SummaryInput): string {
  const total = itemIds(checklist.sections).length;
  const count = itemIds(checklist.sections).filter((id) => checked.has(id)).length;
  const band = pickBand(checklist.bands, percentChecked(count, total));
  const lines = [checklist.title, fill(strings.progress, { checked: count, total }) + (band ? ` (${band.label})` : '')];
  for (const section of checklist.sections) {
    lines.push('', section.title);
    for (const item of section.items) {
      lines.push(`${checked.has(item.id) ? strings.summaryChecked : strings.summaryOpen} ${item.label}`);
    }
  }
  lines.push('', strings.disclaimer);
  return lines.join('\n');
}
