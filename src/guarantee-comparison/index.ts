// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpGuaranteeComparison, ComparisonEvents } from './guarantee-comparison.js';

export { SmpGuaranteeComparison, type ComparisonEvents, type ComparisonSortDetail } from './guarantee-comparison.js';
export { comparisonConfigSchema, type Clinic, type ComparisonConfig } from './guarantee-comparison.schema.js';
export type { Criterion } from './guarantee-comparison.vocab.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-guarantee-comparison': SmpGuaranteeComparison;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ComparisonEvents> {}
}
