import { html, isServer, LitElement, nothing, ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import { ConfigController, type Resolved, type WidgetParts } from './config-controller.js';
import { renderErrorPanel, renderLoading } from './error-panel.js';
import { emit } from './events.js';
import { FirstRenderController } from './first-render.js';
import { FocusController } from './focus.js';
import { linkId } from './links.js';
import { LocaleController, unavailableNote } from './locale-controller.js';
import { logOnce } from './log.js';
import { lastResult } from './memo.js';
import { problem } from './problems.js';
import { firstRenderTurn, nearViewport, takesTurn } from './render-turn.js';
import { contentTranslator, isRightToLeft, type Locale, type StringTable } from './strings.js';
import { VERSION } from './version.js';

/** Following the page's dark mode, imported once per page, by the first widget with theme="site". */
let siteThemeModule: Promise<typeof import('./site-theme.js') | undefined> | undefined;

/**
 * What every widget shares: its config (core/config-controller.ts: property over script child over attribute,
 * then `src`, checked against the widget's zod schema), its language (core/locale-controller.ts), the
 * in-widget error panel, `theme`, taking turns for the first render and taking over pre-rendered content.
 * A widget supplies its schema, its built-in content and `renderContent`; it never sees an invalid config.
 *
 * @attr config - The config as JSON. A child `<script type="application/json">` or the `config` property take precedence.
 * @attr src - Address of a JSON config to load; a local config overrides its top-level keys.
 * @attr locale - `en-GB`, `en-US`, `es`, `de`, `fr`, `tr` or `ar`; without it, the nearest `lang` attribute decides (English where unsupported).
 * @attr theme - `light` (default), `dark`, `auto` to follow the reader's colour-scheme setting, or `site` to follow the page's own dark mode.
 *
 * @csspart base - The widget's outer box.
 * @csspart error - The panel shown instead of the content when the config is invalid.
 * @csspart loading - The loading message while `src`, the validator or the built-in content loads.
 *
 * @cssprop --smp-font-family - Font; inherits the page's font by default.
 * @cssprop --smp-font-size - Base text size in px (default 16px, never below 14px).
 * @cssprop --smp-radius - Corner radius.
 * @cssprop --smp-space - Padding and gaps.
 * @cssprop --smp-space-after - Space below the widget, before the page's next paragraph (default 1.5rem).
 * @cssprop --smp-color-bg - Background.
 * @cssprop --smp-color-text - Text colour.
 * @cssprop --smp-color-muted - Secondary text colour.
 * @cssprop --smp-color-border - Borders.
 * @cssprop --smp-color-accent - Links, buttons and focus accents.
 * @cssprop --smp-color-on-accent - Text on accent-coloured buttons.
 * @cssprop --smp-color-focus - Focus outline.
 * @cssprop --smp-color-danger - Error panel accent.
 * @cssprop --smp-color-danger-surface - Error panel background.
 */
export abstract class SmpElement<Schema extends z.ZodMiniType, Events = Record<never, never>, BuiltIn = unknown, Content = unknown> extends LitElement {
  /** The library version that defined the element; a second copy of another version loaded on the page leaves it in place and says so in the console. */
  static readonly version: string = VERSION;
  /** @internal What the widget imports when a config needs it, and how it makes its content (see WidgetParts). */
  static readonly parts: WidgetParts<z.ZodMiniType, unknown, unknown>;
  /** The width (CSS px) below which the widget renders other markup, if it does (see core/width.ts byWidth). */
  static readonly narrowBelow: number | undefined = undefined;

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    configAttribute: { attribute: 'config' },
    src: {},
    locale: { reflect: true },
    theme: { reflect: true },
  };

  /** The config as an object; takes precedence over the script child and the attribute. */
  declare config: z.input<Schema> | undefined;
  /** The `config` attribute: the config as JSON. */
  declare configAttribute: string | null;
  /** Address of a JSON config to load; a local config overrides its top-level keys. */
  declare src: string | null;
  /** `en-GB`, `en-US`, `es`, `de`, `fr`, `tr` or `ar`; without it, the nearest `lang` attribute decides. */
  declare locale: string | null;
  /**
   * `light` (default), `dark`, `auto` to follow the reader's colour-scheme setting, or `site` to follow the
   * page's own dark mode (a `dark` class or `data-theme="dark"` on `<html>` or `<body>`, or its
   * `color-scheme`), then the reader's setting, switching live.
   */
  declare theme: 'light' | 'dark' | 'auto' | 'site';

  /** The widget's content for a valid (or absent) config. */
  protected abstract renderContent(config: z.infer<Schema> | undefined, locale: Locale): TemplateResult;
  /**
   * A newly valid config, before it renders (from the config controller's hostUpdate, after willUpdate):
   * widgets reset what belonged to the config before (storage, sorting) here.
   */
  protected configChanged(_config: z.infer<Schema> | undefined): void {}

  // The language first: the config controller's content is worked out in it.
  readonly #language = new LocaleController(this);
  readonly #configs = new ConfigController<Schema, BuiltIn>(this, this.#widgetParts, (config) => this.configChanged(config));
  /** theme="site" was asked for: core/site-theme.ts follows the page's dark mode from then on. */
  #followsSite = false;
  readonly #focusKeeper = new FocusController(this);
  /** Pre-rendered content, or the space kept, until the widget's first own render. */
  readonly #firstRender = new FirstRenderController(this);

  constructor() {
    super();
    this.config = undefined;
    this.configAttribute = null;
    this.locale = null;
    this.theme = 'light';
    this.src = null;
  }

  /** Loads `src` again, bypassing the HTTP cache; the error panel's retry button calls it. */
  async reload(): Promise<void> {
    await this.#configs.reload();
  }

  /** What the widget shows: the checked config once it can be shown, else why not (yet). */
  protected get resolved(): Resolved<z.infer<Schema>> {
    return this.#configs.resolved;
  }

  /** The locale of the current render. */
  protected get resolvedLocale(): Locale {
    return this.#language.locale;
  }

  /** A widget's UI strings in the current locale, with the site's overrides on top. */
  protected localStrings<K extends string>(table: StringTable<K>, section: string, overrides: Partial<Record<K, string | undefined>> | undefined): Record<K, string> {
    return this.#language.strings(table, section, overrides);
  }

  get #widgetParts(): WidgetParts<Schema, BuiltIn, Content> {
    return (this.constructor as unknown as { parts: WidgetParts<Schema, BuiltIn, Content> }).parts;
  }

  /** A mode's code from the widget's `parts.modes`, once imported (the config controller imports it first). */
  protected loadedMode<T>(name: string): T | undefined {
    return this.#configs.part(name) as T | undefined;
  }

  /**
   * What the widget shows for its valid config: `parts.content` of the config and the built-in content, in the
   * current locale (the `<widget>-built-in` section of the language pack). It is worked out again only when
   * the config, the locale or the loaded language pack has changed, not on every tick or resize.
   */
  protected get content(): Content | undefined {
    if (this.resolved.status !== 'ok') return undefined;
    const pack = this.#language.pack;
    return this.#contentOf(this.resolved.config, this.#configs.builtIn, pack?.[`${this.localName.slice('smp-'.length)}-built-in`], pack?.['spelling']);
  }
  readonly #contentOf = lastResult(
    (config: z.infer<Schema> | undefined, builtIn: BuiltIn | undefined, content: Partial<Record<string, string>> | undefined, spelling: Partial<Record<string, string>> | undefined) =>
      this.#widgetParts.content(config, builtIn, contentTranslator(content, spelling)),
  );

  // Many widgets at once take turns for their first render, so none of the page's tasks grows long.
  // An off-screen widget waits until it is near the viewport (or the browser is idle), keeping its space.
  // Likewise when a part that many widgets waited for (the built-in content, the validator, a language pack)
  // arrives for all of them at once.
  protected override async scheduleUpdate(): Promise<void> {
    if (takesTurn(this) || !this.hasUpdated) {
      if (!this.hasUpdated && this.isConnected) await nearViewport(this, linkId(this));
      await firstRenderTurn();
    }
    // theme="site" (core/site-theme.ts) is imported when a widget first asks for it, before the render that
    // needs it; its controller stops following the page by itself when the theme changes again.
    if (this.theme === 'site' && !this.#followsSite && !isServer) {
      this.#followsSite = true;
      const siteTheme = await (siteThemeModule ??= import('./site-theme.js').catch(() => undefined));
      if (siteTheme) new siteTheme.SiteSchemeController(this);
    }
    super.scheduleUpdate();
  }

  // @lit-labs/ssr calls willUpdate but skips the controllers' hostUpdate (lib/lit-element-renderer.js): on a
  // server the element runs them itself, in the order a browser would.
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (isServer) for (const controller of [this.#language, this.#configs]) controller.hostUpdate();
  }

  // `updateComplete` waits for the parts being imported too, so code (and tests) awaiting it see the checked
  // config and the content.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let settled = this.#configs.settled; settled; settled = this.#configs.settled) {
      await settled;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  // Taking over pre-rendered content: it stays on screen until the widget can show its own (the validator,
  // the content or the language pack may still be on their way), then the widget renders in its place, in
  // one task, so nothing on screen moves when the two are the same.
  protected override update(changed: PropertyValues<this>): void {
    if (this.#firstRender.keepsPrerendered(this.resolved.status !== 'pending' && !this.#language.loading)) return void this.#keepPrerendered(changed);
    super.update(changed);
  }

  /** Completes an update without rendering: attributes are reflected, the pre-rendered content stays. */
  #keepPrerendered(changed: PropertyValues<this>): void {
    ReactiveElement.prototype['update'].call(this, changed);
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    // The widget's language sets its direction, whatever the page's: Arabic reads right to left on an
    // English page, and English left to right on an Arabic one.
    return html`<div class="sizer" aria-hidden="true"></div>
      <div class="root" part="base" lang=${locale} dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>
        ${this.#language.unavailable ? html`<p class="note language-note">${unavailableNote(this.#language.unavailable)}</p>` : nothing}${this.#renderBody(locale)}
      </div>`;
  }

  #renderBody(locale: Locale): TemplateResult {
    const pack = this.#language.pack?.['core'];
    return this.#configs.render({
      pending: () => renderLoading(locale, pack),
      error: (problems, fromSrc) => renderErrorPanel(problems, locale, fromSrc ? () => void this.reload() : undefined, pack),
      complete: (config) => {
        try {
          return this.renderContent(config, locale);
        } catch (error) {
          // A bug of ours must not become an exception in someone else's page.
          this.logOnce('error', `could not render: ${error instanceof Error ? error.message : String(error)}`);
          return renderErrorPanel([problem('config', 'couldNotDisplay')], locale, undefined, pack);
        }
      },
    });
  }

  /** Fires one of the widget's events (its `Events` map gives each name's `detail`). */
  protected emit<K extends keyof Events & string>(name: K, detail: Events[K]): void {
    emit<Events, K>(this, name, detail);
  }

  /** One console message per distinct text and element, however often it re-renders. */
  protected logOnce(level: 'warn' | 'error', message: string): void {
    logOnce(this, level, message);
  }
}
