// Type-checked only (by `npm run typecheck`): the Vue typings give each `@smp-…` listener its event's detail.
import type { IntrinsicElementAttributes } from 'vue';
import type {} from '../../src/vue.js';

type Comparison = IntrinsicElementAttributes['smp-guarantee-comparison'];
type Explainer = IntrinsicElementAttributes['smp-treatment-explainer'];

export const onSort: NonNullable<Comparison['onSmpComparisonSort']> = (event) => {
  const direction: 'ascending' | 'descending' = event.detail.direction;
  return direction;
};
export const onResult: NonNullable<Explainer['onSmpGuideResult']> = (event) => event.detail.outcome;

// @ts-expect-error the sort event has no such field
export const wrongDetail: NonNullable<Comparison['onSmpComparisonSort']> = (event) => event.detail.nothing;

// @ts-expect-error the comparison fires no such event
export const wrongEvent: Comparison['onSmpChecklistChange'] = undefined;
