// An Eleventy site whose pages ship the widgets pre-rendered: readers see them before the script arrives,
// and without JavaScript. Build it with `npx @11ty/eleventy --config=demo/eleventy/eleventy.config.mjs`.
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerenderPage } from 'smp-clinic-widgets/server';

/**
 * The address of the site's smp-widgets/ folder, where the package's browser files are copied; set
 * SMP_WIDGETS_PATH when the site is served under a sub-path (e.g. /blog/smp-widgets/).
 */
const WIDGETS = process.env.SMP_WIDGETS_PATH ?? '/smp-widgets/';
/** The package's browser files: the loader, its chunks and language packs, the pre-rendered stylesheets. */
const dist = dirname(fileURLToPath(import.meta.resolve('smp-clinic-widgets/smp-widgets.min.js')));
/** This example's folder, as Eleventy wants it: relative to where it runs. */
const here = relative(process.cwd(), dirname(fileURLToPath(import.meta.url))) || '.';

export default function (eleventyConfig) {
  eleventyConfig.addGlobalData('widgets', WIDGETS);
  // Every HTML page, once Eleventy has written it: each widget's shadow root is filled in.
  eleventyConfig.addTransform('smp-widgets', function (content) {
    if (!this.page.outputPath || !this.page.outputPath.endsWith('.html')) return content;
    return prerenderPage(content, { stylesheets: `${WIDGETS}styles/` });
  });
  eleventyConfig.addPassthroughCopy({
    [`${dist}/smp-widgets.min.js`]: 'smp-widgets/smp-widgets.min.js',
    [`${dist}/chunks`]: 'smp-widgets/chunks',
    [`${dist}/locales`]: 'smp-widgets/locales',
    [`${dist}/styles`]: 'smp-widgets/styles',
  });
  // The pages are in this folder; Eleventy writes the site to _site/ where it runs.
  return { dir: { input: `${here}/pages` } };
}
