import type * as z from 'zod/mini';

/** One thing wrong with a config, ready to show: `items[2].label` and `expected text, got a number`. */
export interface ConfigProblem {
  path: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

/** `['sections', 0, 'items', 2, 'label']` → `sections[0].items[2].label`; the empty path is the config itself. */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text ? `.${String(key)}` : String(key);
  }
  return text || 'config';
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
  undefined: 'nothing',
};

/** Names a JSON value's kind in plain words, as a reader of the error panel would say it. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.trim() ? 'text' : 'empty text';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a number' : 'a decimal number';
  return TYPE_NAMES[typeof value] ?? typeof value;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/**
 * A value as a message quotes it: JSON where it has one, else its kind. A config set as a property can hold
 * anything (objects without a prototype, cycles, big integers), and explaining it must never throw.
 */
function quote(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  try {
    return JSON.stringify(value) ?? describeValue(value);
  } catch {
    return describeValue(value);
  }
}

function explain(issue: Issue, input: unknown): string {
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return found === undefined ? `missing, expected ${expected}` : `expected ${expected}, got ${describeValue(found)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return 'expected text, got empty text';
      if (issue.origin === 'array') return `expected a list of at least ${String(issue.minimum)}, got ${(found as unknown[]).length}`;
      if (issue.origin !== 'number' && issue.origin !== 'bigint') return `expected text or a list, got ${describeValue(found)}`;
      return `expected at least ${String(issue.minimum)}, got ${quote(found)}`;
    case 'too_big':
      if (issue.origin === 'array') return `expected a list of at most ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `expected at most ${String(issue.maximum)} characters`;
      return `expected at most ${String(issue.maximum)}, got ${quote(found)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => quote(v)).join(', ')}, got ${found === undefined ? 'nothing' : quote(found)}`;
    case 'invalid_format':
      // Regex checks carry their own wording (see `idSchema`); other formats are named by zod.
      return `${issue.format === 'regex' ? issue.message : `expected ${issue.format}`}, got ${quote(found)}`;
    case 'invalid_union':
      // A union with its own wording (see the guarantee length) names the accepted forms.
      return issue.message && issue.message !== 'Invalid input'
        ? `${issue.message}, got ${found === undefined ? 'nothing' : quote(found)}`
        : `got ${describeValue(found)}, which matches none of the accepted forms`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'keys' : 'key'} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    default:
      return issue.message;
  }
}

/** Turns zod issues into problems a site owner can act on; the raw input supplies the "got …" part. */
export function problemsFromIssues(issues: readonly Issue[], input: unknown): ConfigProblem[] {
  return issues.map((issue) => ({ path: formatPath(issue.path), message: explain(issue, input) }));
}

export function problemToText(problem: ConfigProblem): string {
  return `${problem.path}: ${problem.message}`;
}
