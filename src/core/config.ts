import * as z from 'zod/mini';
import { pickConfigSource, type ConfigSourceKind, type ConfigSources } from './config-source.js';
import { checkProblem as problem, checkProblemStrings, formatPath, kindOf, problemsFromIssues } from './check-problems.js';
import type { ConfigProblem } from './problems.js';

export { pickConfigSource, type ConfigSourceKind, type ConfigSources } from './config-source.js';

export type ConfigResult<T> =
  | { status: 'ok'; source: ConfigSourceKind; config: T | undefined; unknownKeys: string[] }
  | { status: 'invalid'; source: ConfigSourceKind; problems: ConfigProblem[]; unknownKeys: string[] };

/**
 * What React and Vue write into the attribute when they render before the element is defined:
 * they cannot know `config` is a property yet, so the object is stringified.
 */
const STRINGIFIED_OBJECT = /^\[object \w+\]$/;

export const FRAMEWORK_TOO_EARLY = checkProblemStrings['en-GB'].frameworkTooEarly;

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; problem: ConfigProblem } {
  if (STRINGIFIED_OBJECT.test(text.trim())) return { ok: false, problem: problem('config', 'frameworkTooEarly') };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: problem('config', 'notJson', { detail }) };
  }
}

type Issue = z.core.$ZodIssue;
type UnknownKeysIssue = Extract<Issue, { code: 'unrecognized_keys' }>;

function isUnknownKeys(issue: Issue): issue is UnknownKeysIssue {
  return issue.code === 'unrecognized_keys';
}

// Copies only the objects along each path, so the caller's object (the `config` property) is never changed.
function omitKeys(value: unknown, path: readonly PropertyKey[], keys: readonly string[]): unknown {
  if (value === null || typeof value !== 'object') return value;
  const copy = (Array.isArray(value) ? [...value] : { ...value }) as Record<PropertyKey, unknown>;
  const [head, ...rest] = path;
  if (head === undefined) for (const key of keys) delete copy[key];
  else copy[head] = omitKeys(copy[head], rest, keys);
  return copy;
}

/**
 * Whether the checked value is the input as it was (the schema's only change is trimming): then the widget keeps
 * the page's own object rather than the validator's copy of it, which for a thousand clinics is a second copy of
 * every one of them. Comparing costs well under a millisecond per thousand clinics.
 */
export function unchanged(checked: unknown, input: unknown): boolean {
  if (checked === input) return true;
  if (typeof checked !== 'object' || typeof input !== 'object' || checked === null || input === null) return false;
  if (Array.isArray(checked) !== Array.isArray(input)) return false;
  if (Array.isArray(checked)) {
    const list = input as unknown[];
    return checked.length === list.length && checked.every((item, index) => unchanged(item, list[index]));
  }
  const a = checked as Record<string, unknown>;
  const b = input as Record<string, unknown>;
  let keys = 0;
  for (const key in a) {
    if (!unchanged(a[key], b[key])) return false;
    keys++;
  }
  for (const key in b) if (Object.hasOwn(b, key)) keys--;
  return keys === 0;
}

const keptIfUnchanged = <T>(checked: T, input: unknown): T => (unchanged(checked, input) ? (input as T) : checked);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads, parses and validates a widget's config. Never throws: every failure a site owner can cause
 * comes back as problems with field paths. Unknown keys (typos such as `titel`) are dropped and
 * reported separately, so the widget still renders. `remote` is data loaded from `src`: a local
 * config overrides its top-level keys.
 */
export function validateConfig<S extends z.ZodMiniType>(
  schema: S,
  sources: ConfigSources,
  remote?: unknown,
): ConfigResult<z.infer<S>> {
  let { kind, value } = pickConfigSource(sources);
  let input = value;
  if (typeof value === 'string') {
    const parsed = parseJson(value);
    if (!parsed.ok) return { status: 'invalid', source: kind, problems: [parsed.problem], unknownKeys: [] };
    input = parsed.value;
  }
  if (remote !== undefined) {
    if (!isPlainObject(remote)) {
      return { status: 'invalid', source: 'src', problems: [problem('src', 'loadedNotObject', { got: kindOf(remote) })], unknownKeys: [] };
    }
    if (kind === 'none' || isPlainObject(input)) input = { ...remote, ...(input as object | undefined) };
    kind = 'src';
  }
  if (kind === 'none') return { status: 'ok', source: kind, config: undefined, unknownKeys: [] };

  let result = z.safeParse(schema, input);
  if (result.success) return { status: 'ok', source: kind, config: keptIfUnchanged(result.data, input), unknownKeys: [] };

  const unknown = result.error.issues.filter(isUnknownKeys);
  const unknownKeys = unknown.flatMap((issue) => issue.keys.map((key) => formatPath([...issue.path, key])));
  if (unknown.length > 0) {
    input = unknown.reduce((value, issue) => omitKeys(value, issue.path, issue.keys), input);
    result = z.safeParse(schema, input);
    if (result.success) return { status: 'ok', source: kind, config: keptIfUnchanged(result.data, input), unknownKeys };
  }
  const problems = problemsFromIssues(result.error.issues.filter((issue) => !isUnknownKeys(issue)), input);
  if (problems.length === 0) problems.push(problem('config', 'couldNotRead'));
  return { status: 'invalid', source: kind, problems, unknownKeys };
}
