import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { writeRelease } from './release.mjs';
import { WIDGET_FOLDERS as WIDGETS } from './widget-list.mjs';

// The size figures of the README and the docs pages, worked out from what `npm run build` and `npm run release`
// produce: each sits in a page between `<!-- size:<key> -->` and `<!-- /size -->`. `node scripts/doc-sizes.mjs`
// writes them (`npm run sizes` and `npm run release` run it); test/build/doc-sizes.test.ts fails when one differs
// from the build. KB of 1,024 bytes, minified, gzip at level 9 as the bench counts.

const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (bytes, digits = 1) => `${(bytes / 1024).toFixed(digits)} KB`;
const num = (bytes) => (bytes / 1024).toFixed(1);
const range = (values) => (Math.min(...values) === Math.max(...values) ? num(values[0]) : `${num(Math.min(...values))}–${num(Math.max(...values))}`);

/** The figures, by key: from dist/ (run the build first), and from a release written into a temporary folder. */
export async function sizeFigures(projectDir = process.cwd()) {
  const dist = join(projectDir, 'dist');
  const chunkNames = await readdir(join(dist, 'chunks'));
  const read = (path) => readFile(join(dist, path));
  const chunk = (prefix) => {
    const name = chunkNames.find((file) => file.startsWith(prefix));
    if (!name) throw new Error(`dist/chunks has no ${prefix}…: run the build first`);
    return `chunks/${name}`;
  };
  const both = async (path) => {
    const bytes = await read(path);
    return `${kb(bytes.length)} / ${kb(gzip(bytes))}`;
  };
  const gzips = async (paths) => Promise.all(paths.map(async (path) => gzip(await read(path))));

  /** A file and every chunk it imports statically, once each. */
  const closure = async (paths, seen = new Set()) => {
    for (const path of paths) {
      if (seen.has(path)) continue;
      seen.add(path);
      const code = (await read(path)).toString();
      const imported = [...code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([\w.-]+\.js)["']/g)].map((match) => `chunks/${match[1]}`);
      await closure(imported, seen);
    }
    return seen;
  };
  const pageBytes = async (paths) => (await gzips([...(await closure(paths))])).reduce((sum, size) => sum + size, 0);

  const widgetChunks = WIDGETS.map((widget) => `chunks/smp-${widget}.js`);
  const builtIn = WIDGETS.map((widget) => chunk(`smp-${widget}.built-in-`));
  const schemas = WIDGETS.map((widget) => chunk(`smp-${widget}.schema-`));
  const locales = (await readdir(join(dist, 'locales'))).map((file) => `locales/${file}`);
  const checklistPage = ['chunks/smp-clinic-checklist.js', chunk('smp-clinic-checklist.built-in-')];

  const outDir = await mkdtemp(join(tmpdir(), 'smp-sizes-'));
  try {
    const { zipPath, bytes: zipBytes } = await writeRelease({ projectDir, outDir });
    const zip = unzipSync(new Uint8Array(await readFile(zipPath)));
    const builder = [zip['smp-widgets/builder.html'], zip['smp-widgets/smp-embed-builder.iife.min.js']];
    const builderMin = builder.reduce((sum, bytes) => sum + bytes.length, 0);
    const builderGzip = builder.reduce((sum, bytes) => sum + gzip(bytes), 0);
    const loader = gzip(await read('smp-widgets.min.js'));
    return {
      zip: kb(zipBytes, 0),
      loader: await both('smp-widgets.min.js'),
      'widget-chunks': `${(await gzips(widgetChunks)).map(num).join(' / ')} KB gzip`,
      'built-in': `${(await gzips(builtIn)).map(num).join(' / ')} KB gzip`,
      runtime: await both(chunk('smp-runtime-')),
      shared: await both(chunk('smp-shared-')),
      roving: await both(chunk('smp-roving-share-')),
      'site-theme': await both(chunk('smp-site-theme-')),
      shortlist: await both(chunk('smp-clinic-checklist.shortlist-')),
      'remote-config': await both(chunk('smp-remote-config-')),
      validator: `${kb(gzip(await read(chunk('smp-validator-'))))} + ${range(await gzips(schemas))} KB gzip`,
      iife: await both('smp-widgets.iife.min.js'),
      ...Object.fromEntries(await Promise.all(WIDGETS.map(async (widget) => [`file-${widget}`, await both(`smp-${widget}.min.js`)]))),
      locales: `${range(await gzips(locales))} KB gzip`,
      'reserve-space': kb((await read('smp-reserve-space.css')).length),
      builder: `${kb(builderMin)} / ${kb(builderGzip)}`,
      'page-checklist': `${kb(loader + (await pageBytes(checklistPage)))} gzip`,
      'page-checklist-config': kb(loader + (await pageBytes([...checklistPage, chunk('smp-validator-'), chunk('smp-clinic-checklist.schema-')]))),
    };
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

const MARKED = /<!-- size:([\w-]+) -->(.*?)<!-- \/size -->/g;

/** The pages that may hold size figures: the README and every page of docs/, as paths from the project. */
export async function pagePaths(projectDir = process.cwd()) {
  const docs = (await readdir(join(projectDir, 'docs'))).filter((file) => file.endsWith('.md')).sort();
  return ['README.md', ...docs.map((file) => `docs/${file}`)];
}

/** The figures a page gives now (a key may appear more than once, always with one value). */
export function pageFigures(text) {
  return [...text.matchAll(MARKED)].map(([, key, value]) => ({ key, value }));
}

/** The figures every page gives now, each with the page it is on. */
export async function docFigures(projectDir = process.cwd()) {
  const figures = [];
  for (const page of await pagePaths(projectDir)) {
    for (const figure of pageFigures(await readFile(join(projectDir, page), 'utf8'))) figures.push({ page, ...figure });
  }
  return figures;
}

/** The page with every marked figure written from `figures`; throws on a key it does not know. */
export function withFigures(text, figures, page = 'A page') {
  return text.replace(MARKED, (_, key) => {
    if (!(key in figures)) throw new Error(`${page} names a size "${key}" that scripts/doc-sizes.mjs does not work out`);
    return `<!-- size:${key} -->${figures[key]}<!-- /size -->`;
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const figures = await sizeFigures();
  for (const page of await pagePaths()) {
    const path = join(process.cwd(), page);
    const text = await readFile(path, 'utf8');
    const next = withFigures(text, figures, page);
    if (next === text) continue;
    await writeFile(path, next);
    console.log(`${page}: sizes written from the build.`);
  }
  console.log('Size figures are those of the build.');
}
