// Registers <smp-treatment-explainer>. The loader's chunk for this widget starts here: the schema (and zod) stay out of it.
import { defineElement } from '../core/define.js';
import { SmpTreatmentExplainer } from './treatment-explainer.js';

defineElement('smp-treatment-explainer', SmpTreatmentExplainer);
