// Type-checked by `npm run typecheck` (never run): what React 19 TSX users get from 'smp-clinic-widgets/react'.
import type {} from '../../src/react.js';

export const checklist = (
  <smp-clinic-checklist
    config={{ title: 'Before you book', sections: [{ title: 'Results', items: [{ id: 'healed', label: 'Healed results' }] }] }}
    theme="dark"
    onsmp-checklist-change={(event) => event.detail.checked.length + event.detail.total}
  />
);

export const comparison = <smp-guarantee-comparison src="/guarantees.json" onsmp-comparison-sort={(event) => event.detail.direction} />;

export const explainer = (
  <smp-treatment-explainer
    config={{ views: ['guide'], cta: { label: 'Call the clinic', url: 'tel:+440000000000' } }}
    onsmp-guide-result={(event) => event.detail.outcome}
    onsmp-explainer-cta-click={(event) => event.detail.url}
    onsmp-cta-click={(event) => event.detail.url}
  />
);

// @ts-expect-error a number is not a title
export const wrongTitle = <smp-clinic-checklist config={{ title: 3 }} />;

// @ts-expect-error "faq" is not a view
export const wrongView = <smp-treatment-explainer config={{ views: ['faq'] }} />;

// @ts-expect-error the checklist event has no such field
export const wrongDetail = <smp-clinic-checklist onsmp-checklist-change={(event) => event.detail.nothing} />;

// @ts-expect-error theme takes light, dark or auto
export const wrongTheme = <smp-guarantee-comparison theme="blue" />;
