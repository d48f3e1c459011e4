// Pre-rendering for Node: see the README's "Pre-rendering" section.
export { prerenderPage, renderWidget, stylesheetFor, WIDGET_TAGS, type PrerenderOptions, type WidgetAttributes, type WidgetTag } from './render.js';
