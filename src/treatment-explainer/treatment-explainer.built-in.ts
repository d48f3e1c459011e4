import type { Outcome, OutcomeId, Question } from './treatment-explainer.vocab.js';
import type { CompareRow, Item, ScarType, TextItem } from './treatment-explainer.schema.js';

// Built-in content. Every statement carries the ids of the facts it rests on (facts.md, F1…). Where
// sources disagree the full range is given. Product and brand names are left out (facts.md wording
// rules); a clinic can add its own through the config.

export const defaultTitle = 'SMP, tricopigmentation and hair transplants';
export const defaultIntro =
  'SMP and tricopigmentation both place pigment in the scalp to add the look of density; they differ mainly ' + // F13, F34
  'in how long they last. Neither can give you your own hair back. ' + // F6
  'SMP can be combined with a hair transplant; tricopigmentation is sometimes used while waiting for one.'; // F9, F10, F43

export const compareIntro =
  'Tricopigmentation is usually described as a shorter-lasting form of scalp pigmentation. Both are used to ' + // F34, F36
  'suggest thicker hair or to disguise scars. The figures below are typical ranges, not promises.'; // F34

export const compareRows: CompareRow[] = [
  {
    id: 'lasts',
    label: 'How long results last',
    smp:
      'Usually several years before fading is noticeable. Clinics quote very different figures, from about ' + // F53
      '1–3 years for one provider’s variant to “decades”.', // F53
    trico:
      'Typically visible for about 6–18 months before it is reapplied; sources range from about 6 months to ' + // F37
      '2 years. The body usually clears the pigment within about 2–3 years (sources say 6 months to 3 years).', // F37, F38
  },
  {
    id: 'depth-pigment',
    label: 'Depth and pigment',
    smp:
      'Its pigment is usually described as having larger particles that the body does not absorb quickly, so ' + // F42
      'it lasts longer, though it still fades and lightens. Sources disagree on depth, from about 0.5 mm to ' + // F42, F88
      'about 2 mm.', // F40, F88
    trico:
      'Usually placed in the upper dermis. One provider says its particles are fine enough for the body to ' + // F40, F41
      'remove gradually.', // F41
  },
  {
    id: 'sessions',
    label: 'Number of sessions',
    smp:
      'Typically 2–4 sessions, often 3, though one source mentions 5–7 in rare cases; clinics quote different ' + // F47
      'figures. Scars, alopecia, dry, thick or sensitive skin and a strong immune response make extra sessions ' + // F47, F48
      'more likely. Sessions are usually spaced about a week to a month or more apart, once the scalp has ' + // F48, F49
      'healed; clinics differ.', // F49
    trico: 'Not found in the public sources we checked: ask the clinic.', // F45
  },
  {
    id: 'upkeep',
    label: 'Upkeep',
    smp: 'Touch-ups are commonly suggested every few years; sources range from about every 1 to every 6 years.', // F54
    trico:
      'Maintenance is often every 6–12 months (sources range from every 6 months to every 2 years), so costs ' + // F39
      'build up over time, and uneven fading can complicate upkeep.', // F46
  },
  {
    id: 'suits',
    label: 'What it suits',
    smp: 'A longer-term result: added density, and disguising scars or a poor transplant.', // F10, F15, F16, F34
    trico:
      'Trying the look before committing, or a temporary option while waiting on medication or surgery; ' + // F43
      'also density or scars.', // F34
  },
  {
    id: 'reversibility',
    label: 'If you change your mind',
    smp:
      'Can usually be removed by laser over one or more sessions (estimates range from 1 to about 10), with some ' + // F119, F120
      'risk of burns or scarring; pigment placed too deep may leave a faint shadow.', // F119, F121
    trico: 'Fades by itself over time. Whether laser removal works is disputed among sources.', // F38, F44
  },
];

export const transplantIntro =
  'A transplant moves existing hair rather than growing new hair; in the right circumstances a good one can ' + // F7
  'give the look a patient wants. SMP adds only the look of hair, not hair itself. SMP and transplants are ' + // F8, F6, F13
  'increasingly used together, as partners rather than rivals.'; // F9

