import { css, html, LitElement, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { live } from 'lit/directives/live.js';
import * as z from 'zod/mini';
import { checklistConfigSchema } from '../clinic-checklist/clinic-checklist.schema.js';
import { validateConfig } from '../core/config.js';
import { emit } from '../core/events.js';
import { MAX_LENGTH } from '../core/limits.js';
import { problemToText, type ConfigProblem } from '../core/problems.js';
import { comparisonConfigSchema } from '../guarantee-comparison/guarantee-comparison.schema.js';
import '../index.js';
import { explainerConfigSchema } from '../treatment-explainer/treatment-explainer.schema.js';
import { renderChecklistForm, type PresetsMemory } from './builder.checklist.js';
import { renderComparisonForm } from './builder.comparison.js';
import { clinicsFromCsv, csvProblemText, type CsvProblem } from './builder.csv.js';
import { setPath } from './builder.edits.js';
import { renderExplainerForm } from './builder.explainer.js';
import { textField } from './builder.fields.js';
import {
  bbcodeFor,
  fallbackText,
  CDN_FOLDER,
  scriptFile,
  scriptSrc,
  testPage,
  DRAFT_KEY,
  isoDate,
  parseConfigText,
  readDraft,
  record,
  redo,
  setText,
  snippetFor,
  configDraft,
  startHistory,
  starterDraft,
  undo,
  withConfig,
  type Config,
  type Draft,
  type History,
  type WidgetTag,
} from './builder.model.js';


export const WIDGETS: Record<WidgetTag, { label: string; schema: z.ZodMiniType }> = {
  'smp-clinic-checklist': { label: 'Clinic checklist', schema: checklistConfigSchema },
  'smp-guarantee-comparison': { label: 'Guarantee comparison', schema: comparisonConfigSchema },
  'smp-treatment-explainer': { label: 'Treatment explainer', schema: explainerConfigSchema },
};

const LOCALES: [string, string][] = [
  ['en-GB', 'English (UK)'],
  ['en-US', 'English (US)'],
  ['es', 'Español'],
  ['de', 'Deutsch'],
  ['fr', 'Français'],
  ['tr', 'Türkçe'],
  ['ar', 'العربية'],
];

const THEMES: [string, string][] = [
  ['light', 'Light'],
  ['dark', 'Dark'],
  ['auto', 'Follow the reader’s setting'],
  ['site', 'Follow my site’s dark mode, then the reader’s setting'],
];

/** What one draft shows: worked out once per update, read by the form, the preview and the snippet. */
interface View {
  tag: WidgetTag;
  /** The config the form edits; undefined while the JSON cannot be read. */
  form: Config | undefined;
  /** The config the form shows: `form`, or the last one that could be read. */
  shown: Config;
  /** Why the form is paused, when it is. */
  formPaused: string | undefined;
  /** The config once it passes the widget's own checks. */
  valid: Config | undefined;
  problems: ConfigProblem[];
  snippet: string | undefined;
}

/** The id of the release page's `<script type="application/json">` that lists each file's integrity. */
export const INTEGRITY_LIST_ID = 'smp-integrity';

function readIntegrityList(text: string | null | undefined): Record<string, string> | undefined {
  try {
    const list = JSON.parse(text ?? '') as unknown;
    if (list && typeof list === 'object' && Object.values(list).every((value) => typeof value === 'string' && value.startsWith('sha384-'))) return list as Record<string, string>;
  } catch {
    // No list, or not one the build wrote: look for the build's own file.
  }
  return undefined;
}

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement).value;

/** `detail` of `smp-builder-accept`: the widget and the config the user chose to use. */
export interface BuilderAcceptDetail {
  widget: WidgetTag;
  config: Config;
}

/** The builder's events, each name with the type of its `detail`. */
export interface BuilderEvents {
  'smp-builder-accept': BuilderAcceptDetail;
}

