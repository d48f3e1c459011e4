import type { StringTable } from '../../core/strings.js';
import type { ChecklistStringKey } from '../clinic-checklist.strings.js';
import type { ShortlistStringKey } from './shortlist.vocab.js';

/** Shortlist mode's UI strings (the language packs keep them in the checklist's section); `config.strings` replaces any. */
export const shortlistStrings: StringTable<ShortlistStringKey> = {
  'en-GB': {
    shortlistIntro: 'Add the two to four clinics you are considering, then tick each point for each clinic.',
    clinicName: 'Clinic name',
    addClinic: 'Add clinic',
    noName: 'Type the clinic’s name first.',
    sameName: '{name} is already on your shortlist.',
    full: 'A shortlist holds up to {max} clinics. Remove one to add another.',
    added: '{name} added to your shortlist.',
    itemHeader: 'Point to check',
    tickFor: '{item} – {clinic}',
    clinicProgress: '{checked} of {total}',
    removeClinic: 'Remove',
    removeClinicFor: 'Remove {clinic}',
    removed: '{clinic} removed. Undo puts it back.',
    clearClinic: 'Clear ticks',
    clearClinicFor: 'Clear ticks for {clinic}',
    clinicCleared: 'Ticks for {clinic} cleared. Undo brings them back.',
    clinicRestored: '{clinic} is back as it was.',
    noteFor: 'Your notes on {clinic}',
    clinicShown: 'Clinic shown',
    otherClinics: 'Your other clinics',
    questionsButton: 'Questions to ask',
    questionsButtonFor: 'Questions to ask {clinic}',
    questionsFor: 'Questions for {clinic}',
    questionsIntro: 'The points you have not ticked yet for this clinic, as questions to ask it.',
    noQuestions: 'Every point is ticked for {clinic}: nothing is left to ask.',
    // A site's label may be a statement in the first person ("I have seen healed work"): quoted, it reads well.
    askAbout: 'Can you tell me more about this point: “{item}”?',
    copyQuestions: 'Copy questions',
    questionsCopied: 'Questions copied. You can paste them into a message to the clinic.',
    printQuestions: 'Print questions',
    emailQuestions: 'Email draft',
    emailSubject: 'Questions before I decide: {clinic}',
    emailIntro: 'Hello, before I decide, I would like to ask:',
    emailMore:
      '{count, plural, one {# more question did not fit in this email; I will send it separately.} ' +
      'other {# more questions did not fit in this email; I will send them separately.}}',
    closeQuestions: 'Close',
    shareLink: 'Copy a link to this shortlist',
    shareNotes: 'Put my notes in the link too',
    shareNote: 'The link holds your clinics and what you ticked for each. Anyone you give it to can read that; it is not sent to this site.',
    shareNoteWithNotes: 'The link holds your clinics, what you ticked for each and your notes. Anyone you give it to can read them; it is not sent to this site.',
    shareCopied: 'Link copied. Opening it shows this shortlist.',
    sharedOffer: 'This link holds a shortlist ({clinics}). Replace your own shortlist with it?',
    replaceMine: 'Replace mine',
    keepMine: 'Keep mine',
    sharedApplied: 'The shared shortlist is shown now.',
    linkCopyFailed: 'This browser did not allow copying. Select the link below and copy it by hand.',
    shortlistLink: 'Link to this shortlist',
  },
  'en-US': {
    shortlistIntro: 'Add the two to four clinics you are considering, then check off each point for each clinic.',
    clearClinic: 'Clear checks',
    clearClinicFor: 'Clear checks for {clinic}',
    clinicCleared: 'Checks for {clinic} cleared. Undo brings them back.',
    questionsIntro: 'The points you have not checked off yet for this clinic, as questions to ask it.',
    noQuestions: 'Every point is checked off for {clinic}: nothing is left to ask.',
    shareNote: 'The link holds your clinics and what you checked off for each. Anyone you give it to can read that; it is not sent to this site.',
    shareNoteWithNotes: 'The link holds your clinics, what you checked off for each and your notes. Anyone you give it to can read them; it is not sent to this site.',
  },
};

/** The strings shortlist mode renders with: its own, and two of the checklist's. */
export type ShortlistStrings = Record<ShortlistStringKey | Extract<ChecklistStringKey, 'undo' | 'copyFailed'>, string>;
