import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { defaultReporter } from '@web/test-runner';
import { randomBytes } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { load as loadYaml } from 'js-yaml';
import picomatch from 'picomatch';
import { buildConsumerApp, removeConsumerApp } from './test/runner/consumer-app.mjs';
import { openFromDisk, removeRelease, unpackRelease } from './test/runner/release-check.mjs';
import { checkStartScript } from './test/runner/start-script.mjs';
import { sourceImports } from './test/runner/source-imports.mjs';
import { fakeWidgetResult, startFakeWidgetBuild } from './test/runner/fake-widget.mjs';
import { eleventySite, prerenderCommand, prerenderedPages } from './test/runner/prerender.mjs';
import { BROWSER_ARGS, findBrowser } from './scripts/browser.mjs';
import { typescript } from './web-dev-server.config.mjs';

/** Counts the tests of a session's result tree that ran, passed and failed. */
function count(suite) {
  let passed = 0;
  let failed = 0;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) continue;
    if (test.passed) passed++;
    else failed++;
  }
  for (const child of suite?.suites ?? []) {
    const sub = count(child);
    passed += sub.passed;
    failed += sub.failed;
  }
  return { passed, failed };
}

/**
 * Ends the run with the plain line CI reads, "N passed, N failed", printed when the process exits so that
 * it comes after the runner's own summary.
 */
function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      for (const session of sessions) {
        const result = count(session.testResults);
        passed += result.passed;
        // A file that failed to load, or threw outside a test, counts as one failure.
        failed += result.failed + (result.failed === 0 && !session.passed ? 1 : 0);
      }
      process.once('exit', () => console.log(`\n${passed} passed, ${failed} failed`));
    },
  };
}

/**
 * Requests the tests make on purpose to get a 404: the runner would list them as if something were
 * missing. Any other 404 is still listed.
 */
const EXPECTED_404S = [
  'test/embed/pages/no-packs/locales/', // the classic script served from a folder without language packs
  'test/embed/pages/no-packs/chunks/', // the loader served from a folder without its chunks
  'test/fixtures/missing.json', // a remote config that is not there
  'test/fixtures/missing-image.png', // the broken image of a hostile forum post
  'images/smilies/', // a smiley in a phpBB post's fallback text: the forum's own image, not served here
  'joypixels/', // an emoji smilie in a XenForo post's fallback text: the emoji CDN's image, not served here
];

/** The default reporter, without the 404s listed above. */
function reporterWithout404sExpected() {
  const reporter = defaultReporter();
  return {
    ...reporter,
    reportTestFileResults(args) {
      for (const session of args.sessionsForTestFile) {
        session.request404s = session.request404s.filter((path) => !EXPECTED_404S.some((expected) => path.startsWith(expected)));
      }
      return reporter.reportTestFileResults(args);
    },
  };
}

/** Lit's notice that it runs in development mode, once per test file, says nothing about the tests. */
const notLitDevModeNotice = ({ args }) => !args.some((arg) => typeof arg === 'string' && arg.includes('Lit is in dev mode'));

