// React 19 (TSX) typings: `import type {} from 'smp-clinic-widgets/react';` once in an app makes the
// elements, their config property and their event props type-checked. Types only.
import type {} from 'react';
import type { SmpClinicChecklist, SmpGuaranteeComparison, SmpTreatmentExplainer } from './index.js';
import type { ClinicChecklistProps, GuaranteeComparisonProps, TreatmentExplainerProps } from './framework-types.js';

type WithRef<Element, Props> = Props & { ref?: ((element: Element | null) => void) | { current: Element | null } | null; key?: string | number };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'smp-clinic-checklist': WithRef<SmpClinicChecklist, ClinicChecklistProps>;
      'smp-guarantee-comparison': WithRef<SmpGuaranteeComparison, GuaranteeComparisonProps>;
      'smp-treatment-explainer': WithRef<SmpTreatmentExplainer, TreatmentExplainerProps>;
    }
  }
}

