import { html, isServer, LitElement, ReactiveElement, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import type { ConfigResult, resolveConfig } from './config.js';
import { pickConfigSource, type ConfigSourceKind } from './config-source.js';
import { renderErrorPanel, renderLoading } from './error-panel.js';
import { emit } from './events.js';
import { FocusController } from './focus.js';
import { problem, problemToText } from './problems.js';
import { firstRenderTurn, nearViewport } from './render-turn.js';
import { linkId } from './links.js';
import { importOnce, type Imported } from './lazy-import.js';
import { lastResult } from './memo.js';
import type { RemoteConfig } from './remote-config.js';
import { loadLocalePack, localePackIfLoaded, type LocalePack } from './locale-packs.js';
import { contentTranslator, DEFAULT_LOCALE, isRightToLeft, resolveLocale, resolveStrings, type Locale, type StringTable, type Translate } from './strings.js';
import { SiteSchemeController } from './site-theme.js';
import { VERSION } from './version.js';

const JSON_SCRIPT = ':scope > script[type="application/json"]';

/** What checks a config: core/config.ts and the widget's zod schema, with zod. */
interface Validator<Schema> {
  resolve: typeof resolveConfig;
  schema: Schema;
}

/** A config that is there but not ready to show: `src`, the validator or the built-in content is on its way. */
type Resolved<T> = ConfigResult<T> | { status: 'pending'; source: ConfigSourceKind };

/** Config sources: a change to one checks the config again. */
const SOURCE_KEYS = ['config', 'configAttribute', 'scriptConfig', 'remote', 'validator'];

async function loadValidator<Schema>(schema: Promise<Schema>): Promise<Validator<Schema>> {
  const [{ resolveConfig }, loaded] = await Promise.all([import('./config.js'), schema]);
  return { resolve: resolveConfig, schema: loaded };
}

function noConfig<T>(): ConfigResult<T> {
  return { status: 'ok', source: 'none', config: undefined, unknownKeys: [] };
}

/**
 * Imports what rendering an element of `widget` may need, the validator, the built-in content and the
 * language pack of `locale`, so that a server renders it in one synchronous pass (see src/server/). In a
 * browser an element imports them itself, as they are needed.
 */
export async function preloadWidget(widget: abstract new () => SmpElement<z.ZodMiniType, unknown, unknown>, locale?: string): Promise<void> {
  const element = widget.prototype as unknown as { loadSchema(): Promise<z.ZodMiniType>; loadBuiltIn(): Promise<unknown> };
  await Promise.all([
    importOnce(element.loadSchema, () => loadValidator(element.loadSchema())),
    importOnce(element.loadBuiltIn, () => element.loadBuiltIn()),
    locale ? loadLocalePack(resolveLocale(locale)) : undefined,
  ]);
}

/**
 * What every widget shares: the three config sources (property over script child over attribute),
 * validation against the widget's zod schema, the in-widget error panel, `locale` and `theme`.
 * A widget supplies its schema, its built-in content and `renderContent`; it never sees an invalid config.
 * Two parts are imported only when needed: the validator (zod and the schema) when there is a config to
 * check, and the built-in content (`BuiltIn`, the widget's defaults file) when a config leaves some of it
 * to the widget.
 */
export abstract class SmpElement<Schema extends z.ZodMiniType, Events = Record<never, never>, BuiltIn = unknown> extends LitElement {
  static readonly version = VERSION;
  /** The width (CSS px) below which the widget renders other markup, if it does (see core/width.ts byWidth). */
  static readonly narrowBelow: number | undefined = undefined;

  /**
   * Imports what rendering may need, the validator, the built-in content and the language pack of `locale`,
   * so that a server renders every element in one synchronous pass (see src/server/). In a browser the
   * element imports them itself, as they are needed.
   */
  static async preload(locale?: string): Promise<void> {
    const element = this.prototype as unknown as SmpElement<z.ZodMiniType, unknown, unknown>;
    await Promise.all([
      importOnce(element.loadSchema, () => loadValidator(element.loadSchema())),
      importOnce(element.loadBuiltIn, () => element.loadBuiltIn()),
      locale ? loadLocalePack(resolveLocale(locale)) : undefined,
    ]);
  }

  static override properties: PropertyDeclarations = {
    config: { attribute: false },
    configAttribute: { attribute: 'config' },
    src: {},
    locale: { reflect: true },
    theme: { reflect: true },
    scriptConfig: { state: true },
    remote: { state: true },
    localePack: { state: true },
    validator: { state: true },
    builtIn: { state: true },
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
  /** Text of the child `<script type="application/json">`, kept in sync by a MutationObserver. */
  declare protected scriptConfig: string | null;
  /** The config loaded from `src`, or why it could not be. */
  declare protected remote: RemoteConfig;
  /** UI strings of a loaded language pack; undefined for English or while it loads. */
  declare protected localePack: LocalePack | undefined;
  private packLocale: Locale | undefined;
  /** Worked out once per update in willUpdate: finding the nearest `lang` walks up the page. */
  private currentLocale: Locale = DEFAULT_LOCALE;

  /** The widget's schema, imported when a config needs checking: `() => import('./x.schema.js').then(…)`. */
  protected abstract loadSchema(): Promise<Schema>;
  /** The widget's built-in content, imported when a config leaves some to it: `() => import('./x.defaults.js')`. */
  protected abstract loadBuiltIn(): Promise<BuiltIn>;
  /** Whether a valid config (or none) leaves anything to the built-in content. */
  protected abstract usesBuiltIn(config: z.infer<Schema> | undefined): boolean;
  /** The validator: `loading` while it comes, then what became of it. */
  declare protected validator: Imported<Validator<Schema>> | 'loading' | undefined;
  /** The built-in content: `loading` while it comes, then what became of it. */
  declare protected builtIn: Imported<BuiltIn> | 'loading' | undefined;
  /** The widget's content for a valid (or absent) config. */
  protected abstract renderContent(config: z.infer<Schema> | undefined, locale: Locale): TemplateResult;
  /** Called after the config changed and validated; widgets load dependent state (storage) here. */
  protected configChanged(_config: z.infer<Schema> | undefined): void {}

  /** The config as checked, before the built-in content it needs is there. */
  private checkedConfig: Resolved<z.infer<Schema>> = noConfig();
  /** What the widget shows: the checked config once it can be shown, else why not (yet). */
  protected resolved: Resolved<z.infer<Schema>> = noConfig();

  /** Made when connected: a constructor must not touch the DOM's observers (a server has none). */
  private childObserver: MutationObserver | undefined;
  private readonly siteScheme = new SiteSchemeController(this);
  private readonly focusKeeper = new FocusController(this);
  private readonly logged = new Set<string>();
  private loading: AbortController | undefined;
  /** Imports on their way (the validator, the built-in content). */
  private readonly imports = new Set<Promise<void>>();
  /** The page came with this element pre-rendered (declarative shadow DOM): those nodes, until the widget takes over. */
  private prerendered: ChildNode[] | undefined;

  constructor() {
    super();
    this.config = undefined;
    this.configAttribute = null;
    this.locale = null;
    this.theme = 'light';
    this.scriptConfig = null;
    this.src = null;
    this.remote = { status: 'idle' };
    this.validator = undefined;
    this.builtIn = undefined;
  }

  // A pre-rendered element arrives with its shadow root filled in (src/server/); Lit keeps using that root.
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = isServer ? [] : [...(this.shadowRoot?.childNodes ?? [])];
    const root = super.createRenderRoot();
    if (prerendered.length === 0) return root;
    this.prerendered = prerendered;
    // Lit would render before the first node it found, which goes when the widget takes over.
    this.renderOptions.renderBefore = null;
    return root;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Space is kept while the first render waits for its turn (see scheduleUpdate); pre-rendered content
    // already fills it.
    if (!this.hasUpdated && !this.prerendered) this.toggleAttribute('data-smp-pending', true);
    this.readScriptChild();
    this.childObserver ??= new MutationObserver(() => this.readScriptChild());
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver?.disconnect();
    this.loading?.abort();
    // Reconnecting (a framework moving the element) loads again.
    if (this.remote.status === 'loading') this.remote = { status: 'idle' };
  }

  /** Loads `src` again, bypassing the HTTP cache; the error panel's retry button calls it. */
  async reload(): Promise<void> {
    await this.load(true);
  }

  private async load(reload = false): Promise<void> {
    this.loading?.abort();
    const src = this.src?.trim();
    if (!src) {
      this.remote = { status: 'idle' };
      return;
    }
    const controller = (this.loading = new AbortController());
    this.remote = { status: 'loading', url: src };
    // Loading `src` is imported with it: a page whose widgets have no `src` never fetches that code.
    let result: RemoteConfig | undefined;
    try {
      const { loadRemoteConfig } = await import('./remote-config.js');
      result = await loadRemoteConfig(src, controller.signal, { reload });
    } catch (error) {
      result = { status: 'failed', url: src, problem: problem('src', 'notLoaded', { url: src, detail: error instanceof Error ? error.message : String(error) }) };
    }
    if (result && !controller.signal.aborted) this.remote = result;
  }

  /** The locale of the current render. */
  protected get resolvedLocale(): Locale {
    return this.currentLocale;
  }

  /** A widget's UI strings in the current locale, with the site's overrides on top. */
  // The same table until the locale, the pack or the overrides change, so what a widget works out from its
  // words can be kept across renders.
  private readonly resolvedStrings = lastResult(resolveStrings<string>);

  protected localStrings<K extends string>(table: StringTable<K>, section: string, overrides: Partial<Record<K, string | undefined>> | undefined): Record<K, string> {
    return this.resolvedStrings(table, this.resolvedLocale, overrides, this.localePack?.[section]) as Record<K, string>;
  }

  /**
   * What `resolve` makes of the config and the built-in content in the current locale (the `<section>-content`
   * of the language pack). It runs again only when the config, the locale or the loaded language pack has
   * changed, not on every tick or resize. `builtIn` is undefined when the config leaves nothing to it.
   */
  protected builtInContent<Config, T>(section: string, config: Config, resolve: (config: Config, builtIn: BuiltIn | undefined, translate: Translate) => T): T {
    const builtIn = this.builtIn !== undefined && this.builtIn !== 'loading' && this.builtIn.status === 'loaded' ? this.builtIn.value : undefined;
    return this.resolvedContent(resolve, config, builtIn, this.currentLocale, this.localePack?.[`${section}-content`]) as T;
  }
  private readonly resolvedContent = lastResult(
    (resolve: (config: never, builtIn: BuiltIn | undefined, translate: Translate) => unknown, config: unknown, builtIn: BuiltIn | undefined, locale: Locale, content: LocalePack[string] | undefined) =>
      resolve(config as never, builtIn, contentTranslator(locale, content)),
  );

  /** The language pack of `locale`: at once when it is here, else once it has loaded (English until then). */
  private usePack(locale: Locale): void {
    this.packLocale = locale;
    const ready = localePackIfLoaded(locale);
    this.localePack = ready?.pack;
    if (ready) return;
    void loadLocalePack(locale).then((pack) => {
      if (this.packLocale !== locale) return;
      this.localePack = pack;
      // A pack that failed leaves the value as it was: update anyway, to show the widget in English.
      this.requestUpdate();
    });
  }

  // Many widgets at once take turns for their first render, so none of the page's tasks grows long.
  // An off-screen widget waits until it is near the viewport (or the browser is idle), keeping its space.
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) {
      if (this.isConnected) await nearViewport(this, linkId(this));
      await firstRenderTurn();
    }
    super.scheduleUpdate();
  }

  protected override firstUpdated(changed: PropertyValues<this>): void {
    super.firstUpdated(changed);
    this.removeAttribute('data-smp-pending');
  }

  // `updateComplete` waits for the parts being imported too, so code (and tests) awaiting it see the checked
  // config and the content.
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.imports.size > 0) {
      await Promise.all(this.imports);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  private readScriptChild(): void {
    this.scriptConfig = this.querySelector(JSON_SCRIPT)?.textContent ?? null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const changedKeys = changed as Map<PropertyKey, unknown>;
    if (!isServer && (changedKeys.has('src') || (this.src && this.remote.status === 'idle'))) void this.load();
    const locale = (this.currentLocale = resolveLocale(this.locale, this));
    if (locale !== this.packLocale) this.usePack(locale);
    const sourceChanged = !this.hasUpdated || SOURCE_KEYS.some((key) => changedKeys.has(key));
    if (sourceChanged) this.checkedConfig = this.checkConfig();
    if (sourceChanged || changedKeys.has('builtIn')) this.resolved = this.withBuiltIn(this.checkedConfig);
  }

  /** The config from its sources, checked: `pending` while `src` or the validator is on its way. */
  private checkConfig(): Resolved<z.infer<Schema>> {
    if (this.remote.status === 'loading') return { status: 'pending', source: 'src' };
    if (this.remote.status === 'failed') {
      this.logOnce('error', `config not loaded: ${problemToText(this.remote.problem)}`);
      return { status: 'invalid', source: 'src', problems: [this.remote.problem], unknownKeys: [] };
    }
    const sources = { property: this.config, script: this.scriptConfig, attribute: this.configAttribute };
    const remote = this.remote.status === 'loaded' ? this.remote.data : undefined;
    const { kind } = pickConfigSource(sources);
    const source = remote === undefined ? kind : 'src';
    if (kind === 'none' && remote === undefined) return noConfig();
    this.validator ??= this.importPart(this.loadSchema, () => loadValidator(this.loadSchema()), (outcome) => (this.validator = outcome));
    if (this.validator === 'loading') return { status: 'pending', source };
    if (this.validator.status === 'failed') {
      this.logOnce('error', `the config could not be checked: ${this.validator.reason}`);
      return { status: 'invalid', source, problems: [problem('config', 'checkerNotLoaded')], unknownKeys: [] };
    }
    const { resolve, schema } = this.validator.value;
    const result = resolve(schema, sources, remote);
    for (const key of result.unknownKeys) {
      this.logOnce('warn', `unknown config key "${key}" was ignored. Check its spelling.`);
    }
    if (result.status === 'invalid') this.logOnce('error', `invalid config:\n  ${result.problems.map(problemToText).join('\n  ')}`);
    return result;
  }

  /** A valid config, once the built-in content it leaves to the widget (if any) is there. */
  private withBuiltIn(checked: Resolved<z.infer<Schema>>): Resolved<z.infer<Schema>> {
    if (checked.status !== 'ok') return checked;
    if (this.usesBuiltIn(checked.config)) {
      this.builtIn ??= this.importPart(this.loadBuiltIn, () => this.loadBuiltIn(), (outcome) => (this.builtIn = outcome));
      if (this.builtIn === 'loading') return { status: 'pending', source: checked.source };
      if (this.builtIn.status === 'failed') {
        this.logOnce('error', `the built-in content could not be loaded: ${this.builtIn.reason}`);
        return { status: 'invalid', source: checked.source, problems: [problem('content', 'contentNotLoaded')], unknownKeys: [] };
      }
    }
    this.configChanged(checked.config);
    return checked;
  }

  /**
   * Imports a part of the widget once per page (see importOnce); `loading` while it comes, when `done` gets
   * the outcome and `updateComplete` waits for it.
   */
  private importPart<T>(key: object, load: () => Promise<T>, done: (outcome: Imported<T>) => void): Imported<T> | 'loading' {
    const outcome = importOnce(key, load);
    if (!(outcome instanceof Promise)) return outcome;
    const waiting: Promise<void> = outcome.then(done).finally(() => this.imports.delete(waiting));
    this.imports.add(waiting);
    return 'loading';
  }

  // Taking over pre-rendered content: it stays on screen until the widget can show its own (the validator,
  // the content or the language pack may still be on their way), then the widget renders in its place, in
  // one task, so nothing on screen moves when the two are the same.
  protected override update(changed: PropertyValues<this>): void {
    if (this.prerendered) {
      if (this.resolved.status === 'pending' || this.packPending()) return void this.keepPrerendered(changed);
      for (const node of this.prerendered) node.remove();
      this.prerendered = undefined;
    }
    super.update(changed);
  }

  /** Completes an update without rendering: attributes are reflected, the pre-rendered content stays. */
  private keepPrerendered(changed: PropertyValues<this>): void {
    ReactiveElement.prototype['update'].call(this, changed);
  }

  private packPending(): boolean {
    return this.packLocale !== undefined && this.localePack === undefined && localePackIfLoaded(this.packLocale) === undefined;
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale;
    // The widget's language sets its direction, whatever the page's: Arabic reads right to left on an
    // English page, and English left to right on an Arabic one.
    return html`<div class="sizer" aria-hidden="true"></div>
      <div class="root" part="base" lang=${locale} dir=${isRightToLeft(locale) ? 'rtl' : 'ltr'}>${this.renderBody(locale)}</div>`;
  }

  private renderBody(locale: Locale): TemplateResult {
    const pack = this.localePack?.['core'];
    if (this.resolved.status === 'pending') return renderLoading(locale, pack);
    if (this.resolved.status === 'invalid') {
      return renderErrorPanel(this.resolved.problems, locale, this.resolved.source === 'src' ? () => void this.reload() : undefined, pack);
    }
    try {
      return this.renderContent(this.resolved.config, locale);
    } catch (error) {
      // A bug of ours must not become an exception in someone else's page.
      this.logOnce('error', `could not render: ${error instanceof Error ? error.message : String(error)}`);
      return renderErrorPanel([problem('config', 'couldNotDisplay')], locale, undefined, pack);
    }
  }

  /** Fires one of the widget's events (its `Events` map gives each name's `detail`). */
  protected emit<K extends keyof Events & string>(name: K, detail: Events[K]): void {
    emit<Events, K>(this, name, detail);
  }

  /** One console message per distinct text and element, however often it re-renders. */
  protected logOnce(level: 'warn' | 'error', message: string): void {
    const text = `[${this.localName}] ${message}`;
    if (this.logged.has(text)) return;
    this.logged.add(text);
    console[level](text);
  }
}
