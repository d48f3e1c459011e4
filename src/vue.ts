// Vue 3 template typings: `import type {} from 'smp-clinic-widgets/vue';` once in an app. Types only.
import type {} from 'vue';
import type { ChecklistChangeDetail, ChecklistConfig } from './clinic-checklist/index.js';
import type { ComparisonConfig, ComparisonSortDetail } from './guarantee-comparison/index.js';
import type { CtaClickDetail, ExplainerConfig, ExplainerViewDetail, GuideResultDetail } from './treatment-explainer/index.js';
import type { Handler, SharedAttributes } from './framework-types.js';

/** Vue templates: `:config.prop` and `@smp-…` listeners. */
interface VueElements {
  'smp-clinic-checklist': { config?: ChecklistConfig | string; onSmpChecklistChange?: Handler<ChecklistChangeDetail> } & SharedAttributes;
  'smp-guarantee-comparison': { config?: ComparisonConfig | string; onSmpComparisonSort?: Handler<ComparisonSortDetail> } & SharedAttributes;
  'smp-treatment-explainer': {
    config?: ExplainerConfig | string;
    onSmpExplainerView?: Handler<ExplainerViewDetail>;
    onSmpGuideResult?: Handler<GuideResultDetail>;
    onSmpCtaClick?: Handler<CtaClickDetail>;
  } & SharedAttributes;
}

declare module 'vue' {
  interface IntrinsicElementAttributes extends VueElements {}
}
