import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocalePack, localePackIfLoaded } from './locale-packs.js';
import { lastResult } from './memo.js';
import { requestUpdateInTurn } from './render-turn.js';
import { DEFAULT_LOCALE, pickLocale, stringsFor, type Locale, type LocalePack, type StringTable } from './strings.js';

/**
 * A widget's language: its `locale`, else the nearest `lang` around it, worked out once per update; and the
 * language pack of that locale, used at once when a widget before it loaded it, else loaded (English until then).
 * Registered with the element, it works in `hostUpdate`; a widget registers it before its config controller,
 * which works out the content in this locale.
 */
export class LocaleController implements ReactiveController {
  /** The locale of the current render: English when the pack of the locale asked for could not load. */
  locale: Locale = DEFAULT_LOCALE;
  /** The locale asked for, when its pack could not load. */
  unavailable: Locale | undefined;
  /** UI strings and content of the loaded language pack, by section; undefined for English or while it loads. */
  pack: LocalePack | undefined;
  #packLocale: Locale | undefined;
  #packFailed = false;
  readonly #host: ReactiveControllerHost & Element & { readonly locale: string | null };

  constructor(host: ReactiveControllerHost & Element & { readonly locale: string | null }) {
    this.#host = host;
    host.addController(this);
  }

  /** Finding the nearest `lang` walks up the page, so it is done once per update. */
  hostUpdate(): void {
    const wanted = pickLocale(this.#host.locale, this.#host);
    if (wanted !== this.#packLocale) this.#usePack(wanted);
    // English throughout, words, numbers and direction alike, rather than English words laid out as Arabic.
    this.unavailable = this.#packFailed ? wanted : undefined;
    this.locale = this.#packFailed ? DEFAULT_LOCALE : wanted;
  }

  /** The pack of the current locale is still on its way. */
  get loading(): boolean {
    return this.#packLocale !== undefined && this.pack === undefined && localePackIfLoaded(this.#packLocale) === undefined;
  }

  // The same table until the locale, the pack or the overrides change, so what a widget works out from its
  // words can be kept across renders.
  readonly #resolved = lastResult(stringsFor<string>);

  /** A widget's UI strings in the current locale (the pack's `section`), with the site's overrides on top. */
  strings<K extends string>(table: StringTable<K>, section: string, overrides: Partial<Record<K, string | undefined>> | undefined): Record<K, string> {
    return this.#resolved(table, this.locale, overrides, this.pack?.[section]) as Record<K, string>;
  }

  #usePack(locale: Locale): void {
    this.#packLocale = locale;
    const ready = localePackIfLoaded(locale);
    this.pack = ready?.pack;
    this.#packFailed = Boolean(ready?.failed);
    if (ready) return;
    void loadLocalePack(locale).then((pack) => {
      if (this.#packLocale !== locale) return;
      this.pack = pack;
      this.#packFailed = !pack;
      // Many widgets get the pack at once: each updates in its render turn, like a first render.
      requestUpdateInTurn(this.#host);
    });
  }
}

/** The line a widget shows when the pack of `locale` could not load: in English, like the rest of it then. */
export const unavailableNote = (locale: Locale): string =>
  `${new Intl.DisplayNames('en', { type: 'language' }).of(locale)} could not be loaded, so this is shown in English.`;
