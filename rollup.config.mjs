import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import terser from '@rollup/plugin-terser';
import { minifyCssTemplates } from './scripts/css-minify.mjs';
import { writeIntegrityList } from './scripts/integrity.mjs';
import { jsonSchemas } from './scripts/json-schemas.mjs';
import { WIDGET_FOLDERS } from './scripts/widget-list.mjs';

// Types are stripped by esbuild; `tsc` type-checks and writes the .d.ts files (see package.json "build").
// The widgets' folders under src/, from the one widget list (src/widgets.ts).
const widgets = WIDGET_FOLDERS;

/** Ships the optional CSS that reserves space before the script has run. */
const reserveSpaceCss = {
  name: 'reserve-space-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'smp-reserve-space.css', source: readFileSync('src/reserve-space.css', 'utf8') });
  },
};

/**
 * Writes dist/styles/, the stylesheets pre-rendered widgets link, with the built server module (in a process
 * of its own: it registers the elements in Node).
 */
const prerenderStylesheets = {
  name: 'prerender-stylesheets',
  writeBundle() {
    execFileSync(process.execPath, ['dist/esm/server/cli.js', 'stylesheets', 'dist/styles'], { stdio: 'inherit' });
  },
};

/** One language pack per file in src/locales/ (British English is built in). */
const LOCALES = readdirSync('src/locales').map((file) => file.replace(/\.ts$/, ''));

/**
 * Language packs stay out of the drop-in files and load only when used, from `locales/` beside the file:
 * ES modules resolve `./locales/…` against their own URL; the classic script has no module URL, so it
 * keeps the `src` it was loaded from (document.currentScript, read while it runs) and resolves against that,
 * unless the page names each pack's address in `window.smpLocalePackUrls` (`{ es: 'https://…' }`), as a
 * host must where uploads get addresses of their own (a Discourse theme component).
 */
function localePacksBeside(folder = './locales/') {
  return {
    name: 'locale-packs-beside',
    resolveDynamicImport(specifier) {
      const match = typeof specifier === 'string' && /\/locales\/([\w-]+)\.js$/.exec(specifier);
      return match ? { id: `${folder}${match[1]}.js`, external: true } : null;
    },
    renderDynamicImport({ format }) {
      return format === 'iife' ? { left: 'import(__smpPackUrl(', right: '))' } : null;
    },
  };
}
const SCRIPT_BASE = [
  'var __smpScriptBase = (document.currentScript && document.currentScript.src) || document.baseURI;',
  'function __smpPackUrl(path) {',
  '  var urls = window.smpLocalePackUrls, name = path.replace(/^.*\\/|\\.js$/g, "");',
  '  return urls && typeof urls[name] === "string" ? new URL(urls[name], document.baseURI).href : new URL(path, __smpScriptBase).href;',
  '}',
].join('\n');

/**
 * Code only a server runs (a widget's `parts.server`, in `*.server.ts`) stays out of every file a browser loads:
 * its import becomes a promise of nothing, which a browser never asks for.
 */
const serverOnlyOut = {
  name: 'server-only-out',
  resolveDynamicImport: (specifier) => (typeof specifier === 'string' && /\.server\.js$/.test(specifier) ? { id: 'server-only', external: true } : null),
  renderDynamicImport: ({ targetModuleId }) => (targetModuleId === 'server-only' ? { left: 'Promise.resolve(', right: ')' } : null),
};

/**
 * CSS out of css`…` templates' layout; layout whitespace and comments out of html`…` templates, where runs of
 * spaces become one, never none, so text beside an expression keeps its space. CSS is left to minifyCssTemplates.
 */
function minifiedTemplates() {
  return [
    minifyCssTemplates(),
    // The server's own templates (src/server/) write tags from values, which the minifier cannot parse.
    minifyHtmlLiterals({ include: ['src/**/*.ts'], exclude: ['src/server/**'], failOnError: true, options: { shouldMinifyCSS: () => false, minifyOptions: { minifyCSS: false, conservativeCollapse: true, removeEmptyAttributes: false } } }),
  ];
}

/** Plugins of every minified file; `packs` is where the language packs are, seen from the file. */
function dropIn(packs) {
  return [
    serverOnlyOut,
    localePacksBeside(packs),
    resolve({ exportConditions: ['production'] }),
    ...minifiedTemplates(),
    esbuild({ target: 'es2022', legalComments: 'none', tsconfig: 'tsconfig.json' }),
    // Terser, not esbuild's minifier: measured 1.7 % smaller after gzip on the chunks a page fetches.
    terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  ];
}

