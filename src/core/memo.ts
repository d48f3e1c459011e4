/**
 * `fn` remembering its last result: called again only when an argument differs (by `Object.is`) from the
 * previous call's. For values a render works out from its inputs and may reuse on the next render.
 */
export function lastResult<Args extends unknown[], Result>(fn: (...args: Args) => Result): (...args: Args) => Result {
  let last: { args: Args; result: Result } | undefined;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((arg, index) => !Object.is(arg, last!.args[index]))) {
      last = { args, result: fn(...args) };
    }
    return last.result;
  };
}

/** `make` remembering each result by its argument: one value per key (a locale, a string), made when first asked for. */
export function madeOnce<Key, Value>(make: (key: Key) => Value): (key: Key) => Value {
  const made = new Map<Key, Value>();
  return (key) => {
    if (!made.has(key)) made.set(key, make(key));
    return made.get(key)!;
  };
}

/**
 * Values by key, each made when first asked for: `remember(key, make)`. Once it holds `keep` values it starts
 * again empty, so a page that keeps asking for new keys (a builder, edited for an hour) does not grow it for good.
 * For results a table asks for thousands of times from a few dozen keys: "12 months", a date's words.
 */
export function rememberUpTo<Value>(keep: number): (key: string, make: () => Value) => Value {
  const made = new Map<string, Value>();
  return (key, make) => {
    let value = made.get(key);
    if (value === undefined) {
      if (made.size >= keep) made.clear();
      made.set(key, (value = make()));
    }
    return value;
  };
}
