import type { StringTable } from '../core/strings.js';

export type ChecklistStringKey =
  | 'progress'
  | 'reset'
  | 'resetDone'
  | 'undo'
  | 'undoDone'
  | 'nothingToClear'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'detailToggle'
  | 'savedHere'
  | 'storageOff'
  | 'generalInformation'
  | 'summaryChecked'
  | 'summaryOpen';

/** UI strings; every one but the general-information note can be replaced through `config.strings`. */
export const checklistStrings: StringTable<ChecklistStringKey> = {
  'en-GB': {
    progress: '{checked} of {total} checked',
    reset: 'Clear all ticks',
    resetDone: 'All ticks cleared. Undo brings them back.',
    undo: 'Undo',
    undoDone: 'Your ticks are restored.',
    nothingToClear: 'Nothing is ticked yet, so there is nothing to clear.',
    copy: 'Copy summary',
    copied: 'Summary copied. You can paste it into a note or an email.',
    copyFailed: 'This browser did not allow copying. Select the list and copy it by hand.',
    detailToggle: 'Why this matters',
    savedHere: 'Your ticks are saved in this browser only.',
    storageOff: 'This browser is not saving your ticks, so they will be lost when you leave the page.',
    // facts.md wording rules: label content as general information and point to a clinician. Always shown:
    // a site's `strings.disclaimer` adds its own words beside it.
    generalInformation:
      'General information, not medical advice. Ask a qualified clinician about contraindications, allergies, ' +
      'skin conditions, keloid tendency, scars, medication or transplant timing.',
    summaryChecked: '[x]',
    summaryOpen: '[ ]',
  },
  'en-US': {
    reset: 'Clear all checks',
    resetDone: 'All checks cleared. Undo brings them back.',
    undoDone: 'Your checks are restored.',
    nothingToClear: 'Nothing is checked yet, so there is nothing to clear.',
    savedHere: 'Your checks are saved in this browser only.',
    storageOff: 'This browser is not saving your checks, so they will be lost when you leave the page.',
  },
};

