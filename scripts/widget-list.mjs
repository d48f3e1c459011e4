import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

// The widget list of src/widgets.ts, for the Node scripts and configs that cannot import TypeScript: the build,
// the test runner, the benchmark and the release scripts read the tags from here.

const source = transformSync(readFileSync(new URL('../src/widgets.ts', import.meta.url), 'utf8'), { loader: 'ts', format: 'esm' }).code;
const list = await import(`data:text/javascript,${encodeURIComponent(source)}`);

/** Every widget's tag (`smp-clinic-checklist`, …). */
export const WIDGET_TAGS = list.WIDGET_TAGS;
/** Every widget's folder under src/ (`clinic-checklist`, …), in the same order. */
export const WIDGET_FOLDERS = WIDGET_TAGS.map(list.widgetFolder);
