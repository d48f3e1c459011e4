// The element, registered, with its types for code that imports the package (the schema: `./schema`).
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpClinicChecklist, ChecklistEvents } from './clinic-checklist.js';

export { SmpClinicChecklist, type ChecklistChangeDetail, type ChecklistEvents } from './clinic-checklist.js';
// The schema itself (and zod with it) is its own entry, `smp-clinic-widgets/clinic-checklist/schema`: a bundler keeps what an
// entry re-exports, so an app that only shows the widget would carry the validator on every page.
export type { ChecklistConfig } from './clinic-checklist.schema.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-clinic-checklist': SmpClinicChecklist;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ChecklistEvents> {}
}
