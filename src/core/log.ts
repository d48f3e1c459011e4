const logged = new WeakMap<Element, Set<string>>();

/** One console message per distinct text and element, however often the element updates. */
export function logOnce(element: Element, level: 'warn' | 'error', message: string): void {
  const text = `[${element.localName}] ${message}`;
  const seen = logged.get(element) ?? new Set<string>();
  logged.set(element, seen);
  if (seen.has(text)) return;
  seen.add(text);
  console[level](text);
}
