import type { StringTable } from '../core/strings.js';
import type { View } from './treatment-explainer.vocab.js';

/** The views' built-in titles, UI strings like the others (a config's view `title` wins over them). */
export const viewTitles: Record<View, string> = {
  compare: 'SMP or tricopigmentation',
  transplant: 'With a hair transplant',
  technician: 'Choosing a technician',
  guide: 'Which might fit me?',
};

export type ExplainerStringKey =
  | View
  | 'views'
  | 'smp'
  | 'trico'
  | 'aspect'
  | 'scarType'
  | 'outlook'
  | 'controlsTitle'
  | 'warningsTitle'
  | 'seeResult'
  | 'unanswered'
  | 'restart'
  | 'resultHeading'
  | 'resultAnnouncement'
  | 'reasons'
  | 'askNext'
  | 'nextSteps'
  | 'openChecklist'
  | 'outcomeNote'
  | 'scarTableCaption'
  | 'shareResult'
  | 'shareResultNote'
  | 'resultLinkCopied'
  | 'printResult'
  | 'copyFailed'
  | 'resultLink'
  | 'generalInformation';

/** UI strings; every one but the general-information note can be replaced through `config.strings`. */
export const explainerStrings: StringTable<ExplainerStringKey> = {
  'en-GB': {
    ...viewTitles,
    views: 'Topics',
    smp: 'SMP',
    trico: 'Tricopigmentation',
    aspect: 'Point',
    scarType: 'Scar type',
    outlook: 'What to expect',
    controlsTitle: 'What a good technician controls',
    warningsTitle: 'Warning signs in their work',
    seeResult: 'See what may fit',
    unanswered: 'Please answer: {questions}',
    restart: 'Start again',
    resultHeading: 'What may fit: {title}',
    resultAnnouncement: 'Result: {title}',
    reasons: 'Why',
    askNext: 'What to ask a clinic next',
    // The heading of the clinician-first result's steps, which ask a doctor rather than a clinic.
    nextSteps: 'Next steps',
    openChecklist: 'Open the clinic checklist on this page',
    // The widget's own note already says this is not medical advice; the result says what it rests on.
    outcomeNote: 'This rests on your answers alone, so research clinics thoroughly before you decide.', // F5
    // Caption of the scar-type table, so it does not repeat the heading of the scar section just above it.
    scarTableCaption: 'Scar types and what to expect', // F18, F19
    shareResult: 'Copy a link to this result',
    shareResultNote: 'The link holds your answers to the questions above. Anyone you give it to can read them; it is not sent to this site.',
    resultLinkCopied: 'Link copied. Opening it shows these answers and this result.',
    printResult: 'Print this result',
    copyFailed: 'This browser did not allow copying. Select the link below and copy it by hand.',
    resultLink: 'Link to this result',
    // Always shown, whatever the config: a site's `disclaimer` adds its own words beside it.
    generalInformation:
      'General information, not medical advice. Figures are indicative and sources often disagree. A qualified ' +
      'clinician decides what suits you: ask one about contraindications, allergies, scars, keloid tendency, ' +
      'medication and transplant timing.', // facts.md wording rules
  },
  'en-US': {},
};
