// The element, registered, with its types for code that imports the package (the schema: `./schema`).
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpGuaranteeComparison, ComparisonEvents } from './guarantee-comparison.js';

export { SmpGuaranteeComparison, type ComparisonEvents, type ComparisonSortDetail } from './guarantee-comparison.js';
// The schema itself (and zod with it) is its own entry, `smp-clinic-widgets/guarantee-comparison/schema`: a bundler keeps what an
// entry re-exports, so an app that only shows the widget would carry the validator on every page.
export type { Clinic, ComparisonConfig } from './guarantee-comparison.schema.js';
export type { Criterion } from './guarantee-comparison.vocab.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-guarantee-comparison': SmpGuaranteeComparison;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ComparisonEvents> {}
}