// Host pages under test/embed/pages/ are served with a real Content-Security-Policy header, chosen by
// ?csp=strict (no inline code, no eval) or ?csp=trusted-types (also requires Trusted Types, allowing only
// the policy lit creates).
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const POLICIES = {
  strict: STRICT,
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

/** The classic script and the loader, each served from a folder with no language packs or chunks beside it. */
async function scriptWithoutPacks(ctx, next) {
  if (ctx.path === '/test/embed/pages/no-packs/smp-widgets.iife.min.js') ctx.url = '/dist/smp-widgets.iife.min.js';
  if (ctx.path === '/test/embed/pages/no-packs/smp-widgets.min.js') ctx.url = '/dist/smp-widgets.min.js';
  await next();
}

async function cspHeaders(ctx, next) {
  await next();
  const policy = POLICIES[ctx.query.csp];
  if (ctx.path.startsWith('/test/embed/pages/') && ctx.path.endsWith('.html') && policy) {
    ctx.set('Content-Security-Policy', policy);
  }
}

// Some tests load CommonJS packages (React, Ajv) or a browser build (Vue) as single ES modules: esbuild
// bundles each entry on first request; nothing is written to disk.
const BUNDLED_ENTRIES = {
  '/__bundle/ajv.js': "export { default } from 'ajv/dist/2020.js';",
  '/__bundle/react.js': "export { createElement } from 'react'; export { createRoot } from 'react-dom/client'; export { flushSync } from 'react-dom';",
  '/__bundle/vue.js': "export { createApp, h, nextTick } from 'vue/dist/vue.runtime.esm-browser.prod.js';",
};
const bundles = new Map();

const bundledDependencies = {
  name: 'bundled-dependencies',
  async serve(context) {
    const entry = BUNDLED_ENTRIES[context.path];
    if (!entry) return undefined;
    if (!bundles.has(context.path)) {
      const result = await build({
        stdin: { contents: entry, resolveDir: process.cwd() },
        bundle: true,
        format: 'esm',
        write: false,
        minify: true,
        define: { 'process.env.NODE_ENV': '"production"' },
        logLevel: 'silent',
      });
      bundles.set(context.path, result.outputFiles[0].text);
    }
    return { body: bundles.get(context.path), type: 'js' };
  },
};

/**
 * `executeServerCommand('consumer-app')` packs the package and installs it into a new app, once per run
 * (test/runner/consumer-app.mjs), and answers with what each entry did in Node; the app's bundles are then
 * served under /__consumer/.
 */
function consumerApp() {
  let app;
  return {
    name: 'consumer-app',
    executeCommand({ command }) {
      if (command !== 'consumer-app') return undefined;
      app ??= buildConsumerApp();
      return app.then(({ entries, command }) => ({ entries, command }));
    },
    async serve(context) {
      if (!app || !context.path.startsWith('/__consumer/')) return undefined;
      const { appDir } = await app;
      return { body: await readFile(join(appDir, 'out', basename(context.path)), 'utf8'), type: 'js' };
    },
    async serverStop() {
      await app?.then(({ appDir }) => removeConsumerApp(appDir), () => {});
    },
  };
}

/**
 * `executeServerCommand('release')` writes the release zip and unpacks it, once per run, and answers with its
 * file list, integrity hashes and the XenForo BB codes file; the unpacked folder is then served at /smp-widgets/, as on a site that uploaded it, byte for
 * byte (a middleware, so the dev server's transforms never touch it and the integrity hashes hold).
 * `executeServerCommand('release-from-disk', { pages })` opens its builder and the given test pages from disk.
 */
function release() {
  let unpacked;
  const plugin = {
    name: 'release',
    async executeCommand({ command, payload }) {
      if (command === 'release') {
        unpacked ??= unpackRelease();
        const { files, integrity, xenforoBbCodes } = await unpacked;
        return { files, integrity, xenforoBbCodes };
      }
      if (command === 'release-from-disk') return openFromDisk((await unpacked).site, payload.pages);
      return undefined;
    },
    async serverStop() {
      await unpacked?.then(({ dir }) => removeRelease(dir), () => {});
    },
  };
  async function middleware(ctx, next) {
    if (!unpacked || !ctx.path.startsWith('/smp-widgets/')) return next();
    const { site } = await unpacked;
    const path = join(site, ...ctx.path.split('/').filter((part) => part && part !== '..'));
    try {
      ctx.body = await readFile(path);
      ctx.type = extname(path);
    } catch {
      ctx.status = 404;
    }
  }
  return { plugin, middleware };
}
const releaseSite = release();

/**
 * The built files as a site serves them once uploaded, byte for byte: /uploaded/<file> is dist/<file>. The dev
 * server rewrites the modules it serves under /dist/, so an integrity hash of the build does not fit those.
 */
async function uploadedBuild(ctx, next) {
  if (!ctx.path.startsWith('/uploaded/')) return next();
  const path = join(process.cwd(), 'dist', ...ctx.path.slice('/uploaded/'.length).split('/').filter((part) => part && part !== '..'));
  try {
    ctx.body = await readFile(path);
    ctx.type = extname(path);
  } catch {
    ctx.status = 404;
  }
}
/**
 * A Discourse topic page under Discourse's own Content-Security-Policy, the two values of script-src its
 * lib/content_security_policy/default.rb writes (content_security_policy_strict_dynamic on or off, no CDN,
 * base-uri, object-src, worker-src and manifest-src as there), with a 25-character nonce as
 * lib/content_security_policy.rb's nonce_placeholder makes one. ?csp=discourse-paths or discourse-strict-dynamic.
 * The theme's uploads: /uploads/default/original/1X/<name>.js as an attachment with nosniff (how Discourse sends
 * an upload), and /theme-javascripts/<name>.js, the local copy app/models/javascript_cache.rb names.
 */
const DISCOURSE_UPLOADS = { 'smp-widgets.js': 'smp-widgets.iife.min.js', 'smp-locale-es.js': 'locales/es.js' };
function discoursePolicy(kind, base, nonce) {
  const assets = ['/assets/', '/extra-locales/', '/highlight-js/', '/javascripts/', '/plugins/', '/theme-javascripts/', '/svg-sprite/'].map((dir) => base + dir);
  const scripts = kind === 'discourse-strict-dynamic' ? ["'strict-dynamic'"] : [`${base}/logs/`, `${base}/sidekiq/`, `${base}/mini-profiler-resources/`, ...assets];
  const workers = ["'self'", ...['/assets/', '/javascripts/', '/plugins/'].map((dir) => base + dir)];
  return `base-uri 'self'; object-src 'none'; script-src 'nonce-${nonce}' ${scripts.join(' ')}; worker-src ${workers.join(' ')}; manifest-src 'self'`;
}
async function discourseSite(ctx, next) {
  const upload = /^\/(uploads\/default\/original\/1X|theme-javascripts)\/([\w.-]+)$/.exec(ctx.path);
  if (upload && DISCOURSE_UPLOADS[upload[2]]) {
    ctx.body = await readFile(join(process.cwd(), 'dist', DISCOURSE_UPLOADS[upload[2]]));
    ctx.type = 'application/javascript';
    if (upload[1].startsWith('uploads')) {
      ctx.set('Content-Disposition', `attachment; filename="${upload[2]}"`);
      ctx.set('X-Content-Type-Options', 'nosniff');
    }
    return;
  }
  if (ctx.path === '/assets/smp-upgrade.js') {
    ctx.body = await readFile(join(process.cwd(), 'platforms/discourse/smp-clinic-widgets/javascripts/discourse/lib/smp-upgrade.js'));
    ctx.type = 'application/javascript';
    return;
  }
  if (ctx.path !== '/test/embed/pages/discourse-topic.html') return next();
  const nonce = randomBytes(32).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 25);
  ctx.body = (await readFile(join(process.cwd(), 'test/embed/pages/discourse-topic.html'), 'utf8')).replaceAll('__NONCE__', nonce);
  ctx.type = 'html';
  ctx.set('Content-Security-Policy', discoursePolicy(ctx.query.csp, ctx.origin, nonce));
}

