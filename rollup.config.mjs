import { readFileSync } from 'node:fs';
import resolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { jsonSchemas } from './schema.config.mjs';

// Types are stripped by esbuild; `tsc` type-checks and writes the .d.ts files (see package.json "build").
const widgets = ['clinic-checklist', 'guarantee-comparison', 'treatment-explainer'];

/** Ships the optional CSS that reserves space before the script has run. */
const reserveSpaceCss = {
  name: 'reserve-space-css',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: 'smp-reserve-space.css', source: readFileSync('src/reserve-space.css', 'utf8') });
  },
};

/** Plugins of every self-contained, minified file. */
function dropIn() {
  return [
    resolve({ exportConditions: ['production'] }),
    esbuild({ target: 'es2022', minify: true, legalComments: 'none', tsconfig: 'tsconfig.json' }),
  ];
}

/** Warnings about zod's own comments and import cycles are not ours to fix; everything else is shown. */
function onwarn(warning, warn) {
  const inDependency = (warning.id ?? warning.ids?.join() ?? '').includes('node_modules');
  if (inDependency && ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code)) return;
  warn(warning);
}

export default [
  {
    // For bundler users: one module per source file, lit and zod left to the app's own copies.
    input: ['src/index.ts', ...widgets.flatMap((w) => [`src/${w}/index.ts`, `src/${w}/${w}.ts`])],
    external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/],
    onwarn,
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src' },
    plugins: [resolve(), esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }), jsonSchemas()],
  },
  {
    // The drop-in file: everything inlined, no static imports, registers every element.
    input: 'src/index.ts',
    onwarn,
    output: { file: 'dist/smp-widgets.min.js', format: 'es' },
    plugins: [...dropIn(), reserveSpaceCss],
  },
  {
    // The same as a classic script, for sites that cannot add type="module".
    input: 'src/index.ts',
    onwarn,
    output: { file: 'dist/smp-widgets.iife.min.js', format: 'iife', name: 'SmpWidgets' },
    plugins: dropIn(),
  },
  // One drop-in file per widget, for pages that show one widget only.
  ...widgets.map((widget) => ({
    input: `src/${widget}/index.ts`,
    onwarn,
    output: { file: `dist/smp-${widget}.min.js`, format: 'es' },
    plugins: dropIn(),
  })),
];
