// The comparison's vocabulary: its standard rows, the values a guarantee term takes, and the width below which
// it narrows. It imports nothing, so
// the schema (which adds zod), the logic, the strings and the built-in content all take it from here.

/** The standard rows of the comparison, in their default order. */
export const CRITERIA = ['length', 'touchUps', 'discolouration', 'refund', 'inWriting', 'conditions', 'trackRecord', 'verified'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const DISCOLOURATION = ['covered', 'not-covered', 'unknown'] as const;
export const REFUND = ['full', 'partial', 'none', 'unknown'] as const;
export const TRACK_RECORD = ['good', 'mixed', 'poor', 'unknown'] as const;

/** Below this width (CSS px) each clinic becomes a card. */
export const NARROW_BELOW = 600;
