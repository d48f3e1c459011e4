import type * as z from 'zod/mini';
import { partLoader, type WidgetParts } from '../core/config-controller.js';
import { importOnce, partKey } from '../core/lazy-import.js';
import { loadLocalePack } from '../core/locale-packs.js';
import { pickLocale } from '../core/strings.js';

// Server-only: what pre-rendering needs imported before it renders, under the names the elements import them
// by in a browser (`<tag>/<part>`, see partKey), so a part is imported once either way.

/**
 * Imports what rendering `tag` with `config` may need, the validator, the built-in content, the mode a config
 * asks for and the language pack of `locale`, from the widget's static `parts`, so that a server renders it in
 * one synchronous pass (render.ts). In a browser an element imports them itself, as they are needed.
 */
export async function preloadWidget(tag: string, parts: WidgetParts<z.ZodMiniType, unknown, unknown>, locale?: string, config?: unknown): Promise<void> {
  const names = new Set(['schema', 'builtIn', ...parts.needs(config as never)]);
  await Promise.all([
    ...[...names].map((name) => {
      const load = partLoader(parts, name);
      return load && importOnce(partKey(tag, name), load);
    }),
    locale ? loadLocalePack(pickLocale(locale)) : undefined,
  ]);
}

/** Imports the code of every mode of a widget (its `parts.modes`), under the names the elements use, and what only a server needs (`parts.server`). */
export async function preloadModes(tag: string, parts: WidgetParts<z.ZodMiniType, unknown, unknown>): Promise<void> {
  await Promise.all([...Object.keys(parts.modes ?? {}).map((name) => importOnce(partKey(tag, name), partLoader(parts, name)!)), parts.server?.()]);
}
