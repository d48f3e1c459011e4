// A static server for the scripts and the benchmark: the repository's files on 127.0.0.1, plus any pages the
// caller generates.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** `pages(path)` returns HTML for a generated page, or undefined to serve the file at `path`. */
export function serve(pages = () => undefined) {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const page = pages(path);
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(page);
      return;
    }
    try {
      const body = readFileSync(join(ROOT, path));
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}
