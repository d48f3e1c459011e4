import type { Locale, LocalePack } from './strings.js';

// Literal import() calls, so every build can find the packs: the ES builds load them from `locales/` beside
// the file that asked, the classic-script build from beside its own `src` (see rollup.config.mjs).
const LOADERS: Partial<Record<Locale, () => Promise<{ default: LocalePack }>>> = {
  es: () => import('../locales/es.js'),
  de: () => import('../locales/de.js'),
  fr: () => import('../locales/fr.js'),
  tr: () => import('../locales/tr.js'),
  ar: () => import('../locales/ar.js'),
  // Its UI strings are built in; without the pack US readers get the built-in content in British spelling, no note.
  'en-US': () => import('../locales/en-US.js').catch(() => ({ default: {} })),
};

const loading = new Map<Locale, Promise<LocalePack | undefined>>();
const settled = new Map<Locale, LocalePack | undefined>();

/**
 * The pack for a locale, loaded once per page; undefined for British English (built in) and when the pack
 * cannot be loaded, in which case the widget stays in English. US English's pack only respells the built-in content.
 */
export function loadLocalePack(locale: Locale): Promise<LocalePack | undefined> {
  const loader = LOADERS[locale];
  if (!loader) return Promise.resolve(undefined);
  let pack = loading.get(locale);
  if (!pack) {
    pack = loader().then(
      (module) => module.default,
      (error: unknown) => {
        console.warn(`[smp-widgets] the "${locale}" language pack could not be loaded, so English is shown.`, error);
        return undefined;
      },
    );
    void pack.then((loaded) => settled.set(locale, loaded));
    loading.set(locale, pack);
  }
  return pack;
}

/**
 * The pack for a locale if it is already here (`{ pack }`, undefined for British English), so a widget renders in
 * its language at once, the second widget of a page and a server render alike; undefined while it loads.
 * `failed` says the pack could not be loaded.
 */
export function localePackIfLoaded(locale: Locale): { pack: LocalePack | undefined; failed?: boolean } | undefined {
  if (!LOADERS[locale]) return { pack: undefined };
  return settled.has(locale) ? { pack: settled.get(locale), failed: !settled.get(locale) } : undefined;
}
