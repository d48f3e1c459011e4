import { isServer, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type * as z from 'zod/mini';
import type { ConfigResult, validateConfig } from './config.js';
import { pickConfigSource, type ConfigSourceKind } from './config-source.js';
import { importedAlready, importOnce, partKey, type Imported } from './lazy-import.js';
import { logOnce } from './log.js';
import { problem, problemToText, type ConfigProblem } from './problems.js';
import type { RemoteConfig } from './remote-config.js';
import { requestUpdateInTurn } from './render-turn.js';
import type { Translate } from './strings.js';

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

/**
 * The parts of a widget that it imports when a config needs them, and what it makes of them: a widget class
 * declares them once, as its static `parts`. Each is imported once per page under `<tag>/<name>` (see
 * partKey): `schema`, `builtIn` and each mode's name; the server preloads them under the same names.
 */
export interface WidgetParts<Schema extends z.ZodMiniType, BuiltIn, Content> {
  /** The widget's zod schema: `() => import('./x.schema.js').then(…)`. */
  schema(): Promise<Schema>;
  /** The widget's built-in content: `() => import('./x.built-in.js')`. */
  builtIn(): Promise<BuiltIn>;
  /** Code a mode of the widget needs (the checklist's shortlist), by the mode's name. */
  modes?: Readonly<Record<string, () => Promise<unknown>>>;
  /** Code only a server imports, before it pre-renders: templates for what the browser builds without them. */
  server?: () => Promise<unknown>;
  /** What a valid config (or none) needs before it can be shown: `builtIn` and the names of modes. */
  needs(config: z.infer<Schema> | undefined): readonly string[];
  /** What the widget shows: the config over the built-in content (undefined when not needed), in the reader's language. */
  content(config: z.infer<Schema> | undefined, builtIn: BuiltIn | undefined, translate: Translate): Content;
}

/**
 * What a widget imports under a part's name: the validator (zod, core/config.ts and the schema) for `schema`,
 * the built-in content for `builtIn`, else the mode of that name. The element and the server's preload both
 * import through it, under partKey.
 */
export function partLoader(parts: WidgetParts<z.ZodMiniType, unknown, unknown>, name: string): (() => Promise<unknown>) | undefined {
  if (name === 'schema') return () => loadValidator(parts.schema());
  return name === 'builtIn' ? parts.builtIn : parts.modes?.[name];
}

/** The element a config controller serves: its config sources. */
export interface ConfigHost extends ReactiveControllerHost, HTMLElement {
  readonly config: unknown;
  readonly configAttribute: string | null;
  readonly src: string | null;
}

/**
 * A widget's config, shaped like Lit's Task: its arguments are the config's sources (property over script
 * child over attribute, with `src` beneath them), its status is `resolved` (pending, ok or invalid), and
 * `render` picks what to show. It is registered with the element and works in `hostUpdate`, after the element's
 * `willUpdate`; it watches the script child, loads `src`, and imports the validator, the built-in content and
 * a mode's code only when they are needed. `onComplete` hears of each newly valid config, before the render.
 */
export class ConfigController<Schema extends z.ZodMiniType, BuiltIn> implements ReactiveController {
  /** What the widget shows: the checked config once it can be shown, else why not (yet). */
  resolved: Resolved<z.infer<Schema>> = { status: 'pending', source: 'none' };

  /** Text of the child `<script type="application/json">`. */
  #script: string | null = null;
  #remote: RemoteConfig = { status: 'idle' };
  /** The config as checked, before the parts it needs are there. */
  #checked: Resolved<z.infer<Schema>> = noConfig();
  #last: { property: unknown; attribute: string | null; src: string | null } | undefined;
  /** A source or the validator changed since the last check. */
  #sourceChanged = true;
  /** Made when connected: a constructor must not touch the DOM's observers (a server has none). */
  #observer: MutationObserver | undefined;
  #loading: AbortController | undefined;
  /** Imports on their way (the validator, the built-in content, a mode), and their names. */
  readonly #imports = new Set<Promise<void>>();
  readonly #awaiting = new Set<string>();
  readonly #host: ConfigHost;
  readonly #parts: WidgetParts<Schema, BuiltIn, unknown>;
  readonly #onComplete: (config: z.infer<Schema> | undefined) => void;

  constructor(host: ConfigHost, parts: WidgetParts<Schema, BuiltIn, unknown>, onComplete: (config: z.infer<Schema> | undefined) => void = () => {}) {
    this.#host = host;
    this.#parts = parts;
    this.#onComplete = onComplete;
    host.addController(this);
  }

  hostConnected(): void {
    this.#readScript();
    this.#observer ??= new MutationObserver(() => this.#readScript());
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#loading?.abort();
    // Reconnecting (a framework moving the element) loads again.
    if (this.#remote.status === 'loading') this.#setRemote({ status: 'idle' });
  }

  /** Works out `resolved` for this update, when a source or what checks it has changed. */
  hostUpdate(): void {
    const { config: property, configAttribute: attribute, src } = this.#host;
    const first = this.#last === undefined;
    const changed = first || property !== this.#last!.property || attribute !== this.#last!.attribute;
    if (!isServer && (first ? src : src !== this.#last!.src)) void this.#load(src);
    else if (!isServer && src && this.#remote.status === 'idle') void this.#load(src);
    this.#last = { property, attribute, src };
    if (changed || this.#sourceChanged) this.#checked = this.#check(property, attribute);
    this.#sourceChanged = false;
    // The parts a valid config needs are looked up on each update (each is imported once): one may have arrived.
    const before = this.resolved;
    this.resolved = this.#withParts(this.#checked);
    if (this.resolved !== before && this.resolved.status === 'ok') this.#onComplete(this.resolved.config);
  }

  /** What to show for the config's status, as Lit's Task renders. */
  render(renderers: {
    pending: () => TemplateResult;
    complete: (config: z.infer<Schema> | undefined) => TemplateResult;
    error: (problems: readonly ConfigProblem[], fromSrc: boolean) => TemplateResult;
  }): TemplateResult {
    const { resolved } = this;
    if (resolved.status === 'pending') return renderers.pending();
    if (resolved.status === 'invalid') return renderers.error(resolved.problems, resolved.source === 'src');
    return renderers.complete(resolved.config);
  }

  /** The built-in content, once imported; undefined while it loads or when the config leaves nothing to it. */
  get builtIn(): BuiltIn | undefined {
    return this.part('builtIn') as BuiltIn | undefined;
  }

  /** A mode's code (or the built-in content), once imported. */
  part(name: string): unknown {
    const outcome = importedAlready(partKey(this.#host.localName, name));
    return outcome?.status === 'loaded' ? outcome.value : undefined;
  }

  /** Every import on its way has settled (the element's updateComplete waits for this). */
  get settled(): Promise<unknown> | undefined {
    return this.#imports.size > 0 ? Promise.all(this.#imports) : undefined;
  }

  /** Loads `src` again, bypassing the HTTP cache (the error panel's retry button). */
  async reload(): Promise<void> {
    await this.#load(this.#host.src, true);
  }

  #readScript(): void {
    const text = this.#host.querySelector(JSON_SCRIPT)?.textContent ?? null;
    if (text === this.#script) return;
    this.#script = text;
    this.#sourceChanged = true;
    this.#host.requestUpdate();
  }

  #setRemote(remote: RemoteConfig): void {
    this.#remote = remote;
    this.#sourceChanged = true;
    this.#host.requestUpdate();
  }

  async #load(src: string | null, reload = false): Promise<void> {
    this.#loading?.abort();
    const url = src?.trim();
    if (!url) {
      if (this.#remote.status !== 'idle') this.#setRemote({ status: 'idle' });
      return;
    }
    const controller = (this.#loading = new AbortController());
    this.#setRemote({ status: 'loading', url });
    // Loading `src` is imported with it: a page whose widgets have no `src` never fetches that code.
    let result: RemoteConfig | undefined;
    try {
      const { loadRemoteConfig } = await import('./remote-config.js');
      result = await loadRemoteConfig(url, controller.signal, { reload });
    } catch (error) {
      result = { status: 'failed', url, problem: problem('src', 'notLoaded', { url, detail: error instanceof Error ? error.message : String(error) }) };
    }
    if (result && !controller.signal.aborted) this.#setRemote(result);
  }

  #log(level: 'warn' | 'error', message: string): void {
    logOnce(this.#host, level, message);
  }

  /** The config from its sources, checked: `pending` while `src` or the validator is on its way. */
  #check(property: unknown, attribute: string | null): Resolved<z.infer<Schema>> {
    if (this.#remote.status === 'loading') return { status: 'pending', source: 'src' };
    if (this.#remote.status === 'failed') {
      this.#log('error', `config not loaded: ${problemToText(this.#remote.problem)}`);
      return { status: 'invalid', source: 'src', problems: [this.#remote.problem], unknownKeys: [] };
    }
    const sources = { property, script: this.#script, attribute };
    const remote = this.#remote.status === 'loaded' ? this.#remote.data : undefined;
    const { kind } = pickConfigSource(sources);
    const source = remote === undefined ? kind : 'src';
    if (kind === 'none' && remote === undefined) return noConfig();
    const validator = this.#importPart('schema', partLoader(this.#parts, 'schema') as () => Promise<Validator<Schema>>, () => (this.#sourceChanged = true));
    if (validator === 'loading') return { status: 'pending', source };
    if (validator.status === 'failed') {
      this.#log('error', `the config could not be checked: ${validator.reason}`);
      return { status: 'invalid', source, problems: [problem('config', 'checkerNotLoaded')], unknownKeys: [] };
    }
    const { resolve, schema } = validator.value;
    const result = resolve(schema, sources, remote);
    for (const key of result.unknownKeys) this.#log('warn', `unknown config key "${key}" was ignored. Check its spelling.`);
    if (result.status === 'invalid') this.#log('error', `invalid config:\n  ${result.problems.map(problemToText).join('\n  ')}`);
    return result;
  }

  /** A valid config, once the parts it needs are there: the built-in content it leaves to the widget, a mode's code. */
  #withParts(checked: Resolved<z.infer<Schema>>): Resolved<z.infer<Schema>> {
    if (checked.status !== 'ok') return checked;
    for (const name of this.#parts.needs(checked.config)) {
      const outcome = this.#importPart(name, partLoader(this.#parts, name)!);
      if (outcome === 'loading') return { status: 'pending', source: checked.source };
      if (outcome.status === 'failed') {
        const content = name === 'builtIn';
        this.#log('error', `${content ? 'the built-in content' : 'a part of the widget'} could not be loaded: ${outcome.reason}`);
        const failed = content ? problem('content', 'contentNotLoaded') : problem('config', 'checkerNotLoaded');
        return { status: 'invalid', source: checked.source, problems: [failed], unknownKeys: [] };
      }
    }
    return checked;
  }

  /**
   * Imports a part of the widget once per page under `<tag>/<name>`: the outcome at once when it is already
   * here, else `loading`, and `arrived` runs when it is, before an update that takes its render turn.
   */
  #importPart<T>(name: string, load: () => Promise<T>, arrived?: () => void): Imported<T> | 'loading' {
    const outcome = importOnce(partKey(this.#host.localName, name), load);
    if (!(outcome instanceof Promise)) return outcome;
    if (this.#awaiting.has(name)) return 'loading';
    this.#awaiting.add(name);
    const waiting: Promise<void> = outcome
      .then(() => {
        arrived?.();
        requestUpdateInTurn(this.#host);
      })
      .finally(() => {
        this.#imports.delete(waiting);
        this.#awaiting.delete(name);
      });
    this.#imports.add(waiting);
    return 'loading';
  }
}
