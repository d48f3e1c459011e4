import { isServer, type CSSResultOrNative } from 'lit';

// Shortlist mode's place in the checklist's styles. The checklist lists this one sheet among its static styles, so
// every checklist's shadow root adopts it; it stays empty until the mode's chunk loads and fills it
// (shortlist.styles.ts), and from then on every checklist on the page has the rules, whenever it was made. A page
// with only plain checklists never downloads them. Node has no CSSStyleSheet: on a server the sheet is the text a
// pre-rendered stylesheet is made of.

/** Shortlist mode's styles, in the checklist's `static styles`: empty until the mode's chunk fills it. */
export const shortlistSheet = (isServer ? { cssText: '' } : new CSSStyleSheet()) as CSSResultOrNative;
