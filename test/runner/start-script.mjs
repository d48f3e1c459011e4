import { spawn } from 'node:child_process';
import net from 'node:net';

// `npm start` as a newcomer meets it: scripts/start.mjs run on a free port (what it prints, and how each
// address it prints answers), and run again on a port something else holds. Run from the project folder.

const HOST = '127.0.0.1';

/** A server listening on the port (0: any free one). */
function listen(port = 0) {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen({ port, host: HOST }, () => resolve(server));
  });
}

/** A port nothing listens on now. */
async function freePort() {
  const server = await listen();
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts the script with PORT set; resolves once it has printed `until` or exited, whichever comes first. */
function startScript(port, until) {
  const child = spawn(process.execPath, ['scripts/start.mjs'], { env: { ...process.env, PORT: String(port) } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => {
    const done = (code) => {
      clearInterval(poll);
      clearTimeout(limit);
      resolve({ child, code, stdout: () => stdout, stderr: () => stderr });
    };
    const poll = setInterval(() => until && stdout.includes(until) && done(null), 50);
    const limit = setTimeout(() => done(null), 20000);
    child.once('exit', (code) => done(code));
  });
}

/** How each address answers, without following redirects: status, and where a redirect points. */
async function answers(urls) {
  const result = {};
  for (const url of urls) {
    const response = await fetch(url, { redirect: 'manual' });
    result[url] = { status: response.status, location: response.headers.get('location') };
  }
  return result;
}

/** What `npm start` prints and serves on a free port, and what it does on a busy one. */
export async function checkStartScript() {
  const port = await freePort();
  const free = await startScript(port, 'Stop with Ctrl+C.');
  try {
    const printed = free.stdout().trim().split('\n');
    const urls = printed.flatMap((line) => line.match(/https?:\/\/\S+/g) ?? []);
    const root = `http://${HOST}:${port}/`;
    return {
      port,
      free: { printed, stderr: free.stderr(), answers: await answers([...urls, root]) },
      busy: await startBusy(),
    };
  } finally {
    free.child.kill();
  }
}

/** The script started on a port another server holds: what it says, and its exit code. */
async function startBusy() {
  const holder = await listen();
  try {
    const busy = await startScript(holder.address().port);
    busy.child.kill();
    return { port: holder.address().port, code: busy.code, stdout: busy.stdout(), stderr: busy.stderr() };
  } finally {
    holder.close();
  }
}
