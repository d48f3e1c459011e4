// Prop types of the three elements, shared by the React and Vue typings (react.ts, vue.ts). Types only.
import type { Locale } from './core/strings.js';
import type { ChecklistChangeDetail, ChecklistConfig } from './clinic-checklist/index.js';
import type { ComparisonConfig, ComparisonSortDetail } from './guarantee-comparison/index.js';
import type { CtaClickDetail, ExplainerConfig, ExplainerViewDetail, GuideResultDetail } from './treatment-explainer/index.js';

/** Attributes every widget takes. */
export interface SharedAttributes {
  /** Address of a JSON config to load. */
  src?: string;
  locale?: Locale;
  theme?: 'light' | 'dark' | 'auto' | 'site';
  id?: string;
  class?: string;
  className?: string;
  children?: unknown;
}

export type Handler<Detail> = (event: CustomEvent<Detail>) => void;

export interface ClinicChecklistProps extends SharedAttributes {
  config?: ChecklistConfig | string;
  'onsmp-checklist-change'?: Handler<ChecklistChangeDetail>;
}

export interface GuaranteeComparisonProps extends SharedAttributes {
  config?: ComparisonConfig | string;
  'onsmp-comparison-sort'?: Handler<ComparisonSortDetail>;
}

export interface TreatmentExplainerProps extends SharedAttributes {
  config?: ExplainerConfig | string;
  'onsmp-explainer-view'?: Handler<ExplainerViewDetail>;
  'onsmp-guide-result'?: Handler<GuideResultDetail>;
  'onsmp-cta-click'?: Handler<CtaClickDetail>;
}

