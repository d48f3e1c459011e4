import { css, html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import * as z from 'zod/mini';
import { checklistConfigSchema } from '../src/clinic-checklist/clinic-checklist.schema.js';
import { resolveConfig } from '../src/core/config.js';
import { problemToText, type ConfigProblem } from '../src/core/problems.js';
import { comparisonConfigSchema } from '../src/guarantee-comparison/guarantee-comparison.schema.js';
import '../src/index.js';
import { explainerConfigSchema } from '../src/treatment-explainer/treatment-explainer.schema.js';

/** The CDN address pattern from the README; a site pins the version it tested. */
export const CDN_SCRIPT = 'https://cdn.example/smp-clinic-widgets@0.1.0/dist/smp-widgets.min.js';

export const WIDGETS = {
  'smp-clinic-checklist': { label: 'Clinic checklist', schema: checklistConfigSchema, starter: { title: 'Before you book' } },
  'smp-guarantee-comparison': {
    label: 'Guarantee comparison',
    schema: comparisonConfigSchema,
    starter: { title: 'SMP guarantees compared', clinics: [{ name: 'Example Clinic North', guarantee: { length: { years: 2 }, refund: 'none' } }, { name: 'Example Studio South', guarantee: { length: 'lifetime', conditions: ['Annual review attended'] } }] },
  },
  'smp-treatment-explainer': { label: 'Treatment explainer', schema: explainerConfigSchema, starter: { views: ['compare', 'transplant', 'technician', 'guide'] } },
} as const;
export type WidgetTag = keyof typeof WIDGETS;

/** JSON for a single-quoted HTML attribute: only &, ' and < need escaping there. */
export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/</g, '&lt;');
}

/** The two lines a site pastes: the script, and the element with its config. */
export function snippetFor(tag: WidgetTag, config: unknown, options: { locale: string; theme: string; src?: string } = { locale: 'en-GB', theme: 'light' }): string {
  const attributes = [`config='${escapeAttribute(JSON.stringify(config))}'`];
  if (options.locale !== 'en-GB') attributes.push(`locale="${options.locale}"`);
  if (options.theme !== 'light') attributes.push(`theme="${options.theme}"`);
  return `<script type="module" src="${options.src ?? CDN_SCRIPT}"></script>\n<${tag} ${attributes.join(' ')}></${tag}>`;
}

type Config = Record<string, unknown>;

/**
 * Builds an embed without writing JSON by hand: common fields as a form, the rest as JSON, live
 * validation from the widgets' own schemas, a live preview and a snippet to copy.
 */
