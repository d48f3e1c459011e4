import type { Criterion } from './guarantee-comparison.vocab.js';

// Built-in content, imported only by a comparison whose config leaves some of it to the widget (see
// needsBuiltIn in the logic file). Every statement carries the ids of the facts it rests on (facts.md, F1…).

// The title of a comparison whose config gives none is in guarantee-comparison.strings.ts, in the widget's own chunk.
export const guideTitle = 'What to ask about an SMP guarantee'; // F30

export const guideIntro =
  'Guarantees differ from clinic to clinic, and what they leave out matters as much as what they promise. ' + // F30, F109
  'These are the points worth getting answered, in writing, before you pay.'; // F30

/** For the guide shown without clinics: what to ask about each criterion, and why. */
export const guide: Partial<Record<Criterion, { question: string; answer: string }>> = {
  length: {
    question: 'How long does the guarantee last?',
    answer:
      'Around 12 months is often described as the usual term. Some clinics advertise “lifetime” cover; ' + // F107, F109
      'critics warn that such offers can carry exclusions and are of little use if the clinic closes.', // F109
  },
  touchUps: {
    question: 'Which touch-ups are included, and until when?',
    answer:
      'Guarantees commonly pay for further sessions inside the guarantee period, to fix fading or complete the ' + // F108
      'look agreed. These usually have a deadline: in the examples found, one SMP clinic allows two within 90 days, ' + // F111
      'and two tattoo studios allow 3 months and a year.', // F111
  },
  discolouration: {
    question: 'Is discolouration covered?',
    answer:
      'A change of colour is the most serious sign of poor work. Ask whether correcting it is covered, and how ' + // F26
      'the clinic tells normal fading apart from discolouration: tattoo studios’ touch-up terms often exclude ' + // F112
      'normal fading.', // F112
  },
  refund: {
    question: 'Is any refund possible?',
    answer: 'Refunds are rare; clinics usually offer more touch-ups instead. Ask what happens if you are unhappy.', // F110
  },
  inWriting: {
    question: 'Is the guarantee in writing?',
    answer: 'Ask for the full terms on paper or by email before you pay, so you know exactly what is promised.', // F30
  },
  conditions: {
    question: 'What conditions apply?',
    answer:
      'Tattoo studios’ touch-up terms often exclude poor aftercare and missed appointments, and critics warn that some ' + // F112
      'lifetime offers blame fading on the client’s immune system.', // F109
  },
  trackRecord: {
    question: 'Has the clinic honoured its guarantee before?',
    answer:
      'The public sources checked give no independent figures on how often clinics honour guarantees, so ' + // F113
      'check the clinic’s record yourself: asking former clients or reading reviews is one way.', // F30, F116
  },
};
