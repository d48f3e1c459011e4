// Prop types of the three elements, shared by the React and Vue typings (react.ts, vue.ts). Types only.
import type { Locale } from './core/strings.js';
import type { EventHandlers } from './core/events.js';
import type { ChecklistConfig, ChecklistEvents } from './clinic-checklist/index.js';
import type { ComparisonConfig, ComparisonEvents } from './guarantee-comparison/index.js';
import type { ExplainerConfig, ExplainerEvents } from './treatment-explainer/index.js';

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


// The `onsmp-…` handler props come from each widget's event map, where every event name is written once.
export interface ClinicChecklistProps extends SharedAttributes, EventHandlers<ChecklistEvents> {
  config?: ChecklistConfig | string;
}

export interface GuaranteeComparisonProps extends SharedAttributes, EventHandlers<ComparisonEvents> {
  config?: ComparisonConfig | string;
}

export interface TreatmentExplainerProps extends SharedAttributes, EventHandlers<ExplainerEvents> {
  config?: ExplainerConfig | string;
}

