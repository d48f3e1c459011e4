import net from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

// `npm start`: serves the demo and the builder from the TypeScript sources on this machine only.
// PORT picks another port than 8000.

const port = Number(process.env.PORT || 8000);
const { hostname } = config;

/** Whether something already listens on the port, found by trying to listen there first. */
function portInUse() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error) => (error.code === 'EADDRINUSE' ? resolve(true) : reject(error)));
    probe.listen({ port, host: hostname }, () => probe.close(() => resolve(false)));
  });
}

if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
if (await portInUse()) {
  console.error(`Port ${port} on ${hostname} is already in use: stop what is using it, or choose another port with PORT, for example "PORT=8080 npm start".`);
  process.exit(1);
}
await startDevServer({ config: { ...config, port }, readCliArgs: false, readFileConfig: false, logStartMessage: false });
