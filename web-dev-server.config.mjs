import net from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';

/**
 * The dev server drops the host when it is 127.0.0.1 and so listens on every interface; the demo and
 * the test pages must be reachable from this machine only, so an unspecified host becomes 127.0.0.1.
 */
export function listenOnLoopbackOnly() {
  const listen = net.Server.prototype.listen;
  net.Server.prototype.listen = function (options, ...rest) {
    if (options && typeof options === 'object' && options.host === undefined) options = { ...options, host: '127.0.0.1' };
    return listen.call(this, options, ...rest);
  };
}

export const typescript = esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' });

listenOnLoopbackOnly();

/** The site root has nothing of its own: it sends the visitor to the demo. */
async function rootToDemo(ctx, next) {
  if (ctx.path === '/') ctx.redirect('/demo/');
  else await next();
}

// The demo served from the TypeScript sources at http://127.0.0.1:8000/demo/ (`npm start`, scripts/start.mjs).
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: 8000,
  nodeResolve: true,
  middleware: [rootToDemo],
  plugins: [
    typescript,
    {
      name: 'print-addresses',
      serverStart({ config }) {
        const base = `http://${config.hostname}:${config.port}`;
        console.log(`Demo:    ${base}/demo/\nBuilder: ${base}/demo/builder.html\nStop with Ctrl+C.`);
      },
    },
  ],
};
