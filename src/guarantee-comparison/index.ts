import { defineElement } from '../core/define.js';
import { SmpGuaranteeComparison, type ComparisonSortDetail } from './guarantee-comparison.js';

export { SmpGuaranteeComparison, type ComparisonSortDetail } from './guarantee-comparison.js';
export { comparisonConfigSchema, type Clinic, type ComparisonConfig, type Criterion } from './guarantee-comparison.schema.js';

defineElement('smp-guarantee-comparison', SmpGuaranteeComparison);

declare global {
  interface HTMLElementTagNameMap {
    'smp-guarantee-comparison': SmpGuaranteeComparison;
  }
  interface GlobalEventHandlersEventMap {
    'smp-comparison-sort': CustomEvent<ComparisonSortDetail>;
  }
}
