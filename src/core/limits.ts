/**
 * The longest text each kind of field takes, in characters: room for what a clinic really writes, with a
 * margin, and a stop for a paste gone wrong (a 50,000-character title would fill screens). The schemas check
 * config text against these, the shortlist's fields and the builder's stop the typing there.
 */
export const MAX_LENGTH = {
  /** A clinic's name: the shortlist's name box takes as much. */
  name: 80,
  /** Titles and headings: the widget's, a section's, a view's, a button's label. */
  title: 120,
  /** One point, row or condition: a checklist item, a comparison row's label, a guarantee condition. */
  label: 300,
  /** Running text: intros, explanations, notes, the site's own disclaimer. */
  text: 1500,
  /** The reader's own note on a clinic in the shortlist. */
  note: 300,
  /** One of the widget's UI strings, replaced by the site (`strings`). */
  string: 500,
  /** A web address. */
  link: 2000,
} as const;