/**
 * A network hiccup: /flaky/<key>/<file> fails (503) the first time each is asked for, then serves dist/<file>
 * as /uploaded/ does. A test picks a key of its own.
 */
const askedOnce = new Set();
async function flakyUploads(ctx, next) {
  if (!ctx.path.startsWith('/flaky/')) return next();
  if (!askedOnce.has(ctx.path)) {
    askedOnce.add(ctx.path);
    ctx.status = 503;
    return;
  }
  ctx.url = `/uploaded/${ctx.path.split('/').slice(3).join('/')}`;
  return uploadedBuild(ctx, next);
}
const eleventy = eleventySite();

/**
 * `executeServerCommand('gzip-size', { file })`: a built file's size after `gzip -9`, read from disk (the dev
 * server would serve it re-transformed). Only files under dist/.
 */
const gzipSize = {
  name: 'gzip-size',
  async executeCommand({ command, payload }) {
    if (command !== 'gzip-size') return undefined;
    const parts = String(payload.file).split('/').filter((part) => part && part !== '..');
    if (parts[0] !== 'dist') throw new Error('gzip-size reads files under dist/ only');
    return gzipSync(await readFile(join(...parts)), { level: 9 }).length;
  },
};

/**
 * The README and the docs pages, for the tests that hold them to the build and to each other:
 * - `executeServerCommand('doc-sizes')`: the size figures the pages give, and those the build gives
 *   (scripts/doc-sizes.mjs, which writes a release into a temporary folder for the zip's size);
 * - `executeServerCommand('docs-pages')`: the text of README.md and of every docs/*.md, by path;
 * - `executeServerCommand('repo-paths', { paths })`: which of these paths (from the project's root) are files or
 *   folders of the repository: present, and not build output or anything else .gitignore leaves out;
 * - `executeServerCommand('docs-reference')`: each generated reference section, as the page holds it and as
 *   scripts/docs.mjs would write it from dist/.
 */
