import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// No module of src/ reaches itself through its imports, type-only imports and import() included: constants
// and the types derived from them live in modules that import nothing (a widget's `.vocab.ts`, core/memo.ts)
// or only such modules (core/strings.ts).

type Graph = Record<string, string[]>;

/** Every cycle of the graph, each as the path that closes it, found once from its first module in file order. */
function cycles(graph: Graph): string[][] {
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push([...path.slice(at), file]);
    if (done.has(file) || !(file in graph)) return;
    for (const next of graph[file]!) visit(next, [...path, file]);
    done.add(file);
  };
  for (const file of Object.keys(graph).sort()) visit(file, []);
  return found;
}

describe('src/ imports', () => {
  it('form no cycle', async () => {
    const graph = (await executeServerCommand('source-imports')) as Graph;
    expect(Object.keys(graph).length).to.be.above(50);
    expect(cycles(graph).map((cycle) => cycle.join(' → '))).to.deep.equal([]);
  });

  it('finds a cycle when there is one, type-only or through import()', () => {
    expect(cycles({ 'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts'] })).to.deep.equal([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(cycles({ 'a.ts': ['b.ts'], 'b.ts': [] })).to.deep.equal([]);
  });
});
