// Registers <smp-guarantee-comparison>. The loader's chunk for this widget starts here: the schema (and zod) stay out of it.
import { defineElement } from '../core/define.js';
import { SmpGuaranteeComparison } from './guarantee-comparison.js';

defineElement('smp-guarantee-comparison', SmpGuaranteeComparison);
