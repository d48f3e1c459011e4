// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { SmpGuaranteeComparison, ComparisonSortDetail } from './guarantee-comparison.js';

export { SmpGuaranteeComparison, type ComparisonSortDetail } from './guarantee-comparison.js';
export { comparisonConfigSchema, type Clinic, type ComparisonConfig, type Criterion } from './guarantee-comparison.schema.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-guarantee-comparison': SmpGuaranteeComparison;
  }
  interface GlobalEventHandlersEventMap {
    'smp-comparison-sort': CustomEvent<ComparisonSortDetail>;
  }
}
