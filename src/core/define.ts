/** A custom element class that says which library version it belongs to. */
export type VersionedElement = CustomElementConstructor & { readonly version: string };

/**
 * Registers `tag` unless it is already registered, so a page that loads the bundle twice (a theme and a
 * plugin each adding it) keeps working. The same version is skipped silently; another version is skipped
 * with one warning naming both, because the first one loaded is the one the page will get.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as Partial<VersionedElement> | undefined;
  if (existing) {
    if (existing.version !== element.version) {
      console.warn(
        `[${tag}] version ${element.version} was not registered: version ${existing.version ?? 'unknown'} ` +
          'is already on this page. Load the widget script once.',
      );
    }
    return;
  }
  try {
    registry.define(tag, element);
  } catch (error) {
    console.warn(`[${tag}] could not be registered:`, error);
  }
}
