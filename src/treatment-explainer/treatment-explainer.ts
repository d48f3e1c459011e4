import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { SmpElement } from '../core/base-element.js';
import type { WidgetParts } from '../core/config-controller.js';
import { checkedProp } from '../core/checked.js';
import { currentHash, linkId } from '../core/links.js';
import { disclaimerNote, fill, type Locale } from '../core/strings.js';
import { errorPanelStyles, hostStyles } from '../core/styles.js';
import { addressWith, clearFragment, copyText, linkField, linkFieldStyles, printAlone } from '../core/share.js';
import { RovingController } from '../core/roving.js';
import { byWidth, WidthController } from '../core/width.js';
import { explainerStrings, type ExplainerStringKey } from './treatment-explainer.strings.js';
import {
  asksAClinic,
  guideFragment,
  guideOutcome,
  outcomeFor,
  readGuideFragment,
  explainerContent,
  unanswered,
  viewFromHash,
  type BuiltInExplainer,
  type ExplainerContent,
} from './treatment-explainer.model.js';
import type { explainerConfigSchema, ExplainerConfig } from './treatment-explainer.schema.js';
import { NARROW_BELOW, type Answers, type OutcomeId, type View } from './treatment-explainer.vocab.js';
import { explainerStyles } from './treatment-explainer.styles.js';

export interface ExplainerViewDetail {
  view: View;
}
export interface GuideResultDetail {
  outcome: OutcomeId;
  answers: Answers;
}
export interface CtaClickDetail {
  url: string;
}

/** The explainer's events, by name, with their `detail`. */
export interface ExplainerEvents {
  'smp-explainer-view': ExplainerViewDetail;
  'smp-guide-result': GuideResultDetail;
  'smp-explainer-cta-click': CtaClickDetail;
  /** The same event under its name before 0.2, fired until 1.0: listen for `smp-explainer-cta-click`. */
  'smp-cta-click': CtaClickDetail;
}

type Strings = Record<ExplainerStringKey, string>;

/**
 * Explains SMP against tricopigmentation, SMP alongside a hair transplant, and how to judge a technician,
 * with a short guide that suggests which option may fit. Views are tabs, or one view at a time chosen from
 * a select when narrow.
 *
 * @tagname smp-treatment-explainer
 * @summary SMP vs tricopigmentation, SMP with hair transplants, and a guide to which may fit.
 *
 * The attributes, parts and custom properties every widget has (`config`, `src`, `locale`, `theme`; `base`,
 * `error`, `loading`; the `--smp-…` theme) are documented once, on SmpElement (src/core/base-element.ts).
 *
 * @fires smp-explainer-view - When the reader opens another view. `detail: { view }`.
 * @fires smp-guide-result - When the guide shows a result. `detail: { outcome, answers }`.
 * @fires smp-explainer-cta-click - When the reader follows the call to action. `detail: { url }`.
 * @fires smp-cta-click - The same, under its former name, fired until 1.0. `detail: { url }`.
 *
 * @csspart header - Title and intro.
 * @csspart title - The title.
 * @csspart tabs - The row of view tabs.
 * @csspart tab - One view tab.
 * @csspart panel - One view's content.
 * @csspart result - The guide's result.
 * @csspart cta - The call-to-action link.
 * @csspart disclaimer - The general-information note.
 *
 * @cssprop --smp-color-surface - Background of tables' header cells and the result.
 * @cssprop --smp-color-accent - Links, tabs, buttons.
 * @cssprop --smp-color-danger - Error panel accent and warning signs.
 */
export class SmpTreatmentExplainer extends SmpElement<typeof explainerConfigSchema, ExplainerEvents, BuiltInExplainer, ExplainerContent> {
  /** The width in CSS px below which the views are chosen from a list instead of tabs; pre-rendered styles switch at the same width. */
  static override readonly narrowBelow = NARROW_BELOW;
  static override styles = [hostStyles, errorPanelStyles, linkFieldStyles, explainerStyles];
  /** @internal A config patches the built-in entries rather than replacing them, so the explainer always shows some. */
  static override readonly parts: WidgetParts<typeof explainerConfigSchema, BuiltInExplainer, ExplainerContent> = {
    schema: () => import('./treatment-explainer.schema.js').then((module) => module.explainerConfigSchema),
    builtIn: () => import('./treatment-explainer.built-in.js'),
    needs: () => ['builtIn'],
    content: explainerContent,
  };

  static override properties: PropertyDeclarations = {
    currentView: { state: true },
    answers: { state: true },
    result: { state: true },
    missing: { state: true },
    shareStatus: { state: true },
    failedLink: { state: true },
  };

