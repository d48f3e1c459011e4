import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

// The Subresource Integrity hashes of the script files a release ships, written by the build as
// dist/integrity.json. The embed builder takes its hashes from this list (or from the copy the release's
// builder.html carries), never from the bytes a server happens to serve: a dev server may rewrite them.

/** The embed builder's classic script: shipped, but not a script a page embeds, so it has no hash in the list. */
export const BUILDER_SCRIPT = 'smp-embed-builder.iife.min.js';

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Whether a file (its path in the release folder) is one the list hashes: a drop-in script or a loader's chunk. */
const hashed = (path) => /^(chunks\/)?[^/]+\.js$/.test(path) && path !== BUILDER_SCRIPT;

/** `{ path: hash }` for the drop-in scripts and the loader's chunks among `files` (`{ path: bytes }`). */
export function integrityList(files) {
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => hashed(path))
      .map(([path, bytes]) => [path, sri(bytes)]),
  );
}

/** A rollup plugin for the build's last output: hashes what the build wrote to `dist` into `dist/integrity.json`. */
export function writeIntegrityList(dist = 'dist') {
  return {
    name: 'integrity-list',
    async writeBundle() {
      const entries = await readdir(dist, { recursive: true, withFileTypes: true });
      const files = {};
      // Only the files it hashes: dist/esm/ holds hundreds of modules the list leaves out.
      for (const entry of entries.filter((found) => found.isFile())) {
        const path = relative(dist, join(entry.parentPath, entry.name)).split('\\').join('/');
        if (hashed(path)) files[path] = await readFile(join(dist, path));
      }
      await writeFile(join(dist, 'integrity.json'), `${JSON.stringify(integrityList(files), null, 2)}\n`);
    },
  };
}
