// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { CustomEvents } from '../core/events.js';
import type { SmpClinicChecklist, ChecklistEvents } from './clinic-checklist.js';

export { SmpClinicChecklist, type ChecklistChangeDetail, type ChecklistEvents } from './clinic-checklist.js';
export { checklistConfigSchema, type ChecklistConfig } from './clinic-checklist.schema.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-clinic-checklist': SmpClinicChecklist;
  }
  // Typed addEventListener, from the event map where each name is written once.
  interface GlobalEventHandlersEventMap extends CustomEvents<ChecklistEvents> {}
}
