// The element, registered, with its types and schema for code that imports the package.
import './register.js';
import type { SmpClinicChecklist, ChecklistChangeDetail } from './clinic-checklist.js';

export { SmpClinicChecklist, type ChecklistChangeDetail } from './clinic-checklist.js';
export { checklistConfigSchema, type ChecklistConfig } from './clinic-checklist.schema.js';

declare global {
  interface HTMLElementTagNameMap {
    'smp-clinic-checklist': SmpClinicChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'smp-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
