/** What became of a part a widget imports only when it needs it (its built-in content, the validator). */
export type Imported<T> = { status: 'loaded'; value: T } | { status: 'failed'; reason: string };

const settled = new Map<string, Imported<unknown>>();
const pending = new Map<string, Promise<Imported<unknown>>>();

/**
 * The name a part of a widget is imported under, once per page: `<tag>/<part>`, as in
 * `smp-clinic-checklist/schema`, `smp-clinic-checklist/builtIn` or `smp-clinic-checklist/shortlist` (a mode,
 * named as in the widget's `parts.modes`). The elements and the server (src/server/preload.ts) both use it.
 */
export const partKey = (tag: string, part: string): string => `${tag}/${part}`;

/**
 * Imports a part once per page, however many elements ask for it, under its `key` (see partKey). Gives the
 * outcome at once when the part has settled before, so the second widget of a kind renders without waiting;
 * else a promise of it.
 */
export function importOnce<T>(key: string, load: () => Promise<T>): Imported<T> | Promise<Imported<T>> {
  const known = settled.get(key);
  if (known) return known as Imported<T>;
  let promise = pending.get(key);
  if (!promise) {
    promise = load().then(
      (value): Imported<unknown> => ({ status: 'loaded', value }),
      (error: unknown): Imported<unknown> => ({ status: 'failed', reason: error instanceof Error ? error.message : String(error) }),
    );
    promise = promise.then((outcome) => {
      settled.set(key, outcome);
      return outcome;
    });
    pending.set(key, promise);
  }
  return promise as Promise<Imported<T>>;
}

/** A part's outcome if it has settled, without importing it. */
export const importedAlready = (key: string): Imported<unknown> | undefined => settled.get(key);

/** A part the caller must have imported: the widget renders only once it is there (see SmpElement). */
export function loaded<T>(part: T | undefined): T {
  if (part === undefined) throw new Error('the built-in content is not loaded yet');
  return part;
}
