import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

// Pre-rendering with the built Node API (dist/esm/server/, built by `rollup -c` before the tests run).
const api = () => import('../../dist/esm/server/index.js');

/**
 * `executeServerCommand('prerender', { page, stylesheets })`: the page with its widgets pre-rendered;
 * `executeServerCommand('prerender-cli', { args, stdin })`: what the command printed, and its exit status.
 */
export const prerenderCommand = {
  name: 'prerender',
  async executeCommand({ command, payload }) {
    if (command === 'prerender-cli') {
      // The command as a user runs it: `smp-widgets <args>`, the page on standard input.
      const run = spawnSync(process.execPath, ['dist/esm/server/cli.js', ...payload.args], { input: payload.stdin ?? '', encoding: 'utf8' });
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    }
    if (command !== 'prerender') return undefined;
    const { prerenderPage } = await api();
    return prerenderPage(payload.page, { stylesheets: payload.stylesheets });
  },
};

/**
 * A host page under test/embed/pages/ asked for with `?prerender` is served pre-rendered, its stylesheets
 * linked from /dist/styles/ (the CSP header middleware still applies).
 */
export async function prerenderedPages(ctx, next) {
  if (!ctx.path.startsWith('/test/embed/pages/') || !ctx.path.endsWith('.html') || ctx.query.prerender === undefined) return next();
  const file = join(process.cwd(), ...ctx.path.split('/').filter((part) => part && part !== '..'));
  const { prerenderPage } = await api();
  ctx.body = await prerenderPage(await readFile(file, 'utf8'), { stylesheets: '/dist/styles/' });
  ctx.type = 'html';
}

/**
 * `executeServerCommand('eleventy')` builds the Eleventy example (demo/eleventy/) once per run into a
 * temporary folder, served at /eleventy-site/ with the package's files under /eleventy-site/smp-widgets/.
 */
export function eleventySite() {
  let built;
  const prefix = '/eleventy-site/';
  async function build() {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { default: Eleventy } = await import('@11ty/eleventy');
    const output = await mkdtemp(join(tmpdir(), 'smp-eleventy-'));
    process.env.SMP_WIDGETS_PATH = `${prefix}smp-widgets/`;
    const eleventy = new Eleventy(undefined, output, { configPath: 'demo/eleventy/eleventy.config.mjs', quietMode: true });
    await eleventy.write();
    return output;
  }
  const plugin = {
    name: 'eleventy-site',
    async executeCommand({ command }) {
      if (command !== 'eleventy') return undefined;
      built ??= build();
      await built;
      return { page: `${prefix}index.html` };
    },
    async serverStop() {
      const { rm } = await import('node:fs/promises');
      await built?.then((dir) => rm(dir, { recursive: true, force: true }), () => {});
    },
  };
  async function middleware(ctx, next) {
    if (!built || !ctx.path.startsWith(prefix)) return next();
    const site = await built;
    const path = join(site, ...ctx.path.slice(prefix.length).split('/').filter((part) => part && part !== '..'));
    try {
      ctx.body = await readFile(path);
      ctx.type = path.slice(path.lastIndexOf('.'));
    } catch {
      ctx.status = 404;
    }
    // The policy the pre-rendered output is made for: no inline script or style.
    if (ctx.query.csp === 'strict') ctx.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
  }
  return { plugin, middleware };
}
