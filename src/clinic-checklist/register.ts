// Registers <smp-clinic-checklist>. The loader's chunk for this widget starts here: the schema (and zod) stay out of it.
import { defineElement } from '../core/define.js';
import { SmpClinicChecklist } from './clinic-checklist.js';

defineElement('smp-clinic-checklist', SmpClinicChecklist);
