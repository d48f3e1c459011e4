// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpTreatmentExplainer, ExplainerEvents } from './treatment-explainer.js';

export { SmpTreatmentExplainer, type CtaClickDetail, type ExplainerEvents, type ExplainerViewDetail, type GuideResultDetail } from './treatment-explainer.js';
export { explainerConfigSchema, type ExplainerConfig } from './treatment-explainer.schema.js';
export { OUTCOME_IDS, type OutcomeId, type View } from './treatment-explainer.vocab.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-treatment-explainer': SmpTreatmentExplainer;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ExplainerEvents> {}
}
