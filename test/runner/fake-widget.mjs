import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

// A throw-away copy of the project with a fourth widget (test/fixtures/fake-widget/) added to src/ and its tag
// added to src/widgets.ts, and nothing else edited: built with the project's own rollup config, pre-rendered
// with the built command, and type-checked as a React app would use it. test/build/widget-list.test.ts reads
// the results and loads the built loader in a page (the copy is served under /tmp/fake-widget/).

const run = promisify(execFile);
export const FAKE_WIDGET_ROOT = 'tmp/fake-widget';
const COPIED = ['src', 'scripts', 'rollup.config.mjs', 'tsconfig.json', 'package.json', 'test/fixtures'];

/** src/widgets.ts with the fourth widget in both of its lists: the one edit adding a widget takes. */
function withFakeWidget(list) {
  const tags = list.replace("'smp-treatment-explainer'] as const", "'smp-treatment-explainer', 'smp-fake-widget'] as const");
  const types = tags.replace(
    /\n}\n/,
    "\n  'smp-fake-widget': { element: import('./fake-widget/index.js').SmpFakeWidget; config: import('./fake-widget/index.js').FakeConfig; events: import('./fake-widget/index.js').FakeEvents };\n}\n",
  );
  if (tags === list || types === tags) throw new Error('src/widgets.ts no longer has the shape this test edits');
  return types;
}

export async function buildWithFakeWidget() {
  const root = FAKE_WIDGET_ROOT;
  await rm(root, { recursive: true, force: true });
  for (const path of COPIED) await cp(path, join(root, path), { recursive: true });
  const fixture = 'test/fixtures/fake-widget';
  await mkdir(join(root, 'src/fake-widget'));
  for (const file of await readdir(fixture)) {
    await cp(join(fixture, file), file.endsWith('.tsx') ? join(root, file) : join(root, 'src/fake-widget', file));
  }
  const list = join(root, 'src/widgets.ts');
  await writeFile(list, withFakeWidget(await readFile(list, 'utf8')));

  const node = (args) => run(process.execPath, args, { cwd: root, maxBuffer: 1 << 26 });
  await node([join(process.cwd(), 'node_modules/rollup/dist/bin/rollup'), '-c', '--silent']);
  await writeFile(join(root, 'page.html'), '<!doctype html><p>Before</p><smp-fake-widget config=\'{"greeting":"Pre-rendered hello"}\'></smp-fake-widget>\n');
  const { stdout: prerendered } = await node(['dist/esm/server/cli.js', 'render', 'page.html']);
  await writeFile(join(root, 'tsconfig.usage.json'), JSON.stringify({ extends: './tsconfig.json', include: ['usage.tsx'] }));
  const typeErrors = await node([join(process.cwd(), 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.usage.json'])
    .then(() => '')
    .catch((error) => `${error.stdout}${error.stderr}`);
  const stylesheets = await readdir(join(root, 'dist/styles'));
  return { prerendered, typeErrors, stylesheets };
}

// The build takes longer than the test runner waits for one command's answer (20 s) on a busy machine: the test
// starts it with one command and asks for its result with another, each answered within a few seconds.
let building;

/** Starts the build, once per test run. */
export function startFakeWidgetBuild() {
  building ??= buildWithFakeWidget().catch((error) => ({ error: error instanceof Error ? error.message : String(error) }));
  return true;
}

/** The build's result, or `{ pending: true }` if it is still running after a few seconds. */
export function fakeWidgetResult() {
  return Promise.race([building ?? Promise.resolve({ error: 'the build was not started' }), new Promise((resolve) => setTimeout(() => resolve({ pending: true }), 3000))]);
}
