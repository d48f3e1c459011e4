import { fillShortlistSheet } from './shortlist/shortlist.styles.js';

// Shortlist mode of <smp-clinic-checklist> (config.shortlist): its own chunk, imported only by a checklist that has
// the mode on, so a page with a plain checklist never fetches it. Its parts are in shortlist/.

// Loading the chunk fills the sheet every checklist already lists among its styles.
fillShortlistSheet();

export { ShortlistController, type ShortlistChangeDetail, type ShortlistQuestionsDetail } from './shortlist/shortlist.controller.js';
export { shortlistStrings } from './shortlist/shortlist.strings.js';