export const transplantWays: Item[] = [
  {
    id: 'density',
    title: 'Adding apparent density',
    body:
      'Donor hair is often limited, especially with advanced hair loss or after several transplants. SMP ' + // F11, F12
      'adds the look of density between transplanted hairs, so a fuller look needs less donor hair. One source ' + // F10, F13
      'advises waiting about 6–12 months after surgery so grafts mature; discuss timing with your surgeon.', // F97
  },
  {
    id: 'poor-transplant',
    title: 'Camouflaging a poor transplant',
    body:
      'Where an earlier transplant looks thin or uneven, SMP can soften it: pigment between the hairs makes ' + // F14, F15
      'the scalp, and the roots, stand out less.', // F15
  },
  {
    id: 'scars',
    title: 'Scar camouflage',
    body:
      'Disguising transplant scars is among the oldest uses of modern SMP, and the work has improved with ' + // F16, F17
      'practice. SMP can partly disguise a scar by blending it into the dots around it, but the scar itself ' + // F17, F85
      'stays, and no result is guaranteed.', // F21, F85
  },
];

export const scarTypes: ScarType[] = [
  { id: 'fue', label: 'FUE (small dot scars)', outlook: 'Usually straightforward for a skilled technician.' }, // F18, F81
  {
    id: 'strip',
    label: 'Strip (FUT) scar',
    outlook: 'Often good results, especially where the scar is thin, flat and close to the surrounding skin colour.', // F18, F83
  },
  {
    id: 'hardest',
    label: 'Plug scars, cobblestoning and scalp-reduction scars',
    outlook: 'Usually the most difficult to disguise; the most skilled technicians sometimes still do well.', // F19, F86
  },
];

export const scarNotes = [
  'Scars take pigment unpredictably, so a clinic can only estimate the result, often as a rough percentage ' + // F21, F22
    'of the scar hidden: a guide, not a promise.', // F21, F22
  'Most scars are treated as they are. In some cases laser treatment beforehand can improve the result: a ' + // F20
    'fractional laser to smooth raised or uneven scars, or a pulsed-dye laser to reduce redness. Fractional-laser ' + // F89, F93
    'results are not guaranteed, and the public sources checked give no waiting time between laser treatment ' + // F90, F96
    'and SMP.', // F96
  'Scars usually need to have settled first, and scar work often needs extra sessions.', // F84, F85
];

export const technicianIntro =
  'Technique is critical: the risk of a poor result is higher with an inexperienced technician, even at a ' + // F25
  'reputable clinic, so find out who will treat you.'; // F31

export const technicianControls: TextItem[] = [
  { id: 'machines-needles', text: 'Choosing suitable machines and needles.' }, // F27
  { id: 'pigments', text: 'Choosing suitable pigments.' }, // F27
  { id: 'depth', text: 'Controlling needle depth: pigment placed too deep tends to blur or spread.' }, // F27, F78
  { id: 'hairline', text: 'Designing a natural-looking hairline.' }, // F27
  { id: 'density', text: 'Building believable follicle density, usually starting light over several sessions.' }, // F27, F52
];

export const technicianWarnings: TextItem[] = [
  { id: 'oversized', text: 'Oversized or blurred dots.' }, // F26, F78
  { id: 'migration', text: 'Pigment spreading beyond the dots.' }, // F26
  { id: 'blending', text: 'Poor blending with the remaining hair.' }, // F26
  { id: 'hairlines', text: 'Hairlines that look unnatural.' }, // F26
  { id: 'discolouration', text: 'Discoloured pigment, such as a clear blue or green shift in colour: the most serious sign.' }, // F26, F76, F77
];

// ---- Guide mode ----

export const guideIntro = 'Answer six questions for a general idea of which option may fit. A clinician decides.'; // wording rules

