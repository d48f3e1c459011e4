// Registers every widget. Import a widget's own folder (e.g. `smp-clinic-widgets/clinic-checklist`) to load one only.
export * from './clinic-checklist/index.js';
export * from './guarantee-comparison/index.js';
export * from './treatment-explainer/index.js';
export { ALLOWED_LINK_SCHEMES } from './core/links.js';
export { VERSION } from './core/version.js';
