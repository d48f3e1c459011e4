import { html, nothing, type TemplateResult } from 'lit';
import { problemMessage, type ConfigProblem } from './problems.js';
import { stringsFor, type Locale, type StringTable } from './strings.js';

export const errorStrings: StringTable<'title' | 'intro' | 'hint' | 'retry' | 'loading'> = {
  'en-GB': {
    retry: 'Try again',
    loading: 'Loading…',
    title: 'This widget could not show its content',
    intro: 'Its configuration has these problems:',
    hint: 'The site owner can correct the configuration; the browser console lists the same problems.',
  },
  'en-US': {},
};

/** The panel shown inside a widget, instead of its content, when its config cannot be used. */
export function renderErrorPanel(
  problems: readonly ConfigProblem[],
  locale: Locale,
  onRetry?: () => void,
  pack?: Partial<Record<string, string>>,
): TemplateResult {
  const strings = stringsFor(errorStrings, locale, undefined, pack);
  return html`
    <div class="error-panel" part="error" role="alert">
      <h2>${strings.title}</h2>
      <p>${strings.intro}</p>
      <ul>
        ${problems.map((problem) => html`<li><code dir="ltr">${problem.path}</code>: ${problemMessage(problem, locale, pack)}</li>`)}
      </ul>
      <p class="note">${strings.hint}</p>
      ${onRetry ? html`<p><button type="button" @click=${onRetry}>${strings.retry}</button></p>` : nothing}
    </div>
  `;
}

/** Shown while a config loads from `src`. */
export function renderLoading(locale: Locale, pack?: Partial<Record<string, string>>): TemplateResult {
  const strings = stringsFor(errorStrings, locale, undefined, pack);
  return html`<p class="loading" role="status" part="loading">${strings.loading}</p>`;
}