/**
 * Builds an embed without writing JSON by hand: a form and a JSON editor kept in step, checked by the
 * widgets' own schemas, with undo and redo, a live preview, and a snippet that carries fallback text.
 * On its own page it keeps its draft in this browser's storage, so a reload loses nothing. Embedded in an
 * editor (a CMS block's settings), it is given the block's `config` and `widget`: it then starts from them,
 * neither reads nor writes that stored draft, leaves out the snippet, language and theme (the editor keeps
 * those), and offers "Use this", which fires `smp-builder-accept`.
 *
 * @attr script-base - Where the builder finds the build's `integrity.json`, the hashes of the files the release ships (default `/dist/`).
 * @attr widget - The widget a given `config` is for: `smp-clinic-checklist` (default), `smp-guarantee-comparison` or `smp-treatment-explainer`.
 * @fires smp-builder-accept - When the user presses "Use this" (offered once a `config` is given). `detail: { widget, config }`.
 */
export class SmpEmbedBuilder extends LitElement {
  static override properties: PropertyDeclarations = {
    scriptBase: { attribute: 'script-base' },
    config: { attribute: false },
    widget: {},
    history: { state: true },
    status: { state: true },
    integrity: { state: true },
    csv: { state: true },
  };

  declare scriptBase: string;
  /** The config to start from, given by an editor that embeds the builder; undefined on the builder's own page. */
  declare config: Config | undefined;
  /** The widget a given `config` is for. */
  declare widget: WidgetTag;
  declare private history: History;
  declare private status: string;
  /** `sha384-…` of each built script file, once fetched and hashed. */
  declare private integrity: Partial<Record<string, string>>;
  /** What the last CSV import found: its file name and the problems of its cells. */
  declare private csv: { file: string; problems: CsvProblem[]; imported: number } | undefined;
  private view?: View;
  /** What the shortlist presets field keeps between renders (see builder.checklist.ts). */
  private readonly presets: PresetsMemory = { typed: '', refresh: () => this.requestUpdate() };

  constructor() {
    super();
    this.scriptBase = '/dist/';
    this.config = undefined;
    this.widget = 'smp-clinic-checklist';
    this.history = startHistory(starterDraft(this.widget, isoDate(new Date())));
    this.status = '';
    this.integrity = {};
    this.csv = undefined;
    this.addEventListener('keydown', this.onKeydown);
  }

  /** The widget being built. */
  get tag(): WidgetTag {
    return this.history.present.tag;
  }

  /** The snippet to paste, or undefined while the config has problems. */
  get snippet(): string | undefined {
    return this.view?.snippet;
  }

  private get draft(): Draft {
    return this.history.present;
  }

  private storedDraft(): Draft | undefined {
    try {
      return readDraft(localStorage.getItem(DRAFT_KEY));
    } catch {
      return undefined;
    }
  }

  /** Whether an editor embeds the builder: it was given a config, and the editor keeps language, theme and the embed. */
  private get embedded(): boolean {
    return this.config !== undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The integrity list is for the snippet, which an embedded builder does not write.
    if (!this.embedded) void this.computeIntegrity();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const restart = this.startFrom(changed);
    if (restart) this.history = startHistory(restart);
    if (restart || changed.has('history' as keyof SmpEmbedBuilder) || changed.has('integrity' as keyof SmpEmbedBuilder)) this.view = this.viewOf(this.draft);
  }

  /** The draft to start again from: a config given (or given anew), else on the first render the stored draft. */
  private startFrom(changed: PropertyValues<this>): Draft | undefined {
    const today = isoDate(new Date());
    if (this.config !== undefined) return changed.has('config') || changed.has('widget') ? configDraft(this.widget, this.config, today) : undefined;
    return this.hasUpdated ? undefined : (this.storedDraft() ?? starterDraft(this.widget, today));
  }

  override updated(changed: PropertyValues<this>): void {
    // A builder given its config keeps no draft: two on one page must not share one.
    if (!changed.has('history' as keyof SmpEmbedBuilder) || this.config !== undefined) return;
    try {
      localStorage.setItem(DRAFT_KEY, JSON.stringify(this.draft));
    } catch {
      // Storage blocked or full: the draft lives only in this page.
    }
  }

