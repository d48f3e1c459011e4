import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, posix, relative } from 'node:path';

// The Node half of test/build/import-cycles.test.ts: every module of src/ with the modules of src/ it imports,
// type-only imports, re-exports and import() included.

const IMPORTS = /\b(?:import|export)\b[^'"`;]*?\bfrom\s*['"](\.[^'"]+)['"]|\bimport\(\s*['"](\.[^'"]+)['"]\s*\)|\bimport\s*['"](\.[^'"]+)['"]/g;

export async function sourceImports(root = 'src') {
  const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.ts')).map((file) => join(root, file));
  const graph = {};
  for (const file of files) {
    const text = await readFile(file, 'utf8');
    const targets = [...text.matchAll(IMPORTS)].map((match) => match[1] ?? match[2] ?? match[3]);
    graph[file] = [...new Set(targets.map((target) => posix.normalize(join(dirname(file), target)).replace(/\.js$/, '.ts')))].map((path) => relative('.', path));
  }
  return graph;
}
