import { restoreShortlist, SHORTLIST_VERSION, type Shortlist } from './shortlist.model.js';

// A shortlist shared in the address's fragment, which browsers never send to a server: encoded, and read back
// with the same checks as stored state.

/** The fragment's key for one checklist: its own prefix and id, apart from view links (`#id/view`) and hash routers. */
export function shareKey(id: string): string {
  return `smp-shortlist:${id}=`;
}

const toBase64Url = (text: string) => btoa(String.fromCharCode(...new TextEncoder().encode(text))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64Url = (text: string) => new TextDecoder().decode(Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (char) => char.charCodeAt(0)));

/** The fragment that carries a shortlist: the clinics and their ticks, and their notes only when the reader chose to. */
export function shareFragment(id: string, list: Shortlist, withNotes: boolean): string {
  const clinics = list.clinics.map((clinic) => ({ name: clinic.name, checked: clinic.checked, note: withNotes ? clinic.note : '' }));
  return `#${shareKey(id)}${toBase64Url(JSON.stringify({ version: SHORTLIST_VERSION, clinics }))}`;
}

/** The shortlist a fragment carries for this checklist, checked like stored state; undefined when there is none. */
export function readShare(hash: string, id: string, ids: readonly string[]): Shortlist | undefined {
  const prefix = `#${shareKey(id)}`;
  if (!hash.startsWith(prefix)) return undefined;
  try {
    const shared = JSON.parse(fromBase64Url(hash.slice(prefix.length))) as { version?: unknown };
    return shared.version === SHORTLIST_VERSION ? restoreShortlist(shared, ids) : undefined;
  } catch {
    return undefined;
  }
}
