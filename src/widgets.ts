// The one list of widgets. The loader, the server, the build, the builder, the React and Vue typings and the
// tests take what they need from here; adding a widget is a folder of the usual shape (src/<name>/ with
// register.ts, index.ts and <name>.ts) and its line in each of the two lists below.
//
// Everything else is derived from the tag: the folder is the tag without `smp-`, the loader's chunk is
// `chunks/<tag>.js`, the per-widget drop-in file `smp-<folder>.min.js`, the pre-rendered stylesheet
// `styles/<tag>.css`. The narrow breakpoint is the element's static `narrowBelow`, from its `.vocab.ts`.
// This module imports types only, so the loader can take the tags without any widget's code.
import type { ChecklistConfig, ChecklistEvents, SmpClinicChecklist } from './clinic-checklist/index.js';
import type { ComparisonConfig, ComparisonEvents, SmpGuaranteeComparison } from './guarantee-comparison/index.js';
import type { ExplainerConfig, ExplainerEvents, SmpTreatmentExplainer } from './treatment-explainer/index.js';

/** Every widget's tag, in the order pages, menus and docs list them. */
export const WIDGET_TAGS = ['smp-clinic-checklist', 'smp-guarantee-comparison', 'smp-treatment-explainer'] as const;

/** Each widget's element, config and event map, for the typings of frameworks. */
export interface WidgetTypes {
  'smp-clinic-checklist': { element: SmpClinicChecklist; config: ChecklistConfig; events: ChecklistEvents };
  'smp-guarantee-comparison': { element: SmpGuaranteeComparison; config: ComparisonConfig; events: ComparisonEvents };
  'smp-treatment-explainer': { element: SmpTreatmentExplainer; config: ExplainerConfig; events: ExplainerEvents };
}

export type WidgetTag = (typeof WIDGET_TAGS)[number];

// The two lists name the same widgets: a tag in one and not the other fails type-checking here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type IsTrue<T extends true> = T;
export type WidgetListsAgree = IsTrue<Same<WidgetTag, keyof WidgetTypes>>;

/** The folder under src/ (and dist/esm/) of a widget, and the name of its per-widget files. */
export const widgetFolder = (tag: WidgetTag) => tag.slice('smp-'.length);

/** Where the loader finds a widget's chunk, relative to itself. */
export const widgetChunk = (tag: string) => `./chunks/${tag}.js`;
