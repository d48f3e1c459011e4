// The explainer's vocabulary: its views, the width below which it narrows, the ids of its built-in entries, and
// the guide's questions and outcomes. It imports nothing, so the schema (which adds zod), the logic, the strings and the built-in content
// all take it from here.

/** The explainer's views, in their default order (the schema checks `views` against them). */
export const VIEWS = ['compare', 'transplant', 'technician', 'guide'] as const;
export type View = (typeof VIEWS)[number];

/** Below this width (CSS px) one view shows at a time, chosen from a select instead of tabs. */
export const NARROW_BELOW = 480;

/**
 * Ids of the built-in entries, by list: a config patches an entry with one of these ids, and a new id must
 * give every field. The schema checks configs against them without importing the content itself; a test
 * keeps them in step with the built-in content file.
 */
export const BUILT_IN_IDS = {
  compareRows: ['lasts', 'depth-pigment', 'sessions', 'upkeep', 'suits', 'reversibility'],
  transplantWays: ['density', 'poor-transplant', 'scars'],
  scarTypes: ['fue', 'strip', 'hardest'],
  technicianControls: ['machines-needles', 'pigments', 'depth', 'hairline', 'density'],
  technicianWarnings: ['oversized', 'migration', 'blending', 'hairlines', 'discolouration'],
} as const satisfies Record<string, readonly string[]>;

// The guide's questions and outcomes: their ids are part of the public API (events carry them).
export const QUESTION_IDS = ['goal', 'commitment', 'transplant', 'scars', 'health', 'upkeep'] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];
export type Answers = Partial<Record<QuestionId, string>>;

export interface Question {
  id: QuestionId;
  text: string;
  options: { value: string; label: string }[];
}

export const OUTCOME_IDS = [
  'clinician-first',
  'trico-trial',
  'scar-camouflage',
  'smp-with-transplant',
  'smp-density',
  'smp-shaved',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

export interface Outcome {
  title: string;
  summary: string;
  reasons: string[];
  askNext: string[];
}
