import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { BUILDER_SCRIPT, integrityList } from './integrity.mjs';
import { pluginTranslations } from './wordpress-i18n.mjs';
import { xenforoBbCodesFile } from './xenforo-bb-codes.mjs';

// `npm run release` writes two zips into release/:
// - smp-widgets-<version>.zip, the folder a site owner uploads to self-host the widgets: the drop-in files,
//   the chunks the loader imports, the language packs, the optional CSS, the stylesheets pre-rendered
//   widgets link (styles/), the config schemas, the embed builder (a page that opens without npm, even from disk) and README.txt with the snippet and integrity hashes;
// - smp-clinic-widgets-wordpress-<version>.zip, the WordPress plugin (platforms/wordpress/) with the
//   classic script, its language packs and the builder in its assets/ folder;
// - smp-clinic-widgets-discourse-<version>.zip, the Discourse theme component (platforms/discourse/) with
//   the classic script and each language pack as theme assets;
// - smp-clinic-widgets-xenforo-bb-codes-<version>.xml, the XenForo BB codes to import
//   (scripts/xenforo-bb-codes.mjs).
// The file lists come from what the build wrote to dist/ (run `npm run build` first).

const FOLDER = 'smp-widgets';
const PLUGIN = 'smp-clinic-widgets';

/** Every file under `dir`, as paths relative to it, in a stable order. */
async function filesUnder(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** Which built files go into the folder: the browser files, not the package's ES modules or manifests. */
function shipped(path) {
  return /^[^/]+\.(js|css)$/.test(path) || /^(locales|chunks)\/[^/]+\.js$/.test(path) || /^styles\/[^/]+\.css$/.test(path) || /^schema\/[^/]+\.json$/.test(path);
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function builderPage(version, integrity, css) {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>SMP clinic widgets ${version}: embed builder</title>
<style>
${css}
</style>
<script type="application/json" id="smp-integrity">${escapeHtml(JSON.stringify(integrity))}</script>
<script src="${BUILDER_SCRIPT}" defer></script>
</head>
<body>
<main>
<h1>Embed builder</h1>
<p>Pick a widget, fill in the form, check the preview, then copy the snippet into your page. The snippet expects this
folder on your site at the address you give under “Where the script lives”. Opened from your disk, this page shows
the preview in English only; on a web server every language works.</p>
<smp-embed-builder script-base="./"></smp-embed-builder>
</main>
</body>
</html>
`;
}

/** An import map that makes the browser check each chunk the loader imports (Chromium 127 and later). */
export function importMapFor(integrity, base = '/smp-widgets/') {
  const chunks = Object.entries(integrity).filter(([path]) => path.startsWith('chunks/'));
  return JSON.stringify({ integrity: Object.fromEntries(chunks.map(([path, hash]) => [`${base}${path}`, hash])) }, null, 2);
}

function readme(version, integrity) {
  const hashes = Object.entries(integrity)
    .map(([file, hash]) => `  ${file}\n    ${hash}`)
    .join('\n');
  const importMap = importMapFor(integrity).replace(/^/gm, '  ');
  return `SMP clinic widgets ${version}: the folder to upload for self-hosting

1. Upload this whole smp-widgets folder to your site, for example so that
   https://your-site.example/smp-widgets/smp-widgets.min.js opens.
2. Open builder.html (from your site, or from your disk) and make your widget.
3. Copy its snippet into your page: a Custom HTML block in WordPress, a theme
   template, or any page that accepts HTML.

The snippet looks like this:

  <script type="module" src="/smp-widgets/smp-widgets.min.js"
    integrity="${integrity['smp-widgets.min.js']}" crossorigin="anonymous"></script>
  <smp-clinic-checklist>
    Ask to see healed results at least 3 months old, get the guarantee in
    writing and find out which technician will treat you.
  </smp-clinic-checklist>

The text between the tags is what readers see if the script cannot run.
Where a CMS takes only plain script tags, use smp-widgets.iife.min.js with
"defer" instead of type="module".

Subresource Integrity (sha384) of each script in this folder:

${hashes}

smp-widgets.min.js is a small loader: it imports the chunks/ files a page
needs, with import(), which the integrity attribute above does not cover.
A site that verifies every byte lists the chunks in an import map placed
before the loader (Chromium 127 and later check it; other browsers ignore it).
Under a Content-Security-Policy an inline import map needs the policy's nonce
or hash; self-hosting this folder on your own origin is the other way:

  <script type="importmap">
${importMap}
  </script>

A widget in another language than English also loads its language pack from
locales/ beside the script. Those files load with import(), which the browser
cannot check against an integrity hash: keep the locales folder on your own
site, beside the script, as uploaded.

General information, not medical advice: every widget says so on screen.
`;
}

/** Writes `smp-widgets-<version>.zip` into `outDir` from `dist/`; returns its path and the files it holds. */
export async function writeRelease({ projectDir = process.cwd(), outDir = join(projectDir, 'release') } = {}) {
  const { version } = JSON.parse(await readFile(join(projectDir, 'package.json'), 'utf8'));
  const dist = join(projectDir, 'dist');
  const files = {};
  for (const path of (await filesUnder(dist)).filter(shipped)) files[path] = await readFile(join(dist, path));
  if (!files['smp-widgets.min.js'] || !files[BUILDER_SCRIPT]) throw new Error('dist/ is incomplete: run "npm run build" first.');

  const integrity = integrityList(files);
  const css = await readFile(join(projectDir, 'demo', 'demo.css'), 'utf8');
  files['builder.html'] = new TextEncoder().encode(builderPage(version, integrity, css));
  files['README.txt'] = new TextEncoder().encode(readme(version, integrity));
  files['LICENSE.txt'] = await readFile(join(projectDir, 'LICENSE'));

  await mkdir(outDir, { recursive: true });
  const zipPath = join(outDir, `${FOLDER}-${version}.zip`);
  const bytes = await writeZip(zipPath, FOLDER, files);
  const plugin = await writePlatform(projectDir, outDir, version, files, 'wordpress');
  const discourse = await writePlatform(projectDir, outDir, version, files, 'discourse');
  const xenforoPath = join(outDir, `${PLUGIN}-xenforo-bb-codes-${version}.xml`);
  await writeFile(xenforoPath, await xenforoBbCodesFile(projectDir));
  return { zipPath, files: Object.keys(files).sort(), integrity, bytes, plugin, discourse, xenforoPath };
}

const MTIME = new Date('2026-01-01T00:00:00Z');

/** Writes `files` under `folder/` into a zip at `path`; returns its size. */
async function writeZip(path, folder, files) {
  const zip = zipSync(Object.fromEntries(Object.entries(files).map(([name, bytes]) => [`${folder}/${name}`, bytes])), { level: 9, mtime: MTIME });
  await writeFile(path, zip);
  return zip.byteLength;
}

/** What each platform package serves from the self-hosting folder, in its assets/ folder. */
const CLASSIC = (path) => path === 'smp-widgets.iife.min.js' || path.startsWith('locales/');
const PLATFORMS = {
  // The plugin's pages load the loader and its chunks (a page pays for the widgets it shows); the editor previews
  // with the classic script; the plugin also serves the builder, linked from the block's sidebar and the settings page.
  wordpress: (path) => CLASSIC(path) || path === 'smp-widgets.min.js' || path.startsWith('chunks/') || path === 'builder.html' || path === BUILDER_SCRIPT,
  discourse: CLASSIC,
};

/** What the plugin's minified scripts are built from, shipped in its source/ folder: `npm ci && npx rollup -c` there rebuilds dist/. */
const BUILD_FILES = ['package.json', 'package-lock.json', 'rollup.config.mjs', 'tsconfig.json', 'scripts/css-minify.mjs', 'scripts/integrity.mjs', 'scripts/json-schemas.mjs', 'test/fixtures/checklist-example.json', 'test/fixtures/guarantees.json'];

async function buildSources(projectDir) {
  const files = {};
  for (const path of [...BUILD_FILES, ...(await filesUnder(join(projectDir, 'src'))).map((path) => `src/${path}`)]) files[`source/${path}`] = await readFile(join(projectDir, path));
  return files;
}

/** A platform package: its own files from platforms/<platform>/, and its assets from the self-hosting folder. */
async function writePlatform(projectDir, outDir, version, release, platform) {
  const source = join(projectDir, 'platforms', platform, PLUGIN);
  const files = {};
  for (const path of await filesUnder(source)) files[path] = await readFile(join(source, path));
  for (const [path, bytes] of Object.entries(release)) if (PLATFORMS[platform](path)) files[`assets/${path}`] = bytes;
  if (platform === 'wordpress') {
    // The plugin directory asks for the human-readable source of minified scripts.
    Object.assign(files, await buildSources(projectDir));
    // The .pot, and the .mo and editor JSON made from each hand-written .po (scripts/wordpress-i18n.mjs).
    Object.assign(files, await pluginTranslations(source, version));
  }
  files['LICENSE.txt'] = release['LICENSE.txt'];
  if (files['about.json']) {
    const declared = Object.values(JSON.parse(new TextDecoder().decode(files['about.json'])).assets);
    const missing = declared.filter((path) => !files[path]);
    if (missing.length) throw new Error(`about.json names assets the build did not write: ${missing.join(', ')}`);
  }
  const zipPath = join(outDir, `${PLUGIN}-${platform}-${version}.zip`);
  const bytes = await writeZip(zipPath, PLUGIN, files);
  return { zipPath, files: Object.keys(files).sort(), bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const { zipPath, files, bytes, plugin, discourse, xenforoPath } = await writeRelease();
    console.log(`Wrote ${relative(process.cwd(), zipPath)}: ${files.length} files, ${(bytes / 1024).toFixed(0)} KB.`);
    console.log(`Wrote ${relative(process.cwd(), plugin.zipPath)}: ${plugin.files.length} files, ${(plugin.bytes / 1024).toFixed(0)} KB.`);
    console.log(`Wrote ${relative(process.cwd(), discourse.zipPath)}: ${discourse.files.length} files, ${(discourse.bytes / 1024).toFixed(0)} KB.`);
    console.log(`Wrote ${relative(process.cwd(), xenforoPath)}.`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
