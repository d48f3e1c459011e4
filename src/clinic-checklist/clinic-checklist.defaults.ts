import type { StringTable } from '../core/strings.js';
import type { ChecklistBand, ChecklistSection } from './clinic-checklist.schema.js';

// Built-in content. Every statement carries the ids of the facts it rests on (facts.md, F1…), so each
// claim can be traced. Wording: indicative, never a promise; British spelling (en-US is derived).

export const defaultTitle = 'Before you choose an SMP clinic'; // F5, F23

export const defaultIntro =
  'Tick each point once you have checked it with the clinic. Experience and results differ widely ' + // F24
  'from clinic to clinic, so it is worth asking the same questions everywhere.'; // F5, F24

export const defaultSections: ChecklistSection[] = [
  {
    title: 'Healed results',
    items: [
      {
        id: 'healed-work',
        label: 'I have seen healed work photographed at least 3 months after the first session', // F28
        detail:
          'Fresh work always looks crisp. Healed photos show how the pigment settled and whether it has ' +
          'turned blue or green, the most serious sign of poor work.', // F26, F28, F76
      },
      {
        id: 'similar-clients',
        label: 'I have seen results on clients like me, for example in skin colour and age', // F29
        detail: 'The same work can look different on different skin, so ask for examples close to your own.', // F29
      },
    ],
  },
  {
    title: 'Guarantee',
    items: [
      {
        id: 'guarantee-in-writing',
        label: 'I know what the guarantee covers, and I have it in writing', // F30
        detail:
          'Terms vary. A 12-month guarantee with extra sessions for fading is often described as usual; ' + // F107, F108
          '"lifetime" offers can carry exclusions and are worth little if the clinic closes.', // F109
      },
      {
        id: 'guarantee-honoured',
        label: 'I have checked whether the clinic has honoured its guarantee for past clients', // F30
        detail:
          'No independent data on how often clinics honour guarantees was found, so reviews and former ' +
          'clients are the best evidence available.', // F113, F116
      },
      {
        id: 'refunds-touch-ups',
        label: 'I know the refund and touch-up terms, including any time limits and exclusions', // F110, F111
        detail:
          'Clinics usually offer touch-ups rather than refunds. Included touch-ups are usually time-limited, ' + // F110, F111
          'and missed appointments or poor aftercare are common exclusions.', // F112
      },
    ],
  },
  {
    title: 'Your technician',
    items: [
      {
        id: 'named-technician',
        label: 'I know which named technician will treat me', // F31
        detail: 'A reputable clinic can still produce poor results if an inexperienced technician does the work.', // F25, F31
      },
      {
        id: 'technician-experience',
        label: 'I know how much SMP experience that technician has, and where they trained', // F114
        detail:
          'Specialists who mainly do SMP are often preferred. Ask to see their own portfolio, including ' +
          'difficult past cases.', // F115, F116
      },
      {
        id: 'equipment-depth',
        label: 'They explained their machines, needles, pigments and how they control needle depth', // F27
        detail:
          'Good technicians choose these to suit your skin. Pigment placed too deep tends to blur, spread ' +
          'or change colour.', // F27, F76, F78
      },
      {
        id: 'hairline-density',
        label: 'We discussed the hairline and the density of dots that would suit me', // F27
        detail:
          'Natural hairlines and believable density mark a skilled technician. Density and shade are ' +
          'usually built up over several sessions, starting light.', // F27, F52
      },
      {
        id: 'licence',
        label: 'I have checked the clinic’s licence or registration where my area requires one', // F115, F117
        detail:
          'Rules differ from place to place, and some sources describe the industry as largely unregulated.', // F117, F118
      },
    ],
  },
  {
    title: 'Warning signs in the portfolio',
    intro: 'Tick each sign once you have looked for it in healed photos and not found it.', // F26
    items: [
      {
        id: 'no-oversized-dots',
        label: 'No oversized or blurred dots', // F26
        detail: 'Large or smudged dots often mean the pigment went too deep.', // F78
      },
      {
        id: 'no-migration',
        label: 'No pigment spreading beyond the dots', // F26, F78
        detail: 'Spreading pigment is listed among the possible complications of SMP.', // F79
      },
      {
        id: 'good-blending',
        label: 'The dots blend with the client’s remaining hair', // F26
      },
      {
        id: 'natural-hairlines',
        label: 'Hairlines look natural for the client’s face and age', // F26, F27
      },
      {
        id: 'no-discolouration',
        label: 'No blue, green or other colour change in healed work', // F26
        detail:
          'Discoloured pigment is the most serious sign of poor work. It is usually blamed on mixed tattoo ' +
          'inks or pigment placed too deep.', // F26, F76
      },
    ],
  },
];

export const defaultBands: ChecklistBand[] = [
  {
    from: 0,
    label: 'Just started',
    message: 'Most points are still open. Take your time: clinics differ widely in experience and results.', // F24
  },
  {
    from: 40,
    label: 'Making progress',
    message: 'Keep going, and ask the clinic for anything you have not seen yet.', // F5, F28
  },
  {
    from: 80,
    label: 'Nearly there',
    message: 'A few points remain. Ask about them before you book.', // F5
  },
  {
    from: 100,
    label: 'Every point checked',
    message: 'You have covered the main checks. A qualified clinician still decides what suits you.', // F5, F23
  },
];

export type ChecklistStringKey =
  | 'progress'
  | 'reset'
  | 'resetDone'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'detailToggle'
  | 'savedHere'
  | 'storageOff'
  | 'disclaimer'
  | 'summaryChecked'
  | 'summaryOpen';

/** UI strings; every one can be replaced through `config.strings`. */
export const checklistStrings: StringTable<ChecklistStringKey> = {
  'en-GB': {
    progress: '{checked} of {total} checked',
    reset: 'Clear all ticks',
    resetDone: 'All ticks cleared.',
    copy: 'Copy summary',
    copied: 'Summary copied. You can paste it into a note or an email.',
    copyFailed: 'This browser did not allow copying. Select the list and copy it by hand.',
    detailToggle: 'Why this matters',
    savedHere: 'Your ticks are saved in this browser only.',
    storageOff: 'This browser is not saving your ticks, so they will be lost when you leave the page.',
    disclaimer: 'General information, not medical advice. A qualified clinician decides what suits you.', // F5
    summaryChecked: '[x]',
    summaryOpen: '[ ]',
  },
  'en-US': {
    reset: 'Clear all checks',
    resetDone: 'All checks cleared.',
    savedHere: 'Your checks are saved in this browser only.',
    storageOff: 'This browser is not saving your checks, so they will be lost when you leave the page.',
  },
};