/** Empties a folder before a build writes into it, so chunks of earlier builds (other hashes) never ship. */
function emptyFolder(folder) {
  return { name: 'empty-folder', buildStart: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Which shared chunk a module of the loader's chunks goes in; a widget's own modules stay with the widget. */
function sharedChunk(id) {
  // The limits of text lengths go with the schemas that check them (the shortlist, which uses them too, needs a config).
  if (/[\\/]node_modules[\\/]zod[\\/]|[\\/]src[\\/]core[\\/](config|check-problems|schema-parts|limits)\.ts$/.test(id)) return 'validator';
  // Loading a config from `src`: imported only by a widget that has one.
  if (/[\\/]src[\\/]core[\\/]remote-config\.ts$/.test(id)) return 'remote-config';
  // Following the page's dark mode (theme="site"): imported only by a widget with that theme.
  if (/[\\/]src[\\/]core[\\/]site-theme\.ts$/.test(id)) return 'site-theme';
  if (widgets.some((widget) => id.includes(`/src/${widget}/`))) return undefined;
  // Arrow keys in a grid or tab list, share links and printing one part: the explainer's and the shortlist's, not
  // the comparison's page.
  if (/[\\/]src[\\/]core[\\/](roving|share)\.ts$/.test(id)) return 'roving-share';
  // What some widgets share beyond the runtime (markup that follows the width, custom properties set from code,
  // plural forms) is a chunk of its own, so a page with a plain checklist does not fetch it.
  if (/[\\/]src[\\/]core[\\/](width|css-props|plural)\.ts$|[\\/]lit(-html)?[\\/]directive\.js$/.test(id)) return 'shared';
  // A part only one widget uses goes with that widget, so the others' pages do not fetch it.
  if (/[\\/]lit(-html)?[\\/]directives[\\/](repeat|class-map)\.js$|[\\/]lit-html[\\/]directive-helpers\.js$|[\\/]src[\\/]core[\\/]storage\.ts$/.test(id)) return undefined;
  return 'runtime';
}

/** Warnings about zod's own comments and import cycles are not ours to fix; everything else is shown. */
function onwarn(warning, warn) {
  const inDependency = (warning.id ?? warning.ids?.join() ?? '').includes('node_modules');
  if (inDependency && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
  warn(warning);
}

export default [
  {
    // For bundler users: one module per source file, lit and zod left to the app's own copies (the builder's CSV
    // parser, d3-dsv, goes with it). The modules that register elements (src/index.ts, src/*/index.ts) are listed
    // in package.json "sideEffects", which node-resolve also reads for our own sources: without them here,
    // index.js would not import them. src/builder/ is the embed builder; src/server/ is the pre-rendering API and
    // command for Node.
    input: ['src/index.ts', ...widgets.flatMap((w) => [`src/${w}/index.ts`, `src/${w}/${w}.ts`]), 'src/builder/index.ts', 'src/server/index.ts', 'src/server/cli.ts'],
    external: [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^zod(\/|$)/, /^parse5$/, /^node:/],
    onwarn,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    // Template text is minified as in the drop-in files (CSS, and layout whitespace in html`…`), so an app's bundler,
    // which minifies code but not the text of templates, gets the same templates; the code stays readable.
    plugins: [resolve(), ...minifiedTemplates(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), jsonSchemas(), prerenderStylesheets],
  },
  {
    // The drop-in file: a loader that imports a widget's chunk when its tag appears (src/loader.ts).
    input: 'src/loader.ts',
    onwarn,
    output: { file: 'dist/smp-widgets.min.js', format: 'es' },
    plugins: [...dropIn(), reserveSpaceCss],
  },
  {
    // What the loader imports: one module per widget, what they share in one runtime chunk, and the
    // validator (zod, core/config.ts and each widget's schema), imported only when a page gives a config.
    input: Object.fromEntries(widgets.map((widget) => [`smp-${widget}`, `src/${widget}/register.ts`])),
    onwarn,
    output: {
      dir: 'dist/chunks',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'smp-[name]-[hash].js',
      manualChunks: sharedChunk,
    },
    plugins: [emptyFolder('dist/chunks'), ...dropIn('../locales/')],
  },
  {
    // The same as a classic script, for sites that cannot add type="module".
    input: 'src/index.ts',
    onwarn,
    output: { file: 'dist/smp-widgets.iife.min.js', format: 'iife', name: 'SmpWidgets', intro: SCRIPT_BASE, inlineDynamicImports: true },
    plugins: dropIn(),
  },
  {
    // The language packs, loaded by the drop-in files when a widget uses that language.
    input: Object.fromEntries(LOCALES.map((locale) => [locale, `src/locales/${locale}.ts`])),
    onwarn,
    output: { dir: 'dist/locales', format: 'es', entryFileNames: '[name].js' },
    plugins: dropIn(),
  },
  {
    // The embed builder as one classic script, for the release folder: it opens from file:// as well.
    input: 'src/builder/index.ts',
    onwarn,
    output: { file: 'dist/smp-embed-builder.iife.min.js', format: 'iife', name: 'SmpEmbedBuilder', intro: SCRIPT_BASE, inlineDynamicImports: true },
    plugins: dropIn(),
  },
  // One drop-in file per widget, for pages that show one widget only. The last output also writes
  // dist/integrity.json, the hashes of every script file written before it (rollup builds the list in order).
  ...widgets.map((widget, index) => ({
    input: `src/${widget}/index.ts`,
    onwarn,
    output: { file: `dist/smp-${widget}.min.js`, format: 'es', inlineDynamicImports: true },
    plugins: [...dropIn(), ...(index === widgets.length - 1 ? [writeIntegrityList()] : [])],
  })),
];