export const questions: Question[] = [
  {
    id: 'goal',
    text: 'What would you most like?',
    options: [
      { value: 'shaved', label: 'A closely shaved, buzz-cut look' },
      { value: 'density', label: 'More apparent density under my longer hair' },
      { value: 'transplant', label: 'To fill out a hair transplant' },
      { value: 'scars', label: 'To disguise scars' }, // F16, F34
      { value: 'try', label: 'To try the look before committing' },
    ],
  },
  {
    id: 'commitment',
    text: 'How long would you like the result to last?',
    options: [
      { value: 'long', label: 'For years' },
      { value: 'short', label: 'A shorter time: I may change my mind' },
      { value: 'unsure', label: 'I am not sure yet' },
    ],
  },
  {
    id: 'transplant',
    text: 'Have you had a hair transplant, or are you planning one?',
    options: [
      { value: 'none', label: 'Neither' },
      { value: 'had', label: 'I have had one' },
      { value: 'planning', label: 'I am planning one' },
    ],
  },
  {
    id: 'scars',
    text: 'Do you have scars or a skin condition on your scalp?',
    options: [
      { value: 'none', label: 'No' },
      { value: 'fue', label: 'Small dot scars from an FUE transplant' },
      { value: 'strip', label: 'A line scar from a strip (FUT) transplant' },
      { value: 'complex', label: 'Plug scars, cobblestoning or scalp-reduction scars' },
      { value: 'contraindication', label: 'Raised or keloid scars, or active psoriasis, eczema or acne on my scalp' }, // F68
    ],
  },
  {
    // Any answer but "none" leads to clinician-first: each is a commonly listed reason not to have SMP, to
    // have it only with a doctor's approval, or to wait.
    id: 'health',
    text: 'Does any of these apply to you?',
    options: [
      { value: 'none', label: 'None of these' },
      { value: 'allergy', label: 'An allergy to pigment or tattoo ink' }, // F68
      { value: 'keloid', label: 'A tendency to keloid or raised scars, even with no scars on my scalp' }, // F68, F75
      { value: 'pregnancy', label: 'Pregnancy or breastfeeding' }, // F68
      { value: 'bleeding', label: 'Blood thinners or a bleeding disorder' }, // F68
      { value: 'immune', label: 'An immune disorder' }, // F68
      { value: 'doctor', label: 'Diabetes, a heart condition, epilepsy or another condition under a doctor’s care' }, // F69
      { value: 'temporary', label: 'Sunburn, a scalp infection, recent surgery on the scalp, or chemotherapy' }, // F68, F70
    ],
  },
  {
    id: 'upkeep',
    text: 'How do you feel about returning for top-up sessions?',
    options: [
      { value: 'low', label: 'As few as possible' },
      { value: 'fine', label: 'Happy to return regularly' },
    ],
  },
];

