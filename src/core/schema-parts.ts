import * as z from 'zod/mini';
import type { ProblemKey } from './problems.js';

// Field types several widgets' schemas share.

/** Non-empty text (surrounding spaces trimmed). */
export const textSchema = z.string().check(z.trim(), z.minLength(1));

/** Ids name storage entries and events, so they stay short and plain. */
export const idSchema = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, { message: 'idFormat' }),
);

function isRealDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar date written `YYYY-MM-DD`. */
export const dateSchema = z
  .string()
  .check(
    z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'dateFormat', abort: true }),
    z.refine(isRealDate, { message: 'realDate' }),
  );

/**
 * For cross-field rules (zod refinements): reports every value after its first occurrence, at its own
 * path, e.g. an item id or a clinic name used twice.
 */
export function reportRepeats(
  ctx: z.core.$RefinementCtx,
  entries: readonly { value: string; path: (string | number)[] }[],
  message: ProblemKey,
): void {
  const seen = new Set<string>();
  for (const { value, path } of entries) {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', path, input: value, message, params: { value } });
    seen.add(value);
  }
}
