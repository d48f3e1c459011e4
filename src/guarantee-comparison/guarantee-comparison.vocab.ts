// The comparison's vocabulary: its standard rows and the values a guarantee term takes. It imports nothing, so
// the schema (which adds zod), the logic, the strings and the built-in content all take it from here.

/** The standard rows of the comparison, in their default order. */
export const CRITERIA = ['length', 'touchUps', 'discolouration', 'refund', 'inWriting', 'conditions', 'trackRecord', 'verified'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const DISCOLOURATION = ['covered', 'not-covered', 'unknown'] as const;
export const REFUND = ['full', 'partial', 'none', 'unknown'] as const;
export const TRACK_RECORD = ['good', 'mixed', 'poor', 'unknown'] as const;
