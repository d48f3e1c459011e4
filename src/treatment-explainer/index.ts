// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { SmpTreatmentExplainer, CtaClickDetail, ExplainerViewDetail, GuideResultDetail } from './treatment-explainer.js';

export { SmpTreatmentExplainer, type CtaClickDetail, type ExplainerViewDetail, type GuideResultDetail } from './treatment-explainer.js';
export { explainerConfigSchema, type ExplainerConfig, type View } from './treatment-explainer.schema.js';
export { OUTCOME_IDS, type OutcomeId } from './treatment-explainer.defaults.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-treatment-explainer': SmpTreatmentExplainer;
  }
  interface GlobalEventHandlersEventMap {
    'smp-explainer-view': CustomEvent<ExplainerViewDetail>;
    'smp-guide-result': CustomEvent<GuideResultDetail>;
    'smp-cta-click': CustomEvent<CtaClickDetail>;
  }
}