  declare private currentView: View | undefined;
  declare private answers: Answers;
  declare private result: OutcomeId | undefined;
  declare private missing: string[];
  /** What copying the result's link did, in words. */
  declare private shareStatus: string;
  /** A link the browser would not copy, shown for the reader to copy by hand. */
  declare private failedLink: string | undefined;
  readonly #width = new WidthController(this);
  /** The tabs are one stop for Tab; arrows wrap round them, Home and End jump, and selection follows focus. */
  readonly #tabs = new RovingController(this, {
    wrap: true,
    size: () => ({ rows: 1, cols: this.#views.length }),
    selected: () => ({ row: 0, col: Math.max(0, this.#views.indexOf(this.currentView ?? this.content!.initialView)) }),
    moved: ({ col }) => this.selectView(this.#views[col]!),
    // Selection follows focus; the page itself must not scroll.
    focus: ({ col }) => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.#views[col]}`)?.focus({ preventScroll: true }),
  });
  readonly #onHashChange = () => this.#openViewFromHash();
  #revealView = false;

  constructor() {
    super();
    this.currentView = undefined;
    this.answers = {};
    this.result = undefined;
    this.missing = [];
    this.shareStatus = '';
    this.failedLink = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
  }

  /** The view shown now. */
  get view(): View | undefined {
    return this.currentView;
  }

  /** Opens a view, as if the reader had chosen it. */
  selectView(view: View): void {
    if (!this.content?.views.includes(view) || view === this.currentView) return;
    this.currentView = view;
    this.emit('smp-explainer-view', { view });
  }

  #openViewFromHash(): void {
    const view = this.content && viewFromHash(currentHash(), linkId(this), this.content.views);
    if (!view) return;
    this.selectView(view);
    this.#revealView = true;
    this.requestUpdate();
  }

  // A link to a view brings the widget into sight and puts focus on that view, once it is on screen.
  protected override updated(): void {
    if (!this.#revealView) return;
    const panel = this.renderRoot.querySelector<HTMLElement>(`#panel-${this.currentView}`);
    if (!panel) return;
    this.#revealView = false;
    // The whole widget comes into sight, its title and view list too; focus goes to the view itself.
    this.scrollIntoView({ block: 'start' });
    panel.focus({ preventScroll: true });
  }

  protected override configChanged(config: ExplainerConfig | undefined): void {
    if (config?.disclaimer === false) {
      this.logOnce('warn', 'disclaimer: false adds nothing: the general-information note always shows, and a site’s disclaimer adds words beside it.');
    }
    const content = this.content!;
    const linked = viewFromHash(currentHash(), linkId(this), content.views);
    this.currentView = linked ?? content.initialView;
    this.#revealView = linked !== undefined;
    this.answers = {};
    this.result = undefined;
    this.missing = [];
    this.#openSharedResult(content);
  }

  /** A link carrying guide answers opens the guide with them and its result; the fragment leaves the address at once. */
  #openSharedResult(content: ExplainerContent): void {
    const answers = readGuideFragment(currentHash(), this.#shareId, content.guide.questions);
    if (!answers || !content.views.includes('guide')) return;
    clearFragment();
    this.answers = answers;
    this.result = guideOutcome(answers);
    this.currentView = 'guide';
    this.#revealView = true;
  }

  async #onShareResult(strings: Strings): Promise<void> {
    const link = addressWith(guideFragment(this.#shareId, this.answers));
    this.shareStatus = '';
    this.failedLink = undefined;
    await this.updateComplete;
    const copied = await copyText(link);
    this.shareStatus = copied ? strings.resultLinkCopied : strings.copyFailed;
    this.failedLink = copied ? undefined : link;
  }

  /** Result links are namespaced by the element's id (or its wrapper's `data-smp-id`). */
  get #shareId(): string {
    return linkId(this) || 'explainer';
  }

  // Printing shows the guide's result alone within the widget (see the print styles).
  #onPrintResult(): void {
    printAlone(this);
  }

  protected renderContent(config: ExplainerConfig | undefined, locale: Locale): TemplateResult {
    const content = this.content!;
    // View titles set in the config win over the locale's; the built-in ones are UI strings like any other.
    const viewTitles = { compare: config?.compare?.title, transplant: config?.transplant?.title, technician: config?.technician?.title, guide: config?.guide?.title };
    const strings = this.localStrings(explainerStrings, 'treatment-explainer', { ...viewTitles, ...config?.strings });
    return html`
      <section class="widget explainer" aria-labelledby="title">
        <header part="header">
          <h2 id="title" part="title">${content.title}</h2>
          <p class="intro">${content.intro}</p>
        </header>
        ${byWidth(
          this.#width,
          NARROW_BELOW,
          () => this.#renderTabs(content, strings, config, locale),
          () => this.#renderStacked(content, strings, config, locale),
        )}
        ${config?.cta ? this.#renderCta(config.cta) : nothing}
        <p class="note disclaimer" part="disclaimer">${disclaimerNote(strings.generalInformation, config?.disclaimer)}</p>
      </section>
    `;
  }

  #renderTabs(content: ExplainerContent, strings: Strings, config: ExplainerConfig | undefined, locale: Locale) {
    const current = this.currentView ?? content.initialView;
    return html`
      <div role="tablist" class="tabs" part="tabs" aria-label=${strings.views} @keydown=${this.#tabs.onKeydown}>
        ${content.views.map(
          (view, index) => html`<button
            type="button"
            role="tab"
            part="tab"
            id=${`tab-${view}`}
            aria-selected=${view === current ? 'true' : 'false'}
            aria-controls=${`panel-${view}`}
            tabindex=${this.#tabs.tabIndex(0, index)}
            data-focus-key=${view === current ? 'view' : nothing}
            @click=${() => this.selectView(view)}
          >
            ${strings[view]}
          </button>`,
        )}
      </div>
      ${content.views.map(
        (view) => html`<div
          role="tabpanel"
          part="panel"
          id=${`panel-${view}`}
          aria-labelledby=${`tab-${view}`}
          tabindex="0"
          data-focus-key=${view === current ? 'panel' : nothing}
          ?hidden=${view !== current}
        >
          ${this.#renderView(view, content, strings, config, locale, false)}
        </div>`,
      )}
    `;
  }

  // Narrow: one view at a time, chosen from a select; the others stay in the page, hidden, for printing.
  #renderStacked(content: ExplainerContent, strings: Strings, config: ExplainerConfig | undefined, locale: Locale) {
    const current = this.currentView ?? content.initialView;
    const onChange = (event: Event) => this.selectView((event.target as HTMLSelectElement).value as View);
    return html`
      <div class="view-select" part="tabs">
        <label for="view-select">${strings.views}</label>
        <select id="view-select" data-focus-key="view" @change=${onChange}>
          ${content.views.map((view) => html`<option value=${view} ?selected=${view === current}>${strings[view]}</option>`)}
        </select>
      </div>
      ${content.views.map(
        (view) => html`<section class="stacked" part="panel" id=${`panel-${view}`} aria-labelledby=${`heading-${view}`} tabindex="-1" data-focus-key=${view === current ? 'panel' : nothing} ?hidden=${view !== current}>
          <h3 id=${`heading-${view}`}>${strings[view]}</h3>
          ${this.#renderView(view, content, strings, config, locale, true)}
        </section>`,
      )}
    `;
  }

  get #views(): readonly View[] {
    return this.content?.views ?? [];
  }

  /** A subsection heading one level below the view's own. */
  #subheading(text: string, stacked: boolean) {
    return stacked ? html`<h4>${text}</h4>` : html`<h3>${text}</h3>`;
  }

  #renderView(view: View, content: ExplainerContent, strings: Strings, config: ExplainerConfig | undefined, locale: Locale, stacked: boolean) {
    switch (view) {
      case 'compare':
        return this.#renderCompare(content, strings);
      case 'transplant':
        return this.#renderTransplant(content, strings, stacked);
      case 'technician':
        return this.#renderTechnician(content, strings, stacked);
      case 'guide':
        return this.#renderGuide(content, strings, config, locale, stacked);
    }
  }

  #renderCompare({ compare }: ExplainerContent, strings: Strings) {
    return html`
      <p class="intro">${compare.intro}</p>
      <table class="compare">
        <caption class="visually-hidden">${strings.compare}</caption>
        <thead>
          <tr>
            <th scope="col">${strings.aspect}</th>
            <th scope="col">${strings.smp}</th>
            <th scope="col">${strings.trico}</th>
          </tr>
        </thead>
        <tbody>
          ${compare.rows.map(
            (row) => html`<tr>
              <th scope="row">${row.label}</th>
              <td data-label=${strings.smp}>${row.smp}</td>
              <td data-label=${strings.trico}>${row.trico}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  #renderTransplant({ transplant }: ExplainerContent, strings: Strings, stacked: boolean) {
    return html`
      <p class="intro">${transplant.intro}</p>
      ${transplant.ways.map((way) => html`${this.#subheading(way.title, stacked)}<p>${way.body}</p>`)}
      <table class="scars">
        <caption>${strings.scarTableCaption}</caption>
        <thead>
          <tr><th scope="col">${strings.scarType}</th><th scope="col">${strings.outlook}</th></tr>
        </thead>
        <tbody>
          ${transplant.scars.map((scar) => html`<tr><th scope="row">${scar.label}</th><td data-label=${strings.outlook}>${scar.outlook}</td></tr>`)}
        </tbody>
      </table>
      <ul class="notes">
        ${transplant.scarNotes.map((note) => html`<li>${note}</li>`)}
      </ul>
    `;
  }

  #renderTechnician({ technician }: ExplainerContent, strings: Strings, stacked: boolean) {
    return html`
      <p class="intro">${technician.intro}</p>
      ${this.#subheading(strings.controlsTitle, stacked)}
      <ul class="controls">
        ${technician.controls.map((item) => html`<li>${item.text}</li>`)}
      </ul>
      ${this.#subheading(strings.warningsTitle, stacked)}
      <ul class="warnings">
        ${technician.warnings.map((item) => html`<li><span class="warning-icon" aria-hidden="true">⚠</span> ${item.text}</li>`)}
      </ul>
    `;
  }

  #onAnswer(question: string, value: string): void {
    this.answers = { ...this.answers, [question]: value };
    this.missing = this.missing.filter((id) => id !== question);
  }

  #onGuideSubmit(event: Event): void {
    event.preventDefault();
    this.missing = unanswered(this.answers);
    const outcome = guideOutcome(this.answers);
    this.result = outcome;
    if (!outcome) return;
    this.emit('smp-guide-result', { outcome, answers: { ...this.answers } });
  }

  async #onRestart(): Promise<void> {
    this.answers = {};
    this.result = undefined;
    this.missing = [];
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('.guide input')?.focus({ preventScroll: true });
  }

  #renderGuide(content: ExplainerContent, strings: Strings, config: ExplainerConfig | undefined, locale: Locale, stacked: boolean) {
    const { questions } = content.guide;
    const questionText = (id: string) => questions.find((question) => question.id === id)?.text ?? id;
    const outcome = this.result && outcomeFor(this.result, this.answers, content);
    const toClinic = this.result !== undefined && asksAClinic(this.result);
    return html`
      <p class="intro">${content.guide.intro}</p>
      <form class="guide" @submit=${this.#onGuideSubmit} novalidate>
        ${questions.map(
          (question) => html`<fieldset>
            <legend>${question.text}</legend>
            ${question.options.map(
              (option) => html`<label class="option">
                <input
                  type="radio"
                  name=${question.id}
                  data-focus-key=${`answer:${question.id}:${option.value}`}
                  .value=${option.value}
                  .checked=${checkedProp(this.answers[question.id] === option.value)}
                  @change=${() => this.#onAnswer(question.id, option.value)}
                />
                <span>${option.label}</span>
              </label>`,
            )}
          </fieldset>`,
        )}
        <div class="guide-actions">
          <button type="submit" class="primary" data-focus-key="see-result">${strings.seeResult}</button>
          ${this.result || this.missing.length ? html`<button type="button" data-focus-key="restart see-result" @click=${this.#onRestart}>${strings.restart}</button>` : nothing}
        </div>
      </form>
      <p class="visually-hidden" role="status">${outcome ? fill(strings.resultAnnouncement, { title: outcome.title }) : ''}</p>
      <p class="missing" role="status">
        ${this.missing.length ? fill(strings.unanswered, { questions: this.missing.map(questionText).join(' ') }) : ''}
      </p>
      ${outcome
        ? html`<div class="result" part="result">
            ${this.#subheading(fill(toClinic ? strings.resultHeading : strings.resultAnnouncement, { title: outcome.title }), stacked)}
            <p>${outcome.summary}</p>
            <p class="result-label">${strings.reasons}</p>
            <ul>${outcome.reasons.map((reason) => html`<li>${reason}</li>`)}</ul>
            <p class="result-label">${toClinic ? strings.askNext : strings.nextSteps}</p>
            <ul>${outcome.askNext.map((question) => html`<li>${question}</li>`)}</ul>
            ${toClinic && config?.checklist ? html`<p><a href=${config.checklist}>${strings.openChecklist}</a></p>` : nothing}
            ${toClinic ? html`<p class="note">${strings.outcomeNote}</p>` : nothing}
            <div class="result-share">
              <p class="result-actions">
                <button type="button" class="share-result" @click=${() => this.#onShareResult(strings)}>${strings.shareResult}</button>
                <button type="button" class="print-result" @click=${() => this.#onPrintResult()}>${strings.printResult}</button>
              </p>
              <p class="note">${strings.shareResultNote}</p>
              <p class="status" role="status">${this.shareStatus}</p>
              ${this.failedLink ? linkField(this.failedLink, strings.resultLink) : nothing}
            </div>
          </div>`
        : nothing}
    `;
  }

  #renderCta(cta: NonNullable<ExplainerConfig['cta']>) {
    const onClick = () => {
      this.emit('smp-explainer-cta-click', { url: cta.url });
      this.emit('smp-cta-click', { url: cta.url });
    };
    return html`<p class="cta-row"><a class="cta" part="cta" href=${cta.url} @click=${onClick}>${cta.label}</a></p>`;
  }
}
