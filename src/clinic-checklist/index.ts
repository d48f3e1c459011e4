import { defineElement } from '../core/define.js';
import { SmpClinicChecklist, type ChecklistChangeDetail } from './clinic-checklist.js';

export { SmpClinicChecklist, type ChecklistChangeDetail } from './clinic-checklist.js';
export { checklistConfigSchema, type ChecklistConfig } from './clinic-checklist.schema.js';

defineElement('smp-clinic-checklist', SmpClinicChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'smp-clinic-checklist': SmpClinicChecklist;
  }
  interface GlobalEventHandlersEventMap {
    'smp-checklist-change': CustomEvent<ChecklistChangeDetail>;
  }
}
