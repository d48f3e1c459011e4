import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type * as z from 'zod/mini';
import type { ConfigResult, validateConfig } from './config.js';
import { pickConfigSource, type ConfigSourceKind } from './config-source.js';
import { importOnce, type Imported } from './lazy-import.js';
import { problem, problemToText } from './problems.js';
import type { RemoteConfig } from './remote-config.js';

const JSON_SCRIPT = ':scope > script[type="application/json"]';

/** What checks a config: core/config.ts and the widget's zod schema, with zod. */
interface Validator<Schema> {
  resolve: typeof validateConfig;
  schema: Schema;
}

/** A config that is there but not ready to show: `src`, the validator or the built-in content is on its way. */
export type Resolved<T> = ConfigResult<T> | { status: 'pending'; source: ConfigSourceKind };

export async function loadValidator<Schema>(schema: Promise<Schema>): Promise<Validator<Schema>> {
  const [{ validateConfig }, loaded] = await Promise.all([import('./config.js'), schema]);
  return { resolve: validateConfig, schema: loaded };
}

function noConfig<T>(): ConfigResult<T> {
  return { status: 'ok', source: 'none', config: undefined, unknownKeys: [] };
}

/** What the element gives the controller. */
export interface ConfigParts<Schema extends z.ZodMiniType, BuiltIn> {
  /** The `config` property, the `config` attribute and `src`, as the element has them now. */
  sources(): { property: unknown; attribute: string | null; src: string | null };
  /**
   * The widget's schema and built-in content, imported when needed. Pass the prototype's methods: each is also
   * the key under which the part is imported once per page (see importOnce), and is called with the element.
   */
  loadSchema: () => Promise<Schema>;
  loadBuiltIn: () => Promise<BuiltIn>;
  /** Whether a valid config (or none) leaves anything to the built-in content. */
  usesBuiltIn(config: z.infer<Schema> | undefined): boolean;
  /**
   * Further parts a valid config needs before it can be shown (a mode's code that most pages never use), as
   * prototype methods like loadSchema: each is its own key and is called with the element.
   */
  extraParts(config: z.infer<Schema> | undefined): readonly (() => Promise<unknown>)[];
  /** Called once a changed config is valid and its built-in content is there. */
  changed(config: z.infer<Schema> | undefined): void;
  log(level: 'warn' | 'error', message: string): void;
  /** An imported part has arrived: the element updates, taking its turn like a first render. */
  arrived(): void;
}

/**
 * A widget's config, from its sources (property over script child over attribute, with `src` beneath them),
 * checked against its schema: `resolved` is what the widget shows. Watches the script child, loads `src`,
 * and imports the validator and the built-in content only when they are needed.
 */
export class ConfigController<Schema extends z.ZodMiniType, BuiltIn> implements ReactiveController {
  /** What the widget shows: the checked config once it can be shown, else why not (yet). */
  resolved: Resolved<z.infer<Schema>> = noConfig();

  /** Text of the child `<script type="application/json">`. */
  private script: string | null = null;
  private remote: RemoteConfig = { status: 'idle' };
  private validator: Imported<Validator<Schema>> | 'loading' | undefined;
  /** The parts imported after the check (the built-in content, a mode's extra parts), by their load method. */
  private readonly imported = new Map<() => Promise<unknown>, Imported<unknown> | 'loading'>();
  /** The config as checked, before the built-in content it needs is there. */
  private checked: Resolved<z.infer<Schema>> = noConfig();
  private last: ReturnType<ConfigParts<Schema, BuiltIn>['sources']> | undefined;
  /** A source or the validator changed since the last check; the built-in content arrived. */
  private sourceChanged = true;
  private contentChanged = false;
  /** Made when connected: a constructor must not touch the DOM's observers (a server has none). */
  private observer: MutationObserver | undefined;
  private loading: AbortController | undefined;
  /** Imports on their way (the validator, the built-in content). */
  private readonly imports = new Set<Promise<void>>();

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly parts: ConfigParts<Schema, BuiltIn>,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.readScript();
    this.observer ??= new MutationObserver(() => this.readScript());
    this.observer.observe(this.host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.loading?.abort();
    // Reconnecting (a framework moving the element) loads again.
    if (this.remote.status === 'loading') this.setRemote({ status: 'idle' });
  }

  /** The built-in content, once imported; undefined while it loads or when the config leaves nothing to it. */
  get content(): BuiltIn | undefined {
    return this.part(this.parts.loadBuiltIn);
  }

  /** A part from `extraParts` (or the built-in content), once imported. */
  part<T>(load: () => Promise<T>): T | undefined {
    const outcome = this.imported.get(load);
    return outcome !== undefined && outcome !== 'loading' && outcome.status === 'loaded' ? (outcome.value as T) : undefined;
  }

  /** Every import on its way has settled (updateComplete waits for this). */
  get settled(): Promise<unknown> | undefined {
    return this.imports.size > 0 ? Promise.all(this.imports) : undefined;
  }

  /** Works out `resolved` for this update, when a source or what checks it has changed; from willUpdate. */
  update(): void {
    const sources = this.parts.sources();
    const first = this.last === undefined;
    const changed = first || sources.property !== this.last!.property || sources.attribute !== this.last!.attribute;
    if (!isServer && (first ? sources.src : sources.src !== this.last!.src)) void this.load(sources.src);
    else if (!isServer && sources.src && this.remote.status === 'idle') void this.load(sources.src);
    this.last = sources;
    const recheck = changed || this.sourceChanged;
    if (recheck) this.checked = this.check(sources);
    if (recheck || this.contentChanged) this.resolved = this.withParts(this.checked);
    this.sourceChanged = false;
    this.contentChanged = false;
  }