export const outcomes: Record<OutcomeId, Outcome> = {
  'clinician-first': {
    title: 'Speak to a clinician first', // F68, F69
    summary:
      'One of your answers points to something that commonly rules SMP out, is a reason to wait, or needs a ' + // F68, F70
      'doctor’s view first.', // F69
    reasons: [
      'Commonly listed reasons not to have SMP include an allergy to pigment or tattoo ink, a tendency to keloid ' + // F68
        'or raised scars, active psoriasis, eczema or acne on the scalp, pregnancy or breastfeeding, blood ' + // F68
        'thinners or a bleeding disorder, and immune disorders; sources disagree on keloids.', // F68, F75
      'Some reasons to wait are temporary, such as sunburn, an infection on the scalp, surgery in the area ' + // F68, F70
        'within the last 6 months, or scars that have not settled yet. Sources disagree on how long to wait after ' + // F70
        'chemotherapy: at least 6 months in one, no chemotherapy within the past year in another.', // F70
      'Some conditions, such as diabetes, heart conditions or epilepsy, are often handled with a doctor’s ' + // F69
        'written approval rather than a refusal.', // F69
    ],
    askNext: [
      'Ask your doctor or dermatologist whether pigment treatment is safe for you before booking.', // F68, F69
      'If you are prone to allergies, ask your doctor and the clinic about an allergy test first.', // F71
      'If your doctor agrees, ask whether the clinic needs that approval in writing.', // F69
    ],
  },
  'trico-trial': {
    title: 'A shorter-lasting tricopigmentation trial', // F34, F43
    summary:
      'Tricopigmentation is often offered as a way to try the look before committing to longer-lasting SMP, ' + // F43
      'or as a temporary option.', // F43
    reasons: [
      'You want to try the look or keep your options open.', // F43
      'It typically stays visible for about 6–18 months before reapplication (sources range from 6 months to 2 years).', // F37
      'Top-ups are often every 6–12 months, though clinics quote anything from every 6 months to every 2 years, ' + // F39
        'so the cost builds up over time.', // F46
    ],
    askNext: [
      'Is this tricopigmentation or longer-lasting SMP, and which pigment will you use?', // F42, F114
      'How long do your clients’ results usually last before the next session?', // F37, F39
      'What does each maintenance session cost?', // F46
      'If I change my mind, will it fade evenly, and can it be removed?', // F38, F44, F46
    ],
  },
  'scar-camouflage': {
    title: 'Scar camouflage with SMP', // F16, F18
    summary:
      'SMP can partly disguise a scar by blending it into the surrounding hair pattern, but it does not remove ' + // F85
      'it. On scar tissue the result can be estimated, never guaranteed.', // F21
    reasons: [
      'FUE scars are usually the easiest to disguise, strip scars often respond well, and plug, cobblestone and ' + // F18, F81 ("disguise": F85)
        'scalp-reduction scars are the hardest.', // F19, F86
      'Some scars are prepared with laser treatment first, and scar work often needs extra sessions.', // F20, F84
      'Scars usually need to have settled before treatment.', // F85
    ],
    askNext: [
      'What camouflage percentage do you estimate for my scar, and how did you reach it?', // F22, F114
      'Ask a dermatologist whether laser treatment before SMP is worth considering for your scar.', // F20, F89
      'Can I see healed results on scars like mine, at least 3 months old?', // F28, F29
    ],
  },
  'smp-with-transplant': {
    title: 'SMP alongside a hair transplant', // F9, F10
    summary:
      'Where donor hair is limited, SMP can add apparent density alongside a transplant, so fewer grafts are ' + // F10, F13
      'needed for a fuller look.', // F100
    reasons: [
      'Donor hair is often limited, especially with advanced hair loss or after several transplants.', // F11, F12
      'Timing is one to discuss with your surgeon: one source advises about 6–12 months after surgery; ' + // F97
        'SMP can also come first, though new scars may need more SMP.', // F98
    ],
    askNext: [
      'When after my transplant should SMP start?', // F97
      'How will the dots be blended with the transplanted hair?', // F27
      'Have you treated clients after a transplant before, and can I see their healed results?', // F28, F29
    ],
  },
  'smp-density': {
    title: 'SMP for density under longer hair', // F103
    summary:
      'For diffuse thinning with an intact hairline and enough hair to cover the dots, SMP under longer hair ' + // F103
      'usually suits.', // F103
    reasons: [
      'You want more density while keeping your hair longer.', // F103
      'It usually suits patchy loss poorly, and often works best with darker hair.', // F104, F105
      'If hair loss progresses, you may later need to shave or add more SMP.', // F105
    ],
    askNext: [
      'Will the dots still look realistic if I shave my head later?', // F106
      'Can I see healed results on clients with longer hair like mine?', // F28, F29
      'How many sessions do you expect I will need?', // F47, F114
    ],
  },
  'smp-shaved': {
    title: 'SMP for a closely shaved look', // F13
    summary:
      'SMP adds an artificial look of density with small pigment dots; a skilled technician designs a natural ' + // F13, F26, F27
      'hairline and follicle density. One article on SMP says results keep improving and now look more ' + // F27, F2
      'convincing to people without training. Many sources say it lasts several years before fading shows, ' + // F2, F53
      'but clinics quote anything from about 1–3 years to decades.', // F53
    reasons: [
      'You want a look that lasts; SMP typically takes 2–4 sessions, rarely 5–7 according to one source, and ' + // F47
        'clinics quote different figures.', // F47
      'Touch-ups are commonly suggested every few years (sources range from about 1 to 6 years).', // F54
    ],
    askNext: [
      'Can I see healed work at least 3 months after the first session?', // F28
      'Which technician will treat me, and how much SMP experience do they have?', // F31, F114
      'What does your guarantee cover, is it in writing, and have you honoured it before?', // F30
    ],
  },
};

/** Added to the reasons when the outcome needs regular upkeep the reader would rather avoid. */
export const upkeepCaution =
  'You would rather return as little as possible: tricopigmentation needs regular upkeep, so ask how often.'; // F39
