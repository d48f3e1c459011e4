// Vue 3 template typings: `import type {} from 'smp-clinic-widgets/vue';` once in an app. Types only.
import type {} from 'vue';
import type { VueEventHandlers } from './core/events.js';
import type { SharedAttributes } from './framework-types.js';
import type { WidgetTypes } from './widgets.js';

/** Vue templates: `:config.prop` and `@smp-…` listeners, typed from each widget's event map. */
type VueElements = { [Tag in keyof WidgetTypes]: { config?: WidgetTypes[Tag]['config'] | string } & VueEventHandlers<WidgetTypes[Tag]['events']> & SharedAttributes };

declare module 'vue' {
  interface IntrinsicElementAttributes extends VueElements {}
}
