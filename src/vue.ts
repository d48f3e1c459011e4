// Vue 3 template typings: `import type {} from 'smp-clinic-widgets/vue';` once in an app. Types only.
import type {} from 'vue';
import type { VueEventHandlers } from './core/events.js';
import type { ChecklistConfig, ChecklistEvents } from './clinic-checklist/index.js';
import type { ComparisonConfig, ComparisonEvents } from './guarantee-comparison/index.js';
import type { ExplainerConfig, ExplainerEvents } from './treatment-explainer/index.js';
import type { SharedAttributes } from './framework-types.js';

/** Vue templates: `:config.prop` and `@smp-…` listeners, typed from each widget's event map. */
interface VueElements {
  'smp-clinic-checklist': { config?: ChecklistConfig | string } & VueEventHandlers<ChecklistEvents> & SharedAttributes;
  'smp-guarantee-comparison': { config?: ComparisonConfig | string } & VueEventHandlers<ComparisonEvents> & SharedAttributes;
  'smp-treatment-explainer': { config?: ExplainerConfig | string } & VueEventHandlers<ExplainerEvents> & SharedAttributes;
}

declare module 'vue' {
  interface IntrinsicElementAttributes extends VueElements {}
}
