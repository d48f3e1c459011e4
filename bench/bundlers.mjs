// What an app's page pays when the app imports the package and bundles it itself, measured for `npm run bench`:
// the package packed and installed into a new app (test/runner/consumer-app.mjs), an app file that imports the
// checklist, bundled three ways: esbuild with --splitting, rollup (which splits dynamic imports by default), and
// esbuild without splitting (what a bundler that cannot split gives). Each output is served and loaded with one
// checklist on built-in content, and every script the browser fetched is counted (gzip -9), as for the loader's pages.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { buildConsumerApp, removeConsumerApp } from '../test/runner/consumer-app.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
/** Served by the bench's static server, which serves the repository (git ignores it). */
const OUT = 'bench/.bundlers';

/** Words only a language pack holds, and words only the shortlist mode holds (ASCII, which every minifier writes as it is): neither may be in what the page fetched. */
const LAZY_WORDS = { 'the Spanish pack': 'Este widget no pudo mostrar su contenido', 'the shortlist mode': 'is already on your shortlist' };

const BUNDLERS = {
  'esbuild --splitting': (app, out) => build({ absWorkingDir: app, entryPoints: { app: 'src/app.js' }, outdir: out, bundle: true, splitting: true, minify: true, format: 'esm', platform: 'browser', logLevel: 'silent' }),
  rollup: async (app, out) => {
    const bundle = await rollup({ input: join(app, 'src/app.js'), plugins: [resolve({ rootDir: app, browser: true, exportConditions: ['production'] })], logLevel: 'silent' });
    await bundle.write({ dir: out, format: 'es', plugins: [terser({ module: true, format: { comments: false } })] });
    await bundle.close();
  },
  'esbuild without splitting': (app, out) => build({ absWorkingDir: app, entryPoints: { app: 'src/app.js' }, outdir: out, bundle: true, minify: true, format: 'esm', platform: 'browser', logLevel: 'silent' }),
};

/** Builds the app each way into bench/.bundlers/<n>/; returns, per bundler, its folder and the files it wrote. */
export async function buildBundlerApps() {
  const { appDir } = await buildConsumerApp(ROOT);
  try {
    await writeFile(join(appDir, 'src/app.js'), "import 'smp-clinic-widgets/clinic-checklist';\n");
    await rm(join(ROOT, OUT), { recursive: true, force: true });
    const apps = [];
    for (const [index, [name, bundle]] of Object.entries(BUNDLERS).entries()) {
      const folder = `${OUT}/${index}`;
      await mkdir(join(ROOT, folder), { recursive: true });
      await bundle(appDir, join(ROOT, folder));
      const files = {};
      for (const file of await readdir(join(ROOT, folder))) files[file] = await readFile(join(ROOT, folder, file), 'utf8');
      apps.push({ name, folder, files });
    }
    return apps;
  } finally {
    await removeConsumerApp(appDir);
  }
}

/** The page of one built app: one checklist on built-in content, its script a module, as an app's page has it. */
export function bundlerPageHtml(path, apps) {
  const match = /^\/bench\/bundler\/(\d+)$/.exec(path);
  const app = match && apps[Number(match[1])];
  if (!app) return undefined;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script type="module" src="/${app.folder}/app.js"></script></head><body><smp-clinic-checklist></smp-clinic-checklist></body></html>`;
}

/**
 * For each app: the scripts its page fetched (gzip -9 each), their total, the minified size of everything the
 * bundler wrote, and whether the words of a language pack and of the shortlist mode stayed out of what was fetched
 * (and are in the output, so that they are somewhere to be fetched when needed).
 */
export async function bundlerPageBytes(browser, port, apps) {
  const result = [];
  for (const [index, app] of apps.entries()) {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text().then((body) => [new URL(response.url()).pathname.split('/').pop(), body]));
    });
    await page.goto(`http://127.0.0.1:${port}/bench/bundler/${index}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('smp-clinic-checklist')?.shadowRoot?.querySelector('.widget'));
    const fetched = await Promise.all(scripts);
    await page.close();
    const all = Object.values(app.files).join('\n');
    const apart = Object.fromEntries(Object.entries(LAZY_WORDS).map(([what, words]) => [what, all.includes(words) && !fetched.some(([, body]) => body.includes(words))]));
    result.push({
      name: app.name,
      files: fetched.map(([file, body]) => [file, gzipSync(body, { level: 9 }).length]),
      gzip: fetched.reduce((sum, [, body]) => sum + gzipSync(body, { level: 9 }).length, 0),
      written: Object.values(app.files).reduce((sum, text) => sum + Buffer.byteLength(text), 0),
      apart,
    });
  }
  return result;
}