  private viewOf(draft: Draft): View {
    const parsed = parseConfigText(draft.text);
    const form = 'config' in parsed ? parsed.config : undefined;
    // The text is parsed once: the widget's own checks get the parsed config, or the text to word why it is not JSON.
    const resolved = validateConfig(WIDGETS[draft.tag].schema, form ? { property: form, script: null, attribute: null } : { property: undefined, script: draft.text, attribute: null });
    // While the JSON cannot be read, the paused form goes on showing the last config that could.
    const shown = form ?? (this.view?.shown && this.view.tag === draft.tag ? this.view.shown : {});
    const valid = resolved.status === 'invalid' ? undefined : form;
    const problems = resolved.status === 'invalid' ? resolved.problems : resolved.unknownKeys.map((key) => ({ path: key, message: 'unknown key, ignored by the widget' }));
    return {
      tag: draft.tag,
      form,
      shown,
      formPaused: 'error' in parsed ? `The form is paused because ${parsed.error}. Fix the JSON, or undo (Ctrl+Z), and the form works again.` : undefined,
      valid,
      problems,
      snippet: valid && this.snippetOf(draft, valid),
    };
  }

  private snippetOf(draft: Draft, config: Config): string | undefined {
    if (draft.output === 'html') {
      return snippetFor(draft.tag, config, { locale: draft.locale, theme: draft.theme, src: scriptSrc(draft), classic: draft.classic, integrity: this.integrity[scriptFile(draft)] });
    }
    return bbcodeFor(draft.output, draft.tag, { src: draft.configSrc, locale: draft.locale, text: fallbackText(draft.tag, config) });
  }

  /** Records a change made by one field; typing on in the same field within a second is one undo step. */
  private change(field: string, next: Draft | undefined): void {
    if (next) this.history = record(this.history, next, field, Date.now());
  }

  private editConfig(field: string, edit: (config: Config) => Config): void {
    this.change(field, withConfig(this.draft, edit));
  }

  private chooseWidget(tag: WidgetTag): void {
    this.change('', starterDraft(tag, isoDate(new Date()), this.draft));
    this.status = '';
    this.csv = undefined;
  }

  private startAgain(): void {
    this.change('', starterDraft(this.tag, isoDate(new Date()), this.draft));
    this.status = 'Started again from the starter; undo (Ctrl+Z) brings your work back.';
  }

  private undo(): void {
    this.history = undo(this.history);
  }

  private redo(): void {
    this.history = redo(this.history);
  }