  /** Loads `src` again, bypassing the HTTP cache (the error panel's retry button). */
  async reload(): Promise<void> {
    await this.load(this.parts.sources().src, true);
  }

  private readScript(): void {
    const text = this.host.querySelector(JSON_SCRIPT)?.textContent ?? null;
    if (text === this.script) return;
    this.script = text;
    this.sourceChanged = true;
    this.host.requestUpdate();
  }

  private setRemote(remote: RemoteConfig): void {
    this.remote = remote;
    this.sourceChanged = true;
    this.host.requestUpdate();
  }

  private async load(src: string | null, reload = false): Promise<void> {
    this.loading?.abort();
    const url = src?.trim();
    if (!url) {
      if (this.remote.status !== 'idle') this.setRemote({ status: 'idle' });
      return;
    }
    const controller = (this.loading = new AbortController());
    this.setRemote({ status: 'loading', url });
    // Loading `src` is imported with it: a page whose widgets have no `src` never fetches that code.
    let result: RemoteConfig | undefined;
    try {
      const { loadRemoteConfig } = await import('./remote-config.js');
      result = await loadRemoteConfig(url, controller.signal, { reload });
    } catch (error) {
      result = { status: 'failed', url, problem: problem('src', 'notLoaded', { url, detail: error instanceof Error ? error.message : String(error) }) };
    }
    if (result && !controller.signal.aborted) this.setRemote(result);
  }

  /** The config from its sources, checked: `pending` while `src` or the validator is on its way. */
  private check(own: { property: unknown; attribute: string | null }): Resolved<z.infer<Schema>> {
    if (this.remote.status === 'loading') return { status: 'pending', source: 'src' };
    if (this.remote.status === 'failed') {
      this.parts.log('error', `config not loaded: ${problemToText(this.remote.problem)}`);
      return { status: 'invalid', source: 'src', problems: [this.remote.problem], unknownKeys: [] };
    }
    const sources = { property: own.property, script: this.script, attribute: own.attribute };
    const remote = this.remote.status === 'loaded' ? this.remote.data : undefined;
    const { kind } = pickConfigSource(sources);
    const source = remote === undefined ? kind : 'src';
    if (kind === 'none' && remote === undefined) return noConfig();
    const { loadSchema } = this.parts;
    this.validator ??= this.importPart(loadSchema, () => loadValidator(loadSchema.call(this.host)), (outcome) => {
      this.validator = outcome;
      this.sourceChanged = true;
    });
    if (this.validator === 'loading') return { status: 'pending', source };
    if (this.validator.status === 'failed') {
      this.parts.log('error', `the config could not be checked: ${this.validator.reason}`);
      return { status: 'invalid', source, problems: [problem('config', 'checkerNotLoaded')], unknownKeys: [] };
    }
    const { resolve, schema } = this.validator.value;
    const result = resolve(schema, sources, remote);
    for (const key of result.unknownKeys) this.parts.log('warn', `unknown config key "${key}" was ignored. Check its spelling.`);
    if (result.status === 'invalid') this.parts.log('error', `invalid config:\n  ${result.problems.map(problemToText).join('\n  ')}`);
    return result;
  }

  /** A valid config, once the parts it needs are there: the built-in content it leaves to the widget, a mode's parts. */
  private withParts(checked: Resolved<z.infer<Schema>>): Resolved<z.infer<Schema>> {
    if (checked.status !== 'ok') return checked;
    const { loadBuiltIn } = this.parts;
    const needed = [...(this.parts.usesBuiltIn(checked.config) ? [loadBuiltIn] : []), ...this.parts.extraParts(checked.config)];
    for (const load of needed) {
      if (!this.imported.has(load)) {
        const outcome = this.importPart(load, () => load.call(this.host), (settled) => {
          this.imported.set(load, settled);
          this.contentChanged = true;
        });
        this.imported.set(load, outcome);
      }
      const outcome = this.imported.get(load)!;
      if (outcome === 'loading') return { status: 'pending', source: checked.source };
      if (outcome.status === 'failed') {
        const content = load === loadBuiltIn;
        this.parts.log('error', `${content ? 'the built-in content' : 'a part of the widget'} could not be loaded: ${outcome.reason}`);
        const failed = content ? problem('content', 'contentNotLoaded') : problem('config', 'checkerNotLoaded');
        return { status: 'invalid', source: checked.source, problems: [failed], unknownKeys: [] };
      }
    }
    this.parts.changed(checked.config);
    return checked;
  }

  /**
   * Imports a part of the widget once per page (see importOnce): the outcome at once when it is already here,
   * else `loading`, and `done` gets the outcome later, with an update.
   */
  private importPart<T>(key: object, load: () => Promise<T>, done: (outcome: Imported<T>) => void): Imported<T> | 'loading' {
    const outcome = importOnce(key, load);
    if (!(outcome instanceof Promise)) return outcome;
    const waiting: Promise<void> = outcome
      .then((settled) => {
        done(settled);
        this.parts.arrived();
      })
      .finally(() => this.imports.delete(waiting));
    this.imports.add(waiting);
    return 'loading';
  }
}
