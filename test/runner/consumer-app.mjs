import { execFile, spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { WIDGET_FOLDERS as WIDGETS, WIDGET_TAGS as TAGS } from '../../scripts/widget-list.mjs';

// The package as a user meets it: `npm pack`, the tarball installed into a new app with `npm install
// --offline` (lit and zod come from npm's cache, filled by `npm ci`), each public entry imported in Node,
// and an app file per entry bundled with esbuild for the browser. Run from the project folder.

const run = promisify(execFile);


/** Each public entry by the name of its app file. What each must register is for the tests to say. */
const ENTRIES = {
  main: 'smp-clinic-widgets',
  ...Object.fromEntries(
    WIDGETS.flatMap((widget) => [
      [widget, `smp-clinic-widgets/${widget}`],
      [`${widget}-element`, `smp-clinic-widgets/${widget}/element`],
      [`${widget}-schema`, `smp-clinic-widgets/${widget}/schema`],
    ]),
  ),
};

/** The app's code for one entry: import it, and keep what it exports so the bundler cannot drop it. */
const appSource = (specifier) => `import * as widgets from '${specifier}';\nwindow.smpExports = widgets;\n`;

/**
 * The app's lockfile: the tarball, and lit, zod and what they need at the versions the project's own
 * lockfile pins. With it `npm install --offline` takes every package from npm's cache; without it npm would
 * ask the registry which versions exist.
 */
async function appLockfile(projectDir, tarball) {
  const project = JSON.parse(await readFile(join(projectDir, 'package-lock.json'), 'utf8'));
  const { name, version, dependencies, bin, peerDependencies, peerDependenciesMeta } = project.packages[''];
  const packages = {
    '': { name: 'consumer-app', dependencies: { [name]: `file:${tarball.filename}` } },
    // As npm writes it for a package from the registry: its command (bin) is linked into node_modules/.bin.
    [`node_modules/${name}`]: { version, resolved: `file:${tarball.filename}`, integrity: tarball.integrity, dependencies, bin, peerDependencies, peerDependenciesMeta },
  };
  const pending = Object.keys(dependencies);
  while (pending.length) {
    const key = `node_modules/${pending.pop()}`;
    if (packages[key]) continue;
    const entry = project.packages[key];
    if (!entry) throw new Error(`${key} is not in package-lock.json at the top level`);
    packages[key] = entry;
    pending.push(...Object.keys(entry.dependencies ?? {}));
  }
  return { name: 'consumer-app', lockfileVersion: 3, requires: true, packages };
}

/**
 * Which of the three tags a fresh Node process has registered after importing the entry. Each registered
 * element is also taken through what a server renderer (Lit's SSR) calls, with no DOM: the constructor,
 * willUpdate and render.
 */
async function tagsInNode(appDir, specifier) {
  const script = `await import(${JSON.stringify(specifier)});
    const tags = ${JSON.stringify(TAGS)}.filter((tag) => globalThis.customElements?.get(tag));
    for (const tag of tags) {
      const el = new (customElements.get(tag))();
      el.willUpdate(new Map());
      el.render();
    }
    console.log(JSON.stringify(tags));`;
  try {
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: appDir });
    return { tags: JSON.parse(stdout.trim().split('\n').pop()) };
  } catch (error) {
    return { tags: [], error: String(error.stderr || error.message).split('\n').slice(0, 5).join('\n') };
  }
}

/**
 * Packs the project, installs it into a new app under the system's temporary folder and bundles one file
 * per entry into `<app>/out/<entry>.js` (with language packs split into chunks, as an app's bundler does).
 * Returns the app folder and, for each entry, its specifier, the size of its bundle and the tags a Node
 * process had registered after importing it.
 */
export async function buildConsumerApp(projectDir = process.cwd()) {
  const appDir = await mkdtemp(join(tmpdir(), 'smp-consumer-'));
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', appDir], { cwd: projectDir });
  const tarball = JSON.parse(stdout)[0];
  const lockfile = await appLockfile(projectDir, tarball);
  const manifest = { name: 'consumer-app', private: true, type: 'module', dependencies: lockfile.packages[''].dependencies };
  await writeFile(join(appDir, 'package.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(appDir, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
  await run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd: appDir });

  await mkdir(join(appDir, 'src'));
  for (const [name, specifier] of Object.entries(ENTRIES)) await writeFile(join(appDir, 'src', `${name}.js`), appSource(specifier));
  await build({
    absWorkingDir: appDir,
    entryPoints: Object.keys(ENTRIES).map((name) => `src/${name}.js`),
    outdir: 'out',
    bundle: true,
    splitting: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
  });

  const entries = {};
  for (const [name, specifier] of Object.entries(ENTRIES)) {
    const bytes = (await stat(join(appDir, 'out', `${name}.js`))).size;
    entries[name] = { specifier, bytes, node: await tagsInNode(appDir, specifier) };
  }
  // The pre-rendering command, installed without its optional peers (@lit-labs/ssr, parse5).
  const cli = spawnSync(join(appDir, 'node_modules', '.bin', 'smp-widgets'), ['render', '-'], { cwd: appDir, input: '<p></p>', encoding: 'utf8' });
  return { appDir, entries, command: { status: cli.status, stderr: cli.stderr } };
}

export async function removeConsumerApp(appDir) {
  await rm(appDir, { recursive: true, force: true });
}

// `node test/runner/consumer-app.mjs` prints what it found, for a look by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const app = await buildConsumerApp();
  console.log(JSON.stringify(app, null, 2));
  await removeConsumerApp(app.appDir);
}
