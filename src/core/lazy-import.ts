/** What became of a part a widget imports only when it needs it (its built-in content, the validator). */
export type Imported<T> = { status: 'loaded'; value: T } | { status: 'failed'; reason: string };

const settled = new WeakMap<object, Imported<unknown>>();
const pending = new WeakMap<object, Promise<Imported<unknown>>>();

/**
 * Imports a part once per page, however many elements ask for it. `key` names the part (a function of the
 * widget's class is a good key: every element of the class shares it). Gives the outcome at once when the
 * part has settled before, so the second widget of a kind renders without waiting; else a promise of it.
 */
export function importOnce<T>(key: object, load: () => Promise<T>): Imported<T> | Promise<Imported<T>> {
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

/** A part the caller must have imported: the widget renders only once it is there (see SmpElement). */
export function loaded<T>(part: T | undefined): T {
  if (part === undefined) throw new Error('the built-in content is not loaded yet');
  return part;
}