const docsCommands = {
  name: 'docs',
  async executeCommand({ command, payload }) {
    if (command === 'doc-sizes') {
      const { docFigures, sizeFigures } = await import('./scripts/doc-sizes.mjs');
      return { pages: await docFigures(), build: await sizeFigures() };
    }
    if (command === 'docs-pages') {
      const { pagePaths } = await import('./scripts/doc-sizes.mjs');
      const paths = await pagePaths();
      return Object.fromEntries(await Promise.all(paths.map(async (path) => [path, await readFile(path, 'utf8')])));
    }
    if (command === 'repo-paths') {
      const ignored = (await readFile('.gitignore', 'utf8')).split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
      const isIgnored = picomatch(ignored.flatMap((pattern) => {
        const bare = pattern.replace(/^\//, '').replace(/\/$/, '');
        return pattern.includes('/') && !pattern.endsWith('/') ? [bare, `${bare}/**`] : [bare, `${bare}/**`, `**/${bare}`, `**/${bare}/**`];
      }), { dot: true });
      const exists = async (path) => {
        const parts = String(path).split('/').filter(Boolean);
        if (parts.length === 0 || parts.includes('..') || isIgnored(parts.join('/'))) return false;
        return stat(join(...parts)).then(() => true, () => false);
      };
      return Object.fromEntries(await Promise.all(payload.paths.map(async (path) => [path, await exists(path)])));
    }
    if (command === 'docs-reference') {
      const { PAGES, currentSection, referenceSections } = await import('./scripts/docs.mjs');
      const expected = await referenceSections();
      return Object.fromEntries(await Promise.all(Object.keys(PAGES).map(async (page) => [page, { expected: expected[page], actual: currentSection(await readFile(page, 'utf8')) ?? null }])));
    }
    return undefined;
  },
};

/**
 * `executeServerCommand('discourse-translations')`: the Discourse component's translations, every file of
 * platforms/discourse/smp-clinic-widgets/locales/ as Discourse reads it, merged by language.
 */
const discourseTranslations = {
  name: 'discourse-translations',
  async executeCommand({ command }) {
    if (command !== 'discourse-translations') return undefined;
    const folder = 'platforms/discourse/smp-clinic-widgets/locales';
    const files = (await readdir(folder)).filter((file) => file.endsWith('.yml'));
    return Object.assign({}, ...(await Promise.all(files.map(async (file) => loadYaml(await readFile(join(folder, file), 'utf8'))))));
  },
};

/** `executeServerCommand('source-imports')`: each module of src/ with the modules of src/ it imports. */
const sourceImportsCommand = {
  name: 'source-imports',
  executeCommand({ command }) {
    return command === 'source-imports' ? sourceImports() : undefined;
  },
};

/**
 * `executeServerCommand('fake-widget-build')` starts building the project with a fourth widget added to its list
 * (test/runner/fake-widget.mjs); `'fake-widget-result'` gives the result, or `{ pending: true }` while it is still building.
 */
const fakeWidgetCommand = {
  name: 'fake-widget-build',
  executeCommand({ command }) {
    if (command === 'fake-widget-build') return startFakeWidgetBuild();
    if (command === 'fake-widget-result') return fakeWidgetResult();
    return undefined;
  },
};

/** `executeServerCommand('test-groups')`: each test file with the groups of TEST_GROUPS it belongs to. */
const testGroupsCommand = {
  name: 'test-groups',
  async executeCommand({ command }) {
    if (command !== 'test-groups') return undefined;
    const files = (await readdir('test', { recursive: true })).filter((file) => file.endsWith('.test.ts')).map((file) => `test/${file}`);
    const matchers = Object.entries(TEST_GROUPS).map(([name, patterns]) => [name, picomatch(patterns.filter((p) => !p.startsWith('!'))), picomatch(patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1)))]);
    return Object.fromEntries(files.map((file) => [file, matchers.filter(([, included, excluded]) => included(file) && !excluded(file)).map(([name]) => name)]));
  },
};

