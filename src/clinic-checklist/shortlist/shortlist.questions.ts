import { fill } from '../../core/strings.js';
import type { ChecklistSection } from '../clinic-checklist.schema.js';
import { stillOpen, type ShortlistClinic } from './shortlist.model.js';

// Questions to ask a clinic: the points still open for it, as a list to copy and as an email draft.

/** The longest `mailto:` address the email draft makes: longer ones fail in some mail programs and browsers. */
export const MAILTO_LIMIT = 2000;

/** The points not ticked yet for a clinic, as questions: an item's own question, else `askAbout` worded from its label. */
export function questionsFor(clinic: ShortlistClinic, sections: readonly ChecklistSection[], askAbout: string): string[] {
  return stillOpen(clinic, sections).map((item) => item.question ?? fill(askAbout, { item: item.label }));
}

/** The questions as plain text, for copying: the heading, then one numbered question a line. */
export function questionsText(heading: string, questions: readonly string[]): string {
  return [heading, '', ...questions.map((question, index) => `${index + 1}. ${question}`)].join('\n');
}

/**
 * An email draft of the questions (`mailto:` with a subject and a body), the whole address at most `limit`
 * characters: questions that do not fit are left out whole, from the end, and a last line (`more`) says how many.
 */
export function mailtoDraft(
  { subject, intro, questions, more }: { subject: string; intro: string; questions: readonly string[]; more: (count: number) => string },
  limit = MAILTO_LIMIT,
): { href: string; included: number } {
  const draft = (count: number) => {
    const lines = [intro, '', ...questions.slice(0, count).map((question, index) => `${index + 1}. ${question}`)];
    if (count < questions.length) lines.push('', more(questions.length - count));
    return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(lines.join('\r\n'))}`;
  };
  for (let count = questions.length; count > 0; count--) {
    const href = draft(count);
    if (href.length <= limit) return { href, included: count };
  }
  return { href: draft(0), included: 0 };
}
