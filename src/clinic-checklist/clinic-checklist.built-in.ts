import type { ChecklistBand, ChecklistSection } from './clinic-checklist.schema.js';

// Built-in content, imported only by a checklist whose config leaves some of it to the widget (see
// needsBuiltIn in the logic file). Every statement carries the ids of the facts it rests on (facts.md, F1…), so each
// claim can be traced. Wording: indicative, never a promise; British spelling (en-US is derived).

export const defaultTitle = 'Before you choose an SMP clinic'; // F5, F23

export const defaultIntro =
  'Tick off each point once you have confirmed it. Clinics vary a great deal in experience and in the quality ' + // F24
  'of their results, so put the same questions to each one.'; // F5, F24

export const defaultSections: ChecklistSection[] = [
  {
    title: 'Healed results',
    items: [
      {
        id: 'healed-work',
        label: 'I have seen photos of healed results taken 3 months or more after the client’s first session', // F28
        question: 'Can I see photos of healed results, taken at least 3 months after each client’s first session?', // F28
        detail:
          'Work can look different once it has healed, so healed photos are where to check for a clear blue or ' + // F28, F61
          'green shift in colour, the most serious sign of poor technique.', // F26, F76, F77
      },
      {
        id: 'similar-clients',
        label: 'I have seen results on clients like me, for example in skin colour and age', // F29
        question: 'Can I see results on clients like me, for example in skin colour and age?', // F29
        detail: 'Ask for healed examples from people whose skin colour and age are close to yours.', // F29
      },
    ],
  },
  {
    title: 'Guarantee',
    items: [
      {
        id: 'guarantee-in-writing',
        label: 'I know what the guarantee covers, and I have it in writing', // F30
        question: 'What does your guarantee cover, and can I have it in writing?', // F30
        detail:
          'Terms differ. A guarantee of about 12 months, typically covering extra sessions for fading, is ' + // F107, F108
          'often called standard; critics warn that “lifetime” offers may carry exclusions and are of little ' + // F109
          'use if the clinic closes.', // F109
      },
      {
        id: 'guarantee-honoured',
        label: 'I have checked whether the clinic has honoured its guarantee for past clients', // F30
        question: 'Have past clients had the guarantee honoured, and how can I check that?', // F30
        detail:
          'The public sources checked give no independent figures on how often clinics honour guarantees, ' + // F113
          'so check the clinic’s record yourself: asking former clients or reading reviews is one way.', // F30, F116
      },
      {
        id: 'refunds-touch-ups',
        label: 'I know the refund and touch-up terms, including any time limits and exclusions', // F110, F111
        question: 'What are the refund and touch-up terms, including any time limits and exclusions?', // F110, F111
        detail:
          'Clinics usually offer touch-ups rather than refunds, and those touch-ups normally have a deadline. ' + // F110, F111
          'Tattoo studios often exclude missed appointments, poor aftercare and normal fading, so ask whether ' + // F112
          'this clinic does the same.', // F112
      },
    ],
  },
  {
    title: 'Your technician',
    items: [
      {
        id: 'named-technician',
        label: 'I know which named technician will treat me', // F31
        question: 'Which named technician would treat me?', // F31, F114
        detail:
          'Even a well-regarded clinic’s results depend on who does the work, and an inexperienced ' +
          'technician raises the risk of a poor outcome.', // F25, F31
      },
      {
        id: 'technician-experience',
        label: 'I know how much SMP experience that technician has, and where they trained', // F31, F114
        question: 'How much SMP experience does that technician have, and where did they train?', // F31, F114
        detail:
          'One guide to choosing a provider suggests preferring specialists who mainly do SMP over occasional ' + // F115
          'providers. Another advises asking to see the technician’s own portfolio, including hard cases, and ' + // F116
          'reading client reviews.', // F116
      },
      {
        id: 'equipment-depth',
        label: 'They explained their machines, needles, pigments and how they control needle depth', // F27
        question: 'Which machines, needles and pigments do you use, and how do you control needle depth?', // F27, F114
        detail:
          'Skilled technicians pick suitable equipment and pigment and control the depth. Pigment placed ' + // F27
          'too deep tends to blur or spread, and is one common explanation for colour change.', // F76, F78
      },
      {
        id: 'hairline-density',
        label: 'We discussed the hairline and the density of dots that would suit me', // F27
        question: 'What hairline and density of dots would you suggest for me, and why?', // F27
        detail:
          'Natural hairlines and believable density mark a skilled technician. Work usually starts with a ' + // F27
          'light layer, adding darkness and density over the sessions, which leaves room to adjust.', // F52
      },
      {
        id: 'licence',
        label: 'I have checked the clinic’s licence or registration where my area requires one', // F115, F117
        question: 'Is the clinic licensed or registered where my area requires it?', // F115, F117
        detail:
          'Requirements depend on where you live, and one commentator describes the SMP industry as largely ' + // F117, F118
          'unregulated.', // F118
      },
    ],
  },
  {
    title: 'Warning signs in the portfolio',
    intro: 'Tick off each point once the clinic’s healed photos show it holds true.', // F26, F28
    items: [
      {
        id: 'no-oversized-dots',
        label: 'No oversized or blurred dots', // F26, F78
        question: 'Can I see healed work close up, to check that the dots are not oversized or blurred?', // F26, F78
        detail: 'Pigment placed too deep tends to leave blurred or enlarged dots.', // F78
      },
      {
        id: 'no-migration',
        label: 'No pigment spreading beyond the dots', // F26, F78
        question: 'Can I see healed work close up, to check that no pigment has spread beyond the dots?', // F26, F78
        detail: 'A summary of one clinical paper lists pigment spreading as a possible complication.', // F79
      },
      {
        id: 'good-blending',
        label: 'The dots blend with the client’s remaining hair', // F26
        question: 'Can I see work where the dots blend with the client’s remaining hair?', // F26
      },
      {
        id: 'natural-hairlines',
        label: 'Hairlines look natural', // F26, F27
        question: 'Can I see healed hairlines you have designed?', // F26, F27
      },
      {
        id: 'no-discolouration',
        label: 'No blue, green or other colour change in healed work', // F26, F76
        question: 'Can I see healed work at least 3 months old, to check for any blue, green or other colour change?', // F26, F28, F76
        detail:
          'Discoloured pigment is the most serious sign of poor work. Sources often link a clear blue or green ' + // F26
          'shift in colour to blended tattoo inks separating or to pigment placed too deep; one doctor notes that ' + // F76
          'any pigment under skin looks slightly blue-black, so it is a clear shift in colour that matters.', // F77
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
    message: 'You have covered the main checks, though no checklist can guarantee a result.', // F24, F25
  },
];
