import type * as z from 'zod/mini';
import type { SmpElement } from '../core/base-element.js';
import { loadValidator } from '../core/config-controller.js';
import { importOnce } from '../core/lazy-import.js';
import { loadLocalePack } from '../core/locale-packs.js';
import { pickLocale } from '../core/strings.js';

// Server-only: what pre-rendering needs loaded before it renders. The imports share the cache the elements use in
// a browser (importOnce, keyed on each widget's loader functions), so a part is imported once either way.

/**
 * Imports what rendering an element of `widget` with `config` may need, the validator, the built-in content,
 * the parts its config asks for and the language pack of `locale`, so that a server renders it in one
 * synchronous pass (render.ts). In a browser an element imports them itself, as they are needed.
 */
export async function preloadWidget(widget: abstract new () => SmpElement<z.ZodMiniType, unknown, unknown>, locale?: string, config?: unknown): Promise<void> {
  const element = widget.prototype as unknown as {
    loadSchema(): Promise<z.ZodMiniType>;
    loadBuiltIn(): Promise<unknown>;
    extraParts(config: unknown): readonly (() => Promise<unknown>)[];
  };
  await Promise.all([
    importOnce(element.loadSchema, () => loadValidator(element.loadSchema())),
    importOnce(element.loadBuiltIn, () => element.loadBuiltIn()),
    ...element.extraParts(config).map((load) => importOnce(load, () => load.call(element))),
    locale ? loadLocalePack(pickLocale(locale)) : undefined,
  ]);
}
