// Shortlist mode of <smp-clinic-checklist> (config.shortlist): its own chunk, imported only by a checklist that has
// the mode on, so a page with a plain checklist never fetches it. Its parts are in shortlist/.

export { ShortlistController, type ShortlistChangeDetail, type ShortlistQuestionsDetail } from './shortlist/shortlist.controller.js';
export { shortlistStrings } from './shortlist/shortlist.strings.js';
export { shortlistStyles } from './shortlist/shortlist.styles.js';
// The embed builder checks preset clinics as the mode does.
export { MAX_CLINICS, sameName } from './shortlist/shortlist.model.js';
