import { csvParse } from 'd3-dsv';
import * as z from 'zod/mini';
import { problemsFromIssues } from '../core/check-problems.js';
import { comparisonConfigSchema } from '../guarantee-comparison/guarantee-comparison.schema.js';
import { setPath } from './builder.edits.js';
import type { Config } from './builder.model.js';

// A spreadsheet saved as CSV, one clinic per row, becomes the comparison's clinics. The header row names
// the widget's own fields (dots for nested ones, as in the README); each bad cell is reported by row and
// column, as the spreadsheet shows them (row 1 is the header).

type Cell = { value: unknown } | { error: string };

const words = (text: string): Cell => ({ value: text });

function yesNo(text: string): Cell {
  const answer = text.toLowerCase();
  if (['yes', 'y', 'true'].includes(answer)) return { value: true };
  if (['no', 'n', 'false'].includes(answer)) return { value: false };
  return { error: 'expected yes or no' };
}

function wholeNumber(text: string): Cell {
  return /^\d+$/.test(text) ? { value: Number(text) } : { error: 'expected a whole number such as 2' };
}

function length(text: string): Cell {
  const word = text.toLowerCase();
  if (['lifetime', 'none', 'unknown'].includes(word)) return { value: word };
  const match = /^(\d+(?:\.\d+)?)\s*(year|month)s?$/.exec(word);
  if (match && Number(match[1]) > 0) return { value: { [`${match[2]}s`]: Number(match[1]) } };
  return { error: 'expected lifetime, none, unknown, or a length such as "2 years" or "18 months"' };
}

/** One condition per line within the cell, or separated by semicolons. */
const list = (text: string): Cell => ({ value: text.split(/\s*(?:;|\r?\n)\s*/).filter(Boolean) });

/** The columns a CSV may have, each read from its cell's text. */
export const CSV_COLUMNS: Record<string, (text: string) => Cell> = {
  name: words,
  url: words,
  location: words,
  verified: words,
  'guarantee.length': length,
  'guarantee.touchUps.included': yesNo,
  'guarantee.touchUps.sessions': wholeNumber,
  'guarantee.touchUps.withinMonths': wholeNumber,
  'guarantee.discolouration': words,
  'guarantee.refund': words,
  'guarantee.inWriting': yesNo,
  'guarantee.conditions': list,
  'trackRecord.rating': words,
  'trackRecord.note': words,
  'trackRecord.source': words,
};

export interface CsvProblem {
  /** The spreadsheet's row number: 1 is the header, the first clinic is row 2. */
  row: number;
  column: string;
  message: string;
}

export function csvProblemText(problem: CsvProblem): string {
  return problem.row === 1 ? `Header, column "${problem.column}": ${problem.message}` : `Row ${problem.row}, column "${problem.column}": ${problem.message}`;
}

/** The clinics of a CSV file, and every problem found in its cells, checked by the widget's own schema. */
export function clinicsFromCsv(text: string): { clinics: Config[]; problems: CsvProblem[] } {
  const rows = csvParse(text.replace(/^\uFEFF/, ''));
  const problems: CsvProblem[] = [];
  const columns = rows.columns.map((column) => column.trim());
  for (const column of columns) {
    if (column && !CSV_COLUMNS[column]) problems.push({ row: 1, column, message: `not a field of a clinic, so it was left out. Known columns: ${Object.keys(CSV_COLUMNS).join(', ')}` });
  }
  if (!columns.includes('name')) problems.push({ row: 1, column: 'name', message: 'missing: every clinic needs a name' });

  const clinics = rows.map((row, index) => {
    let clinic: Config = {};
    rows.columns.forEach((header, c) => {
      const column = columns[c]!;
      const read = CSV_COLUMNS[column];
      const cell = (row[header] ?? '').trim();
      if (!read || cell === '') return;
      const result = read(cell);
      if ('error' in result) problems.push({ row: index + 2, column, message: result.error });
      else clinic = setPath(clinic, column.split('.'), result.value);
    });
    return clinic;
  });
  // Touch-up details need `included`: sessions on their own mean the touch-ups are included.
  for (const clinic of clinics) {
    const touchUps = (clinic['guarantee'] as Config | undefined)?.['touchUps'] as Config | undefined;
    if (touchUps && touchUps['included'] === undefined) touchUps['included'] = true;
  }

  const result = z.safeParse(comparisonConfigSchema, { clinics });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const [, index, ...field] = issue.path;
      if (typeof index !== 'number') continue;
      // A cell that could not be read is already reported; the schema's view of the gap it left is not news.
      const column = field.filter((key) => typeof key === 'string').join('.') || 'name';
      if (problems.some((problem) => problem.row === index + 2 && problem.column === column)) continue;
      for (const problem of problemsFromIssues([issue], { clinics })) problems.push({ row: index + 2, column, message: problem.message });
    }
  }
  return { clinics, problems };
}
