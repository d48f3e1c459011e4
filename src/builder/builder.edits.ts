import type { Config } from './builder.model.js';

// Immutable edits of a config by path, for the builder's forms. A value of undefined removes the key, and
// an object left empty by that goes too, so clearing a field leaves no `{}` behind.

export type Path = (string | number)[];

type Node = Record<string, unknown> | unknown[];

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null;

/** The value at `path`, or undefined. */
export function getPath(config: unknown, path: Path): unknown {
  let node: unknown = config;
  for (const key of path) node = isNode(node) ? (node as Record<string | number, unknown>)[key] : undefined;
  return node;
}

/** A copy of `config` with `value` at `path` (undefined removes it). */
export function setPath<T extends Config>(config: T, path: Path, value: unknown): T {
  return setIn(config, path, value) as T;
}

function setIn(node: unknown, path: Path, value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const copy: Node = Array.isArray(node) ? [...node] : { ...(isNode(node) ? node : {}) };
  const next = setIn((copy as Record<string | number, unknown>)[key], rest, value);
  const empty = next === undefined || (isNode(next) && !Array.isArray(next) && Object.keys(next).length === 0);
  if (Array.isArray(copy) && typeof key === 'number') {
    copy[key] = next;
  } else if (empty) {
    delete (copy as Record<string, unknown>)[key];
  } else {
    (copy as Record<string, unknown>)[key] = next;
  }
  return copy;
}

/** The list with the entry at `index` moved by `by` places (no move past either end). */
export function move<T>(list: readonly T[], index: number, by: number): T[] {
  const to = index + by;
  if (to < 0 || to >= list.length) return [...list];
  const copy = [...list];
  const [entry] = copy.splice(index, 1);
  copy.splice(to, 0, entry as T);
  return copy;
}

export function removeAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** A number typed into a field: undefined when blank or not a number. */
export function numberOrUndefined(text: string): number | undefined {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}