  /** Ctrl+Z undoes and Ctrl+Shift+Z (or Ctrl+Y) redoes, in the form and in the JSON editor alike. */
  private onKeydown = (event: KeyboardEvent): void => {
    if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) this.undo();
    else if ((key === 'z' && event.shiftKey) || key === 'y') this.redo();
    else return;
    event.preventDefault();
  };

  /**
   * The integrity of each built script file, for the snippet: from the list the build wrote, as the release's
   * builder page carries it (a page opened from file:// cannot read files beside it), else as `integrity.json`
   * at `script-base`. Never from hashing the files a server serves: a dev server may rewrite them.
   */
  private async computeIntegrity(): Promise<void> {
    const listed = readIntegrityList(document.getElementById(INTEGRITY_LIST_ID)?.textContent);
    if (listed) {
      this.integrity = listed;
      return;
    }
    try {
      const response = await fetch(new URL('integrity.json', new URL(this.scriptBase, document.baseURI)));
      this.integrity = (response.ok && readIntegrityList(await response.text())) || {};
    } catch {
      // No build beside the builder: the snippet goes without integrity.
    }
  }

  /** Saves `text` as a file through the browser's download. */
  private download(name: string, text: string, type: string): void {
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  private downloadTestPage(config: Config): void {
    const { tag, locale, theme, classic } = this.draft;
    const name = `${tag}-test-page.html`;
    this.download(name, testPage(tag, config, { locale, theme, classic }), 'text/html');
    this.status = `Saved ${name}: put it next to the smp-widgets folder and open it.`;
  }

  /**
   * Replaces the clinics with those of a CSV file, unless a cell has a problem: then nothing is imported
   * and every bad cell is listed by row and column. Columns that are not clinic fields are only reported.
   */
  private async importCsv(file: File): Promise<void> {
    const { clinics, problems } = clinicsFromCsv(await file.text());
    const blocking = problems.filter((problem) => problem.row > 1 || problem.column === 'name');
    const imported = blocking.length ? 0 : clinics.length;
    if (imported) this.editConfig('', (config) => setPath(config, ['clinics'], clinics));
    this.csv = { file: file.name, problems, imported };
  }

  private renderCsvReport() {
    const csv = this.csv;
    if (!csv) return nothing;
    const summary = csv.imported ? `Imported ${csv.imported} clinics from ${csv.file}.` : `Nothing was imported from ${csv.file}: fix these cells in the spreadsheet and import it again.`;
    return html`<div id="csv-report" role="status" class=${csv.imported ? 'ok' : 'problems'}>
      <p>${summary}</p>
      ${csv.problems.length ? html`<ul>${csv.problems.map((problem) => html`<li>${csvProblemText(problem)}</li>`)}</ul>` : nothing}
    </div>`;
  }

  private async copy(): Promise<void> {
    if (!this.snippet) return;
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
    this.change('', { ...this.draft, text: await file.text() });
    this.status = `Loaded ${file.name}.`;
  }

  private accept(config: Config): void {
    emit<BuilderEvents, 'smp-builder-accept'>(this, 'smp-builder-accept', { widget: this.tag, config });
  }

  private save(): void {
    const name = `${this.tag}.config.json`;
    this.download(name, this.draft.text, 'application/json');
    this.status = `Saved ${name}.`;
  }

  override render() {
    const { form, shown, formPaused, valid, problems, snippet } = this.view!;
    const draft = this.draft;
    return html`
      <div class="layout" lang="en" dir="ltr">
        <form class="editor" @submit=${(event: Event) => event.preventDefault()}>
          <label for="widget">Widget</label>
          <select id="widget" ?disabled=${this.embedded} .value=${live(draft.tag)} @change=${(event: Event) => this.chooseWidget(value(event) as WidgetTag)}>
            ${Object.entries(WIDGETS).map(([tag, info]) => html`<option value=${tag} ?selected=${tag === draft.tag}>${info.label}</option>`)}
          </select>
          <div class="history">
            <button type="button" id="undo" ?disabled=${!this.history.past.length} @click=${this.undo}>Undo</button>
            <button type="button" id="redo" ?disabled=${!this.history.future.length} @click=${this.redo}>Redo</button>
            <button type="button" id="start-again" @click=${this.startAgain}>Start again</button>
          </div>
          ${formPaused ? html`<p id="form-paused" class="problems" role="status">${formPaused}</p>` : nothing}
          <fieldset ?disabled=${!form} aria-describedby=${formPaused ? 'form-paused' : nothing}>
            <legend>Content</legend>
            ${this.renderTextField('title', 'Title', shown, MAX_LENGTH.title)} ${this.renderTextField('intro', 'Intro', shown, MAX_LENGTH.text)} ${this.renderWidgetForm(shown)}
          </fieldset>
          ${this.embedded ? nothing : this.renderLanguageAndTheme(draft)}
          <label for="json">Config (JSON)</label>
          <textarea id="json" rows="14" spellcheck="false" aria-describedby="problems" .value=${live(draft.text)} @input=${(event: Event) => this.change('json', { ...draft, text: value(event) })}></textarea>
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
          <div class="preview">${valid ? this.renderPreview(valid) : html`<p>Fix the config to see the preview.</p>`}</div>
          ${this.embedded ? nothing : this.renderEmbed(draft, valid, snippet)}
          <p role="status">${this.status || nothing}</p>
        </section>
        ${this.embedded ? this.renderAccept(valid) : nothing}
      </div>
    `;
  }

  /** "Use this", in a bar that stays in sight at the bottom while the form scrolls (on a phone the form is long). */
  private renderAccept(valid: Config | undefined) {
    return html`<div class="accept">
      <button type="button" class="primary" id="use-this" ?disabled=${!valid} aria-describedby=${valid ? nothing : 'use-this-why'} @click=${() => valid && this.accept(valid)}>Use this</button>
      ${valid ? nothing : html`<span id="use-this-why">Fix the problems listed under the JSON first.</span>`}
    </div>`;
  }

  /** The snippet and where it goes, on the builder's own page. */
  private renderEmbed(draft: Draft, valid: Config | undefined, snippet: string | undefined) {
    return html`
      ${draft.output === 'html' ? this.renderScriptSource(draft) : nothing}
      ${this.renderOutput(draft)}
      <h2 id="snippet-heading">Snippet to paste</h2>
      <textarea id="snippet" aria-labelledby="snippet-heading" readonly rows="8" .value=${snippet ?? (valid ? 'Give the address of the config file above to get a forum snippet.' : 'Fix the config above to get a snippet.')}></textarea>
      <div class="row">
        <button type="button" class="primary" ?disabled=${!snippet} @click=${this.copy}>Copy the snippet</button>
        <button type="button" id="test-page" ?disabled=${!valid} @click=${() => valid && this.downloadTestPage(valid)}>Download a test page</button>
      </div>
    `;
  }

  private renderLanguageAndTheme(draft: Draft) {
    return html`
      <label for="locale">Language</label>
      <select id="locale" .value=${live(draft.locale)} @change=${(event: Event) => this.change('', { ...draft, locale: value(event) })}>
        ${LOCALES.map(([code, name]) => html`<option value=${code} ?selected=${code === draft.locale}>${name}</option>`)}
      </select>
      <label for="theme">Theme</label>
      <select id="theme" .value=${live(draft.theme)} @change=${(event: Event) => this.change('', { ...draft, theme: value(event) })}>
        ${THEMES.map(([code, name]) => html`<option value=${code} ?selected=${code === draft.theme}>${name}</option>`)}
      </select>
    `;
  }

  /** The part of the form only this widget has. */
  private renderWidgetForm(config: Config) {
    const edit = (field: string, change: (config: Config) => Config) => this.editConfig(field, change);
    switch (this.tag) {
      case 'smp-clinic-checklist':
        return renderChecklistForm(config, edit, this.presets);
      case 'smp-guarantee-comparison':
        return html`${renderComparisonForm(config, edit, isoDate(new Date()), (file) => void this.importCsv(file))} ${this.renderCsvReport()}`;
      case 'smp-treatment-explainer':
        return renderExplainerForm(config, edit);
    }
  }

  private renderTextField(key: string, label: string, form: Config, max: number) {
    return textField(key, label, form[key], (text) => this.editConfig(key, (config) => setText(config, key, text)), { max });
  }

  /** Where the snippet goes: a web page, or a forum post as BBCode (the config then travels by address). */
  private renderOutput(draft: Draft) {
    const forum = draft.output !== 'html';
    return html`<fieldset class="source">
      <legend>Snippet for</legend>
      <label for="output">Where you will paste it</label>
      <select id="output" .value=${live(draft.output)} @change=${(event: Event) => this.change('', { ...draft, output: value(event) as Draft['output'] })}>
        <option value="html" ?selected=${draft.output === 'html'}>A web page (HTML)</option>
        <option value="phpbb" ?selected=${draft.output === 'phpbb'}>A phpBB post (BBCode)</option>
        <option value="xenforo" ?selected=${draft.output === 'xenforo'}>A XenForo post (BBCode)</option>
      </select>
      ${forum
        ? html`<label for="config-src">Address of the config file</label>
            <input id="config-src" type="url" .value=${live(draft.configSrc)} @input=${(event: Event) => this.change('config-src', { ...draft, configSrc: value(event) })} />
            <p class="hint">A post cannot carry JSON: save the config as a file (above), put it on a site the forum allows in smp-src-origins, and give its address. The forum needs the BBCodes and the script once in its template (see the README).${draft.output === 'xenforo' ? ' On XenForo the widget follows the forum’s language.' : ''}</p>`
        : nothing}
    </fieldset>`;
  }

  private renderScriptSource(draft: Draft) {
    const set = (change: Partial<Draft>) => this.change('', { ...draft, ...change });
    const hashed = this.integrity[scriptFile(draft)];
    return html`<fieldset class="source">
      <legend>Where the script lives</legend>
      <label class="choice"><input type="radio" name="source" value="self-hosted" .checked=${live(draft.source === 'self-hosted')} @change=${() => set({ source: 'self-hosted' })} /> On my own site (upload the smp-widgets folder)</label>
      <label for="folder">Address of the smp-widgets folder on your site</label>
      <input id="folder" .value=${live(draft.folder)} ?disabled=${draft.source !== 'self-hosted'} @input=${(event: Event) => this.change('folder', { ...draft, folder: value(event) })} />
      <label class="choice"><input type="radio" name="source" value="cdn" .checked=${live(draft.source === 'cdn')} @change=${() => set({ source: 'cdn' })} /> The public npm CDN</label>
      <p class="hint">${CDN_FOLDER}: this address works once this version is published to npm.</p>
    </fieldset>
    <fieldset class="source">
      <legend>Script type</legend>
      <label class="choice"><input type="radio" name="kind" value="module" .checked=${live(!draft.classic)} @change=${() => set({ classic: false })} /> Module script (recommended)</label>
      <label class="choice"><input type="radio" name="kind" value="classic" .checked=${live(draft.classic)} @change=${() => set({ classic: true })} /> Classic script (for CMSs that take only plain script tags)</label>
      <p class="hint">Browsers do not run module scripts in a page opened from your disk (file://). The classic script does, in English only: other languages load with import(), which needs a web server.</p>
      <p class="hint">${hashed
        ? draft.classic
          ? 'The snippet carries the integrity hash of this exact file. Language packs (locales/) load later and are not covered by it: host them beside the script.'
          : 'The snippet carries the integrity hash of the loader. The widget chunks (chunks/) and language packs (locales/) it imports are not covered by it: host them beside the script, or list the chunks in an import map (README.txt of the release has one).'
        : 'No integrity hash: the builder could not read the build’s list of hashes (integrity.json). Under npm start, run npm run build first.'}</p>
    </fieldset>`;
  }

  private renderPreview(config: Config) {
    const { locale, theme } = this.draft;
    switch (this.tag) {
      case 'smp-clinic-checklist':
        return html`<smp-clinic-checklist .config=${config} locale=${locale} theme=${theme}></smp-clinic-checklist>`;
      case 'smp-guarantee-comparison':
        return html`<smp-guarantee-comparison .config=${config} locale=${locale} theme=${theme}></smp-guarantee-comparison>`;
      case 'smp-treatment-explainer':
        return html`<smp-treatment-explainer .config=${config} locale=${locale} theme=${theme}></smp-treatment-explainer>`;
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
    .accept {
      grid-column: 1 / -1;
      position: sticky;
      inset-block-end: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      padding-block: 0.75rem;
      border-block-start: 1px solid #c3c9d0;
      background: #fff;
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
    fieldset {
      display: grid;
      gap: 0.375rem;
      margin: 0.5rem 0 0;
      padding: 0.5rem 0.75rem 0.75rem;
      border: 1px solid #c3cad3;
      border-radius: 6px;
      min-inline-size: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: end;
    }
    .row > label:not(.choice) {
      flex-basis: 100%;
    }
    .ordered {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      align-items: center;
    }
    .ordered > label.choice {
      flex: 1 1 auto;
      margin: 0;
    }
    .moves {
      display: flex;
      gap: 0.25rem;
      margin-inline-start: auto;
    }
    input[type='checkbox'],
    input[type='radio'] {
      flex: none;
    }
    .ordered button {
      padding: 0.125rem 0.5rem;
    }
    fieldset fieldset {
      padding-inline: 0.5rem;
    }
    .history {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      margin-top: 0.5rem;
    }
    label.choice {
      font-weight: normal;
      display: flex;
      gap: 0.5rem;
      align-items: center;
    }
    .hint {
      margin: 0;
      font-size: 14px;
      color: #4a5563;
      overflow-wrap: anywhere;
    }
    button:disabled {
      color: #6b7480;
      border-color: #9aa3ad;
      cursor: default;
    }
    button.primary:disabled {
      background: #9aa3ad;
      color: #fff;
    }
  `;
}

