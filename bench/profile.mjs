// npm run bench:profile — where the comparison's render time goes, for the design notes: a CPU profile of
// ten renders at 100 clinics (first page) and at 1,000 clinics with every row, self time by function and by
// file, and the nodes one table row holds. Run `npm run build` first; nothing here is a budget.
import puppeteer from 'puppeteer-core';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.mjs';
import { serve } from '../scripts/serve.mjs';

const RUNS = 15;
const SCENARIOS = [
  { name: '100 clinics, first page', args: [100] },
  { name: '1,000 clinics, every row', args: [1000, 1000] },
];

function selfTimes(profile) {
  const byFunction = new Map();
  const byFile = new Map();
  const total = profile.timeDeltas.reduce((sum, delta) => sum + delta, 0) / 1000;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const counts = new Map();
  for (const id of profile.samples) counts.set(id, (counts.get(id) ?? 0) + 1);
  const perSample = total / profile.samples.length;
  for (const [id, count] of counts) {
    const { functionName, url, lineNumber } = nodes.get(id).callFrame;
    const file = url ? url.replace(/^.*\/(dist|bench|node_modules)\//, '$1/').replace(/-[\w-]{8}\.js$/, '.js') : '(native)';
    const key = `${functionName || '(anonymous)'} ${url ? `${file}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + count * perSample);
    byFile.set(file, (byFile.get(file) ?? 0) + count * perSample);
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, functions: top(byFunction, 15), files: top(byFile, 8) };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Nodes in the first table row of what is on the stage: the widget's or the baseline's. */
function rowNodes() {
  const row = document.querySelector('#stage > *').shadowRoot.querySelector('tbody tr');
  const counts = { elements: 0, text: 0, comments: 0 };
  const walker = document.createTreeWalker(row, NodeFilter.SHOW_ALL);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === Node.ELEMENT_NODE) counts.elements++;
    else if (node.nodeType === Node.TEXT_NODE) counts.text++;
    else if (node.nodeType === Node.COMMENT_NODE) counts.comments++;
  }
  return counts;
}

const server = await serve();
const browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: [...BROWSER_ARGS, '--js-flags=--expose-gc'] });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html`);
  await page.waitForFunction(() => window.benchReady && customElements.get('smp-treatment-explainer'));
  const session = await page.createCDPSession();
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 100 });
  for (const { name, args } of SCENARIOS) {
    // Unprofiled first, turn about with the plain-DOM baseline: the profiler slows everything down.
    const widget = [];
    const baseline = [];
    for (let run = 0; run < RUNS + 1; run++) {
      await page.evaluate(() => window.gc());
      widget.push(await page.evaluate((a) => window.bench.comparisonRender(...a), args));
      await page.evaluate(() => window.gc());
      baseline.push(await page.evaluate((a) => window.bench.baselineRender(...a), args));
    }
    await page.evaluate(() => window.gc());
    await page.evaluate(() => window.gc());
    const profiled = async (fn) => {
      await session.send('Profiler.start');
      const times = [];
      for (let run = 0; run < RUNS; run++) times.push(await page.evaluate((name, a) => window.bench[name](...a), fn, args));
      const { profile } = await session.send('Profiler.stop');
      return { ...selfTimes(profile), ms: median(times) };
    };
    const plainProfile = await profiled('baselineRender');
    const { functions, files, ms: p } = await profiled('comparisonRender');
    const row = await page.evaluate(rowNodes);
    await page.evaluate((a) => window.bench.baselineRender(...a), args);
    const plain = await page.evaluate(rowNodes);
    const [w, b] = [widget.slice(1), baseline.slice(1)].map(median);
    console.log(`\n## ${name}: ${w.toFixed(1)} ms, plain DOM ${b.toFixed(1)} ms (${(w / b).toFixed(2)}×); profiled ${p.toFixed(1)} ms`);
    console.log(`One row holds ${row.elements} elements, ${row.text} text nodes, ${row.comments} comments; plain DOM ${plain.elements}, ${plain.text}, ${plain.comments}.`);
    console.log('\nSelf time per render, by file:');
    for (const [file, ms] of files) console.log(`  ${(ms / RUNS).toFixed(2).padStart(7)} ms  ${file}`);
    console.log('Plain DOM, the same:');
    for (const [file, ms] of plainProfile.files) console.log(`  ${(ms / RUNS).toFixed(2).padStart(7)} ms  ${file}`);
    console.log('\nSelf time per render, by function:');
    for (const [fn, ms] of functions) console.log(`  ${(ms / RUNS).toFixed(2).padStart(7)} ms  ${fn}`);
  }
} finally {
  await browser.close();
  server.close();
}