/** `executeServerCommand('start-script')`: what `npm start` prints and serves (test/runner/start-script.mjs). */
const startScript = {
  name: 'start-script',
  executeCommand({ command }) {
    return command === 'start-script' ? checkStartScript() : undefined;
  },
};

/**
 * The tests in four groups, each runnable on its own (`npm run test:unit` and so on); `npm test` runs them all.
 * Every test file belongs to exactly one group (test/build/test-groups.test.ts checks it).
 */
export const TEST_GROUPS = {
  // Pure modules, called without a page to render in.
  unit: ['test/**/*.model.test.ts', 'test/bench/*.test.ts', 'test/clinic-checklist/shortlist/*.test.ts', 'test/builder/builder.csv.test.ts', 'test/core/plural.test.ts', 'test/core/memo.test.ts', 'test/core/strings.test.ts', 'test/core/storage.test.ts', 'test/core/config.test.ts', 'test/core/content-ids.test.ts', 'test/build/import-cycles.test.ts'],
  // The elements, rendered in a page.
  elements: [
    'test/clinic-checklist/clinic-checklist.test.ts',
    'test/clinic-checklist/clinic-checklist.shortlist.test.ts',
    'test/guarantee-comparison/guarantee-comparison.test.ts',
    'test/guarantee-comparison/table-rows.test.ts',
    'test/treatment-explainer/treatment-explainer.test.ts',
    'test/builder/builder.test.ts',
    'test/core/config-controller.test.ts',
    'test/core/locales.test.ts',
    'test/core/remote-config.test.ts',
    'test/core/render-turn.test.ts',
    'test/core/roving.test.ts',
    'test/core/site-theme.test.ts',
  ],
  // The widgets in host pages: forums, CSP, frameworks, the pre-rendering server.
  integration: ['test/embed/**/*.test.ts', 'test/server/**/*.test.ts'],
  // What is shipped: the package, the release zip, the docs (figures, links, generated reference, screenshots), the demo and Eleventy.
  release: ['test/build/**/*.test.ts', '!test/build/import-cycles.test.ts', 'test/demo/**/*.test.ts'],
};

export default {
  groups: Object.entries(TEST_GROUPS).map(([name, files]) => ({ name, files })),
  nodeResolve: true,
  rootDir: '.',
  hostname: '127.0.0.1',
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [scriptWithoutPacks, cspHeaders, prerenderedPages, releaseSite.middleware, uploadedBuild, flakyUploads, discourseSite, eleventy.middleware],
  // The accessibility tree as the browser builds it (the comparison's two ways of rendering rows are compared by it).
  plugins: [a11ySnapshotPlugin(), typescript, bundledDependencies, consumerApp(), releaseSite.plugin, startScript, sourceImportsCommand, fakeWidgetCommand, testGroupsCommand, discourseTranslations, gzipSize, docsCommands, prerenderCommand, eleventy.plugin],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: [
          ...BROWSER_ARGS,
          // Lets the memory test force a garbage collection (window.gc).
          '--js-flags=--expose-gc',
          // Never throttle timers or frames of a page that is not in front.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
  filterBrowserLogs: notLitDevModeNotice,
  reporters: [reporterWithout404sExpected(), countReporter()],
};
