import { html } from 'lit';
import { viewTitles } from '../treatment-explainer/treatment-explainer.strings.js';
import type { View } from '../treatment-explainer/treatment-explainer.vocab.js';
import { getPath, setPath } from './builder.edits.js';
import { MAX_LENGTH } from '../core/limits.js';
import { blankToUndefined, orderedChoice, text, textField, type Edit } from './builder.fields.js';
import type { Config } from './builder.model.js';

// The explainer's part of the builder form: which views in which order, the call to action, and the site's
// own words beside the general-information note (which always shows).

/** The call to action needs both a label and a link; with neither it is left out. */
export function withCta(config: Config, key: 'label' | 'url', value: string): Config {
  const cta = { ...(config['cta'] as Record<string, unknown> | undefined), [key]: blankToUndefined(value) };
  return setPath(config, ['cta'], cta.label === undefined && cta.url === undefined ? undefined : cta);
}

export function renderExplainerForm(config: Config, edit: Edit) {
  return html`
    ${orderedChoice<View>('view', 'Views to show, in order', viewTitles, config['views'], (list) => edit('', (current) => setPath(current, ['views'], list)))}
    <fieldset>
      <legend>Call to action (optional)</legend>
      ${textField('cta-label', 'Button text', getPath(config, ['cta', 'label']), (value) => edit('cta-label', (current) => withCta(current, 'label', value)), { max: MAX_LENGTH.title })}
      ${textField('cta-url', 'Link', getPath(config, ['cta', 'url']), (value) => edit('cta-url', (current) => withCta(current, 'url', value)), { max: MAX_LENGTH.link, type: 'url' })}
    </fieldset>
    ${textField(
      'disclaimer',
      'Your own words beside the general-information note (optional; the note always shows)',
      text(config['disclaimer']),
      (value) => edit('disclaimer', (current) => setPath(current, ['disclaimer'], blankToUndefined(value))),
      { max: MAX_LENGTH.text },
    )}
  `;
}
