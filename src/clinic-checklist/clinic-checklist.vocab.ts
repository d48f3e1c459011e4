// The checklist's vocabulary: the width below which shortlist mode narrows. It imports nothing, so the element
// and the shortlist take it from here. (The names of shortlist mode's UI strings are in shortlist/shortlist.vocab.ts,
// which only the schema imports, so the checklist's own chunk does not carry them.)

/** Below this width (CSS px) shortlist mode shows one clinic at a time, chosen from a list, instead of the table. */
export const NARROW_BELOW = 560;
