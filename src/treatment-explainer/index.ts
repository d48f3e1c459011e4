// The element, registered, with its types for code that imports the package (the schema: `./schema`).
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpTreatmentExplainer, ExplainerEvents } from './treatment-explainer.js';

export { SmpTreatmentExplainer, type CtaClickDetail, type ExplainerEvents, type ExplainerViewDetail, type GuideResultDetail } from './treatment-explainer.js';
// The schema itself (and zod with it) is its own entry, `smp-clinic-widgets/treatment-explainer/schema`: a bundler keeps what an
// entry re-exports, so an app that only shows the widget would carry the validator on every page.
export type { ExplainerConfig } from './treatment-explainer.schema.js';
export { OUTCOME_IDS, type OutcomeId, type View } from './treatment-explainer.vocab.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-treatment-explainer': SmpTreatmentExplainer;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ExplainerEvents> {}
}
