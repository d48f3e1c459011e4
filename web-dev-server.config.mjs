import { esbuildPlugin } from '@web/dev-server-esbuild';

// `npm start`: serves the demo from the TypeScript sources, on this machine only.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: 8000,
  nodeResolve: true,
  open: false,
  appIndex: 'demo/index.html',
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
};
