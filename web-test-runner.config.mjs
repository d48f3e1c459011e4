import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { build } from 'esbuild';
import { findBrowser } from './browser.config.mjs';
import { typescript } from './web-dev-server.config.mjs';

/** Ends the run with the plain line CI reads: "N passed, N failed". */
function countReporter() {
  const count = (suite) => {
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
  };
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
      console.log(`\n${passed} passed, ${failed} failed`);
    },
  };
}

// Host pages under test/embed/pages/ are served with a real Content-Security-Policy header, chosen by
// ?csp=strict (no inline code, no eval) or ?csp=trusted-types (also requires Trusted Types, allowing only
// the policy lit creates).
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
const POLICIES = {
  strict: STRICT,
  'trusted-types': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html`,
};

/** The classic script served from a folder with no language packs beside it. */
async function scriptWithoutPacks(ctx, next) {
  if (ctx.path === '/test/embed/pages/no-packs/smp-widgets.iife.min.js') ctx.url = '/dist/smp-widgets.iife.min.js';
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

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  hostname: '127.0.0.1',
  // One page at a time: a page in a background tab gets no animation frames, and fixtures wait for one.
  concurrency: 1,
  testsFinishTimeout: 180000,
  testFramework: { config: { timeout: 10000 } },
  middleware: [scriptWithoutPacks, cspHeaders],
  plugins: [typescript, bundledDependencies],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findBrowser(),
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
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
  reporters: [defaultReporter(), countReporter()],
};