export class SmpEmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    tag: {},
    json: { state: true },
    locale: { state: true },
    theme: { state: true },
    status: { state: true },
  };

  declare tag: WidgetTag;
  declare private json: string;
  declare private locale: string;
  declare private theme: string;
  declare private status: string;

  constructor() {
    super();
    this.tag = 'smp-clinic-checklist';
    this.json = JSON.stringify(WIDGETS[this.tag].starter, null, 2);
    this.locale = 'en-GB';
    this.theme = 'light';
    this.status = '';
  }

  /**
   * The config as parsed now (`parsed`, from the editor's text), or the problems that stop it. Once
   * the text passes the widget's own checks it is an object or empty, which `parsed` reads as `{}`.
   */
  private check(parsed: Config): { config?: Config; problems: ConfigProblem[] } {
    const resolved = resolveConfig(WIDGETS[this.tag].schema as z.ZodMiniType, { property: undefined, script: this.json, attribute: null });
    if (resolved.status === 'invalid') return { problems: resolved.problems };
    return { config: parsed, problems: resolved.unknownKeys.map((key) => ({ path: key, message: 'unknown key, ignored by the widget' })) };
  }

  get snippet(): string {
    return this.snippetOf(this.check(this.parsed).config);
  }

  private snippetOf(config: Config | undefined): string {
    return snippetFor(this.tag, config ?? {}, { locale: this.locale, theme: this.theme });
  }

  private get parsed(): Config {
    try {
      const value = JSON.parse(this.json) as unknown;
      return value && typeof value === 'object' && !Array.isArray(value) ? (value as Config) : {};
    } catch {
      return {};
    }
  }

  private setField(key: string, value: string): void {
    const config = { ...this.parsed };
    if (value.trim()) config[key] = value;
    else delete config[key];
    this.json = JSON.stringify(config, null, 2);
  }

  private chooseWidget(tag: WidgetTag): void {
    this.tag = tag;
    this.json = JSON.stringify(WIDGETS[tag].starter, null, 2);
    this.status = '';
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.status = 'Snippet copied.';
    } catch {
      this.status = 'This browser did not allow copying: select the snippet and copy it by hand.';
    }
  }

  private async load(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    this.json = await file.text();
    this.status = `Loaded ${file.name}.`;
  }

  private save(): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([this.json], { type: 'application/json' }));
    link.download = `${this.tag}.config.json`;
    link.click();
    URL.revokeObjectURL(link.href);
    this.status = `Saved ${link.download}.`;
  }

  override render() {
    // Parse and validate once per render: the form, the panel, the preview and the snippet all use it.
    const parsed = this.parsed;
    const { config, problems } = this.check(parsed);
    const title = typeof parsed['title'] === 'string' ? parsed['title'] : '';
    const intro = typeof parsed['intro'] === 'string' ? parsed['intro'] : '';
    return html`
      <div class="layout">
        <form class="editor" @submit=${(event: Event) => event.preventDefault()}>
          <label for="widget">Widget</label>
          <select id="widget" @change=${(event: Event) => this.chooseWidget((event.target as HTMLSelectElement).value as WidgetTag)}>
            ${Object.entries(WIDGETS).map(([tag, info]) => html`<option value=${tag} ?selected=${tag === this.tag}>${info.label}</option>`)}
          </select>
          <label for="title">Title</label>
          <input id="title" .value=${title} @input=${(event: Event) => this.setField('title', (event.target as HTMLInputElement).value)} />
          <label for="intro">Intro</label>
          <input id="intro" .value=${intro} @input=${(event: Event) => this.setField('intro', (event.target as HTMLInputElement).value)} />
          <label for="locale">Language</label>
          <select id="locale" @change=${(event: Event) => (this.locale = (event.target as HTMLSelectElement).value)}>
            <option value="en-GB">English (UK)</option>
            <option value="en-US">English (US)</option>
            <option value="es">Español</option>
            <option value="de">Deutsch</option>
            <option value="fr">Français</option>
            <option value="tr">Türkçe</option>
            <option value="ar">العربية</option>
          </select>
          <label for="theme">Theme</label>
          <select id="theme" @change=${(event: Event) => (this.theme = (event.target as HTMLSelectElement).value)}>
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Follow the reader’s setting</option>
          </select>
          <label for="json">Config (JSON)</label>
          <textarea id="json" rows="14" spellcheck="false" aria-describedby="problems" .value=${this.json} @input=${(event: Event) => (this.json = (event.target as HTMLTextAreaElement).value)}></textarea>
          <div id="problems" role="status" class=${problems.length ? 'problems' : 'ok'}>
            ${problems.length ? html`<ul>${problems.map((problem) => html`<li>${problemToText(problem)}</li>`)}</ul>` : 'The config is valid.'}
          </div>
          <div class="file">
            <label for="load">Load a config file</label>
            <input id="load" type="file" accept="application/json,.json" @change=${this.load} />
            <button type="button" @click=${this.save}>Save the config as a file</button>
          </div>
        </form>
        <section class="output" aria-labelledby="preview-heading">
          <h2 id="preview-heading">Preview</h2>
          <div class="preview">${config ? this.renderPreview(config) : html`<p>Fix the config to see the preview.</p>`}</div>
          <h2 id="snippet-heading">Snippet to paste</h2>
          <textarea aria-labelledby="snippet-heading" readonly rows="5" .value=${this.snippetOf(config)}></textarea>
          <button type="button" class="primary" ?disabled=${!config} @click=${this.copy}>Copy the snippet</button>
          <p role="status">${this.status || nothing}</p>
        </section>
      </div>
    `;
  }

  private renderPreview(config: Config) {
    const props = { locale: this.locale, theme: this.theme };
    switch (this.tag) {
      case 'smp-clinic-checklist':
        return html`<smp-clinic-checklist .config=${config} locale=${props.locale} theme=${props.theme}></smp-clinic-checklist>`;
      case 'smp-guarantee-comparison':
        return html`<smp-guarantee-comparison .config=${config} locale=${props.locale} theme=${props.theme}></smp-guarantee-comparison>`;
      case 'smp-treatment-explainer':
        return html`<smp-treatment-explainer .config=${config} locale=${props.locale} theme=${props.theme}></smp-treatment-explainer>`;
    }
  }

  static override styles = css`
    :host {
      display: block;
      min-inline-size: 0;
      font: 16px/1.5 system-ui, sans-serif;
      color: #1b2430;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 22rem) minmax(0, 1fr);
      gap: 1.5rem;
    }
    @media (max-width: 760px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .editor,
    .output {
      display: grid;
      gap: 0.375rem;
      align-content: start;
    }
    label {
      font-weight: 600;
      margin-top: 0.5rem;
    }
    input,
    select,
    textarea,
    button {
      max-inline-size: 100%;
      min-inline-size: 0;
      font: inherit;
      padding: 0.375rem 0.5rem;
      border: 1px solid #7a8594;
      border-radius: 6px;
    }
    textarea {
      font-family: ui-monospace, monospace;
      font-size: 14px;
    }
    button {
      background: #fff;
      color: #0a5bb5;
      border-color: #0a5bb5;
      cursor: pointer;
      justify-self: start;
    }
    button.primary {
      background: #0a5bb5;
      color: #fff;
    }
    :focus-visible {
      outline: 3px solid #c25e00;
      outline-offset: 2px;
    }
    .problems {
      color: #a4161a;
    }
    .ok {
      color: #2e6b30;
    }
    .file {
      display: grid;
      gap: 0.375rem;
      margin-top: 0.5rem;
    }
    h2 {
      font-size: 1.1rem;
      margin: 0.5rem 0 0;
    }
  `;
}

customElements.define('smp-embed-builder', SmpEmbedBuilder);
