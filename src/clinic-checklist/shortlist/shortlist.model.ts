import { restoreChecked, storageKey } from '../clinic-checklist.model.js';
import type { ChecklistSection } from '../clinic-checklist.schema.js';

// The reader's shortlist as data: the clinics, their ticks and notes, and every change to them, as pure functions.

/** The most clinics a shortlist holds. */
export const MAX_CLINICS = 4;
/** Bump when the stored shortlist changes shape; entries of other versions are ignored. */
export const SHORTLIST_VERSION = 1;

export interface ShortlistClinic {
  name: string;
  /** Ids of the items ticked for this clinic, in list order. */
  checked: string[];
  /** The reader's own note on the clinic. */
  note: string;
}
export interface Shortlist {
  clinics: ShortlistClinic[];
}

/** Stored beside the single list's ticks, under the same checklist id. */
export function shortlistKey(checklistId: string): string {
  return `${storageKey(checklistId)}:shortlist`;
}

/** Two clinic names are the same clinic whatever their case and surrounding spaces. */
export const sameName = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

/**
 * A shortlist read back from storage: malformed clinics are dropped, repeated names and clinics beyond
 * the fourth too, and ticks of items no longer in the list are pruned. Undefined when nothing usable is stored.
 */
export function restoreShortlist(stored: unknown, ids: readonly string[]): Shortlist | undefined {
  const clinics = typeof stored === 'object' && stored !== null && Array.isArray((stored as Shortlist).clinics) ? (stored as Shortlist).clinics : undefined;
  if (!clinics) return undefined;
  const kept: ShortlistClinic[] = [];
  for (const clinic of clinics as unknown[]) {
    const { name, checked, note } = (clinic ?? {}) as Partial<Record<keyof ShortlistClinic, unknown>>;
    if (typeof name !== 'string' || !name.trim() || kept.some((other) => sameName(other.name, name)) || kept.length === MAX_CLINICS) continue;
    kept.push({ name: name.trim(), checked: restoreChecked(checked, ids), note: typeof note === 'string' ? note : '' });
  }
  return { clinics: kept };
}

/**
 * The shortlist a reader starts with: the clinics the site presets (the first four, each name once). Ticks the
 * reader already has in the single list carry over to the first clinic, when it is added.
 */
export function startShortlist(presets: readonly string[] | undefined, singleTicks: readonly string[]): Shortlist {
  let list: Shortlist = { clinics: [] };
  for (const name of presets ?? []) {
    const added = addClinic(list, name, singleTicks);
    if ('shortlist' in added) list = added.shortlist;
  }
  return list;
}

/** Why a clinic could not be added. */
export type AddProblem = 'noName' | 'sameName' | 'full';

/** The shortlist with one more clinic; the first clinic added takes `carried` ticks (the single list's). */
export function addClinic(list: Shortlist, name: string, carried: readonly string[] = []): { shortlist: Shortlist } | { problem: AddProblem } {
  const trimmed = name.trim();
  if (!trimmed) return { problem: 'noName' };
  if (list.clinics.some((clinic) => sameName(clinic.name, trimmed))) return { problem: 'sameName' };
  if (list.clinics.length >= MAX_CLINICS) return { problem: 'full' };
  const checked = list.clinics.length === 0 ? [...carried] : [];
  return { shortlist: { clinics: [...list.clinics, { name: trimmed, checked, note: '' }] } };
}

/** The shortlist with one clinic changed by `change`. */
export function updateClinic(list: Shortlist, index: number, change: (clinic: ShortlistClinic) => ShortlistClinic): Shortlist {
  return { clinics: list.clinics.map((clinic, i) => (i === index ? change(clinic) : clinic)) };
}

/** One item ticked or unticked for one clinic; ticks stay in list order. */
export function tickFor(list: Shortlist, index: number, itemId: string, on: boolean, ids: readonly string[]): Shortlist {
  return updateClinic(list, index, (clinic) => {
    const ticked = new Set(clinic.checked);
    if (on) ticked.add(itemId);
    else ticked.delete(itemId);
    return { ...clinic, checked: ids.filter((id) => ticked.has(id)) };
  });
}

/** The shortlist without the clinic at `index`, and what is needed to put it back. */
export function removeClinic(list: Shortlist, index: number): { shortlist: Shortlist; removed: { clinic: ShortlistClinic; index: number } } {
  return { shortlist: { clinics: list.clinics.filter((_, i) => i !== index) }, removed: { clinic: list.clinics[index]!, index } };
}

/** A removed clinic back in its place (undo), unless its name was added again meanwhile or the list is full. */
export function restoreClinic(list: Shortlist, removed: { clinic: ShortlistClinic; index: number }): Shortlist {
  if (list.clinics.length >= MAX_CLINICS || list.clinics.some((clinic) => sameName(clinic.name, removed.clinic.name))) return list;
  const clinics = [...list.clinics];
  clinics.splice(Math.min(removed.index, clinics.length), 0, removed.clinic);
  return { clinics };
}

/** The items not yet ticked for a clinic, in list order. */
export function stillOpen(clinic: ShortlistClinic, sections: readonly ChecklistSection[]): ChecklistSection['items'] {
  const ticked = new Set(clinic.checked);
  return sections.flatMap((section) => section.items.filter((item) => !ticked.has(item.id)));
}

/** The sections with each item's row in the shortlist's grid (0 for the first item of the first section). */
export function numberedSections(sections: readonly ChecklistSection[]): { title: string; items: { item: ChecklistSection['items'][number]; row: number }[] }[] {
  let row = 0;
  return sections.map((section) => ({ title: section.title, items: section.items.map((item) => ({ item, row: row++ })) }));
}

/** Whether two shortlists hold the same clinics, ticks and notes. */
export function sameShortlist(a: Shortlist, b: Shortlist): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
