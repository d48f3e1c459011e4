// npm run bench: builds, measures in headless Chromium, writes bench/results.json, bench/results.md,
// bench/render-chart.svg and the table of docs/benchmark.md, then checks the budgets (exit code 1 on a miss).
// --bytes-only checks the byte budgets alone: what pages fetch, counted from the browser's network events.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { BROWSER_ARGS, findBrowser } from '../scripts/browser.mjs';
import { WIDGET_FOLDERS, WIDGET_TAGS as WIDGETS } from '../scripts/widget-list.mjs';
import { buildBundlerApps, bundlerPageBytes, bundlerPageHtml } from './bundlers.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 15;
/** The comparison's default page: clinics listed before its "Show more" button. */
const PAGE_SIZE = 100;
const SIZES = [10, 100, 1000];
const FILES = ['dist/smp-widgets.min.js', 'dist/smp-widgets.iife.min.js', ...WIDGET_FOLDERS.map((widget) => `dist/smp-${widget}.min.js`)];
const COMPARISON_CONFIG = JSON.stringify({
  clinics: [
    { name: 'Fictional Clinic A', guarantee: { length: { years: 2 }, refund: 'partial', inWriting: true } },
    { name: 'Fictional Clinic B', guarantee: { length: 'lifetime', refund: 'none', conditions: ['Aftercare followed'] } },
  ],
});
/** Pages the loader serves, and what each may cost: gzip -9 of every script the browser fetched, in KB. */
const PAGES = [
  { name: 'the loader alone', body: '', budget: 2 },
  { name: 'one checklist on built-in content', body: '<smp-clinic-checklist></smp-clinic-checklist>', budget: 20 },
  { name: 'one comparison with its own config', body: `<smp-guarantee-comparison config='${COMPARISON_CONFIG}'></smp-guarantee-comparison>`, budget: 34 },
  {
    name: 'all three widgets on built-in content',
    body: '<smp-clinic-checklist></smp-clinic-checklist><smp-guarantee-comparison></smp-guarantee-comparison><smp-treatment-explainer></smp-treatment-explainer>',
    budget: 38,
  },
];
/** The classic script forum pages load (every widget in one file; language packs apart), in KB gzip -9. */
const CLASSIC_SCRIPT = { file: 'dist/smp-widgets.iife.min.js', budget: 50 };
const bytesOnly = process.argv.includes('--bytes-only');

// ---- Bytes ----

function bytes() {
  return Object.fromEntries(
    FILES.map((file) => {
      const source = readFileSync(join(ROOT, file));
      const gzip = gzipSync(source, { level: 9 }).length;
      const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      return [file, { min: source.length, gzip, brotli }];
    }),
  );
}

// ---- What pages fetch ----

/** For each page: every script response the browser received, gzip -9 of its body, once the widgets rendered. */
async function pageBytes(browser, port) {
  const result = [];
  for (const [index, spec] of PAGES.entries()) {
    const page = await browser.newPage();
    const scripts = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.buffer().then((body) => [new URL(response.url()).pathname, gzipSync(body, { level: 9 }).length]));
    });
    await page.goto(`http://127.0.0.1:${port}/bench/page/${index}`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => [...document.querySelectorAll('body > *')].every((el) => el.shadowRoot?.querySelector('.widget')));
    const files = await Promise.all(scripts);
    result.push({ ...spec, files, gzip: files.reduce((sum, [, size]) => sum + size, 0) });
    await page.close();
  }
  return result;
}

// ---- Timings in the browser ----

function pageHtml(path) {
  const page = /^\/bench\/page\/(\d+)$/.exec(path);
  const spec = page && PAGES[Number(page[1])];
  if (!spec) return undefined;
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script type="module" src="/dist/smp-widgets.min.js"></script></head><body>${spec.body}</body></html>`;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: values.length };
}

async function measure(page, fn, ...args) {
  const values = [];
  // One unmeasured run first, so compilation and caches are warm for every implementation alike.
  await page.evaluate((name, a) => window.bench[name](...a), fn, args);
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => window.gc());
    values.push(await page.evaluate((name, a) => window.bench[name](...a), fn, args));
  }
  return values;
}

/**
 * Two figures measured turn about (a, b, a, b, …), so the machine's drift during the run falls on both
 * alike and their ratio stays fair.
 */
async function measurePair(page, [fnA, ...argsA], [fnB, ...argsB]) {
  const a = [];
  const b = [];
  await page.evaluate((name, args) => window.bench[name](...args), fnA, argsA);
  await page.evaluate((name, args) => window.bench[name](...args), fnB, argsB);
  for (let run = 0; run < RUNS; run++) {
    await page.evaluate(() => window.gc());
    a.push(await page.evaluate((name, args) => window.bench[name](...args), fnA, argsA));
    await page.evaluate(() => window.gc());
    b.push(await page.evaluate((name, args) => window.bench[name](...args), fnB, argsB));
  }
  return [stats(a), stats(b)];
}

async function inBrowser() {
  const apps = await buildBundlerApps();
  const server = await serve((path) => pageHtml(path) ?? bundlerPageHtml(path, apps));
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [...BROWSER_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const pages = await pageBytes(browser, server.address().port);
    const bundlers = await bundlerPageBytes(browser, server.address().port, apps);
    return { pages, bundlers, time: bytesOnly ? null : await timings(browser, server) };
  } finally {
    await browser.close();
    server.close();
  }
}

async function timings(browser, server) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1300, height: 900 });
  await page.goto(`http://127.0.0.1:${server.address().port}/bench/bench.html`);
  await page.waitForFunction(() => window.benchReady && customElements.get('smp-treatment-explainer'));
  const result = { defaultRender: {}, comparison: {}, checklistTick: null, page30: null };
  for (const tag of WIDGETS) result.defaultRender[tag] = stats(await measure(page, 'renderDefault', tag));
  for (const size of SIZES) {
    process.stdout.write(`  ${size} clinics…\n`);
    const [widget, baseline] = await measurePair(page, ['comparisonRender', size], ['baselineRender', size]);
    const [widgetSort, baselineSort] = await measurePair(page, ['comparisonSort', size], ['baselineSort', size]);
    result.comparison[size] = {
      widget,
      baseline,
      // Grid.js settled (the stop rule, as for the widget and the plain table), and when its rows are in.
      gridjs: stats(await measure(page, 'gridjsRender', size, 0)),
      gridjsPaged: stats(await measure(page, 'gridjsRender', size, PAGE_SIZE)),
      gridjsRowsIn: stats(await measure(page, 'gridjsRender', size, 0, 'rowsIn')),
      gridjsPagedRowsIn: stats(await measure(page, 'gridjsRender', size, PAGE_SIZE, 'rowsIn')),
      widgetSort,
      baselineSort,
      widgetHeap: stats(await measure(page, 'comparisonHeap', size, 'widget')),
      baselineHeap: stats(await measure(page, 'comparisonHeap', size, 'baseline')),
    };
  }
  // The whole list at once (pageSize 1,000, no "Show more"): what it costs to build every row.
  process.stdout.write('  1000 clinics, every row…\n');
  const [widget, baseline] = await measurePair(page, ['comparisonRender', 1000, 1000], ['baselineRender', 1000, 1000]);
  const [widgetSort, baselineSort] = await measurePair(page, ['comparisonSort', 1000, 1000], ['baselineSort', 1000, 1000]);
  result.everyRow = { widget, baseline, widgetSort, baselineSort };
  result.checklistTick = stats(await measure(page, 'checklistTick'));
  // A viewport tall enough to hold all thirty, so none waits for the reader to scroll near it.
  await page.setViewport({ width: 1300, height: 30000 });
  const pages = await measure(page, 'page30');
  result.page30 = {
    ms: stats(pages.map((p) => p.ms)),
    longestTask: stats(pages.map((p) => p.longestTask)),
    longTasks: stats(pages.map((p) => p.longTasks)),
  };
  return result;
}

// ---- Report ----

const ms = (value) => `${value.toFixed(value < 10 ? 2 : 1)} ms`;
const kb = (value) => `${(value / 1024).toFixed(1)} KB`;
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;

function budgets(pages, bundlers, size, time) {
  const lines = [];
  const check = (name, ok, detail) => lines.push({ name, ok, detail });
  for (const page of pages) {
    const files = page.files.map(([path, size]) => `${path.replace(/^\/dist\//, '').replace(/-[\w-]{8}\.js$/, '.js')} ${kb(size)}`).join(' + ');
    check(`${page.name} ≤ ${page.budget} KB gzip`, page.gzip <= page.budget * 1024, `${kb(page.gzip)}: ${files}`);
  }
  // An app that bundles the package itself, with a bundler that splits: no more than the loader's page, and the
  // language packs and modes left in chunks of their own. A bundler that cannot split is reported, not budgeted.
  const loaderPage = pages.find((page) => page.name === 'one checklist on built-in content');
  for (const app of bundlers.filter((app) => app.name !== 'esbuild without splitting')) {
    const files = app.files.map(([file, size]) => `${file} ${kb(size)}`).join(' + ');
    const apart = Object.entries(app.apart).filter(([, ok]) => !ok).map(([what]) => what);
    check(`an app bundled with ${app.name}: one checklist ≤ the loader's page (${kb(loaderPage.gzip)}), packs and modes apart`, app.gzip <= loaderPage.gzip && apart.length === 0, `${kb(app.gzip)}: ${files}${apart.length ? `; fetched with the page: ${apart.join(', ')}` : ''}`);
  }
  const classic = size[CLASSIC_SCRIPT.file].gzip;
  check(`the classic script ≤ ${CLASSIC_SCRIPT.budget} KB gzip`, classic <= CLASSIC_SCRIPT.budget * 1024, kb(classic));
  if (!time) return lines;
  // Against the plain DOM building the same table: the ratio of the medians, measured turn about.
  const vs = (a, b) => `${ms(a)} vs ${ms(b)} (${ratio(a, b)})`;
  const plain = [
    ['every row at 1,000 clinics', time.everyRow, 1.15],
    ['100 clinics', time.comparison[100], 1.25],
    ['first page at 1,000 clinics', time.comparison[1000], 1.4],
    ['10 clinics', time.comparison[10], 1.5],
  ];
  for (const [name, { widget, baseline }, most] of plain) check(`${name}: first render ≤ ${most}× plain DOM`, widget.median <= most * baseline.median, vs(widget.median, baseline.median));
  // Against Grid.js settled: every row where Grid.js shows every row, its pages where the widget shows its first page.
  const grid = [
    ['10 clinics', time.comparison[10].widget, time.comparison[10].gridjs],
    ['100 clinics', time.comparison[100].widget, time.comparison[100].gridjs],
    [`first page at 1,000 clinics (Grid.js ${PAGE_SIZE} per page)`, time.comparison[1000].widget, time.comparison[1000].gridjsPaged],
    ['every row at 1,000 clinics', time.everyRow.widget, time.comparison[1000].gridjs],
  ];
  for (const [name, widget, gridjs] of grid) check(`${name}: at least 2× faster than Grid.js settled`, gridjs.median >= 2 * widget.median, `${ms(widget.median)} vs Grid.js ${ms(gridjs.median)} (${ratio(gridjs.median, widget.median)} faster)`);
  for (const [n, most] of [[1000, 1.5], [100, 3]]) {
    const { widgetHeap, baselineHeap } = time.comparison[n];
    check(`JS heap held at ${n.toLocaleString('en')} clinics ≤ ${most}× plain DOM`, widgetHeap.median <= most * baselineHeap.median, `${kb(widgetHeap.median)} vs ${kb(baselineHeap.median)} (${ratio(widgetHeap.median, baselineHeap.median)})`);
  }
  const longest = time.page30.longestTask;
  check('30 mixed widgets: longest task ≤ 50 ms (median), none over 80 ms', longest.median <= 50 && longest.max <= 80, `median ${ms(longest.median)}, worst ${ms(longest.max)} of ${longest.runs} runs; all rendered in ${ms(time.page30.ms.median)}`);
  return lines;
}

function markdown(size, bundlers, time, checks) {
  const out = [];
  out.push(`Measured ${new Date().toISOString().slice(0, 10)} in headless Chromium, ${RUNS} runs per figure (median, min–max); ratios are to the baseline measured in the same run.`, '');
  out.push('| File | min | gzip | brotli |', '| --- | ---: | ---: | ---: |');
  for (const [file, b] of Object.entries(size)) out.push(`| \`${file}\` | ${kb(b.min)} | ${kb(b.gzip)} | ${kb(b.brotli)} |`);
  out.push('', 'An app that imports `smp-clinic-widgets/clinic-checklist` and bundles it (minified), with one checklist on built-in content: what its page fetches.', '', '| Bundler | page fetches (gzip) | files fetched | everything written (min) | language packs and modes apart |', '| --- | ---: | ---: | ---: | --- |');
  for (const app of bundlers) out.push(`| ${app.name} | ${kb(app.gzip)} | ${app.files.length} | ${kb(app.written)} | ${Object.values(app.apart).every(Boolean) ? 'yes' : 'no'} |`);
  if (time) {
    out.push('', `The comparison lists ${PAGE_SIZE} clinics, then a "Show more" button; the plain-DOM baseline builds the same. Grid.js is shown with every row (its default) and paged ${PAGE_SIZE} rows at a time, with \`processingThrottleMs: 0\`.`);
    out.push('', 'Every render and re-sort is timed by one rule (bench/stop-rule.js): from the start of the work to the last change it makes to the DOM, light or shadow, once three frames pass without another. The Grid.js columns and every ratio use that "settled" time; Grid.js\'s "rows in" time (its last row in the DOM, before it sizes its columns) is listed beside it.');
    out.push('', `| Figure | median | min–max | baseline (plain DOM) | ratio | Grid.js | Grid.js ÷ widget | Grid.js, ${PAGE_SIZE} per page | ÷ widget |`, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const n of SIZES) {
      const c = time.comparison[n];
      out.push(`| comparison, ${n} clinics: first render | ${ms(c.widget.median)} | ${ms(c.widget.min)}–${ms(c.widget.max)} | ${ms(c.baseline.median)} | ${ratio(c.widget.median, c.baseline.median)} | ${ms(c.gridjs.median)} | ${ratio(c.gridjs.median, c.widget.median)} | ${ms(c.gridjsPaged.median)} | ${ratio(c.gridjsPaged.median, c.widget.median)} |`);
      out.push(`| comparison, ${n} clinics: re-sort | ${ms(c.widgetSort.median)} | ${ms(c.widgetSort.min)}–${ms(c.widgetSort.max)} | ${ms(c.baselineSort.median)} | ${ratio(c.widgetSort.median, c.baselineSort.median)} | | | | |`);
      out.push(`| comparison, ${n} clinics: JS heap held | ${kb(c.widgetHeap.median)} | ${kb(c.widgetHeap.min)}–${kb(c.widgetHeap.max)} | ${kb(c.baselineHeap.median)} | ${ratio(c.widgetHeap.median, c.baselineHeap.median)} | | | | |`);
    }
    const all = time.everyRow;
    out.push(`| comparison, 1000 clinics, every row at once: first render | ${ms(all.widget.median)} | ${ms(all.widget.min)}–${ms(all.widget.max)} | ${ms(all.baseline.median)} | ${ratio(all.widget.median, all.baseline.median)} | ${ms(time.comparison[1000].gridjs.median)} | ${ratio(time.comparison[1000].gridjs.median, all.widget.median)} | | |`);
    out.push(`| comparison, 1000 clinics, every row at once: re-sort | ${ms(all.widgetSort.median)} | ${ms(all.widgetSort.min)}–${ms(all.widgetSort.max)} | ${ms(all.baselineSort.median)} | ${ratio(all.widgetSort.median, all.baselineSort.median)} | | | | |`);
    const growth = time.comparison[1000].widget.median / time.comparison[100].widget.median;
    const baseGrowth = time.comparison[1000].baseline.median / time.comparison[100].baseline.median;
    const allGrowth = time.everyRow.widget.median / time.comparison[100].widget.median;
    const allBaseGrowth = time.everyRow.baseline.median / time.comparison[100].baseline.median;
    out.push(`| comparison render growth, 100 → 1,000 clinics | ${growth.toFixed(1)}× | | ${baseGrowth.toFixed(1)}× | | | | | |`);
    out.push(`| the same, every row at once | ${allGrowth.toFixed(1)}× | | ${allBaseGrowth.toFixed(1)}× | | | | | |`);
    for (const tag of WIDGETS) {
      const r = time.defaultRender[tag];
      out.push(`| \`<${tag}>\` default content: first render | ${ms(r.median)} | ${ms(r.min)}–${ms(r.max)} | | | | | | |`);
    }
    out.push(`| checklist: tick to updated | ${ms(time.checklistTick.median)} | ${ms(time.checklistTick.min)}–${ms(time.checklistTick.max)} | | | | | | |`);
    out.push(`| 30 mixed widgets: script time to all rendered | ${ms(time.page30.ms.median)} | ${ms(time.page30.ms.min)}–${ms(time.page30.ms.max)} | | | | | | |`);
    out.push(`| 30 mixed widgets: longest task | ${ms(time.page30.longestTask.median)} | ${ms(time.page30.longestTask.min)}–${ms(time.page30.longestTask.max)} | | | | | | |`);
    out.push('', `| Grid.js | ${SIZES.map((n) => `${n} clinics`).join(' | ')} |`, `| --- |${SIZES.map(() => ' ---: |').join('')}`);
    out.push(`| every row, rows in | ${SIZES.map((n) => ms(time.comparison[n].gridjsRowsIn.median)).join(' | ')} |`);
    out.push(`| every row, settled | ${SIZES.map((n) => ms(time.comparison[n].gridjs.median)).join(' | ')} |`);
    out.push(`| ${PAGE_SIZE} per page, rows in | ${SIZES.map((n) => ms(time.comparison[n].gridjsPagedRowsIn.median)).join(' | ')} |`);
    out.push(`| ${PAGE_SIZE} per page, settled | ${SIZES.map((n) => ms(time.comparison[n].gridjsPaged.median)).join(' | ')} |`);
  }
  out.push('', '| Budget | result | figures |', '| --- | --- | --- |');
  for (const line of checks) out.push(`| ${line.name} | ${line.ok ? 'pass' : '**miss**'} | ${line.detail} |`);
  return out.join('\n');
}

/** First render against clinic count, log–log, for the widget, the plain-DOM baseline and Grid.js. */
function chart(time) {
  const W = 680, H = 360, L = 70, R = 180, T = 30, B = 50;
  const series = [
    ['widget', '#0a5bb5', (n) => time.comparison[n].widget.median],
    ['plain DOM', '#2e7d32', (n) => time.comparison[n].baseline.median],
    ['Grid.js', '#c25e00', (n) => time.comparison[n].gridjs.median],
    [`Grid.js, ${PAGE_SIZE}/page`, '#c25e00', (n) => time.comparison[n].gridjsPaged.median, '6 4'],
    ['widget, all rows', '#0a5bb5', (n) => (n === 1000 ? time.everyRow.widget : time.comparison[n].widget).median, '6 4'],
    ['plain DOM, all rows', '#2e7d32', (n) => (n === 1000 ? time.everyRow.baseline : time.comparison[n].baseline).median, '6 4'],
  ];
  const values = series.flatMap(([, , f]) => SIZES.map(f));
  const lo = Math.log10(Math.max(0.1, Math.min(...values)) / 1.5);
  const hi = Math.log10(Math.max(...values) * 1.5);
  const x = (n) => L + ((Math.log10(n) - 1) / 2) * (W - L - R);
  const y = (v) => T + (1 - (Math.log10(Math.max(v, 0.1)) - lo) / (hi - lo)) * (H - T - B);
  const parts = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${L}" y="18" font-weight="bold">First render of the guarantee comparison (ms, log scale)</text>`,
    `<line x1="${L}" y1="${H - B}" x2="${W - R}" y2="${H - B}" stroke="#444"/>`, `<line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#444"/>`];
  for (const n of SIZES) parts.push(`<text x="${x(n)}" y="${H - B + 18}" text-anchor="middle">${n}</text>`);
  parts.push(`<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">clinics</text>`);
  for (let p = Math.ceil(lo); p <= Math.floor(hi); p++) {
    const v = 10 ** p;
    parts.push(`<line x1="${L - 4}" y1="${y(v)}" x2="${W - R}" y2="${y(v)}" stroke="#ddd"/>`, `<text x="${L - 8}" y="${y(v) + 4}" text-anchor="end">${v}</text>`);
  }
  series.forEach(([name, colour, f, dash], index) => {
    const points = SIZES.map((n) => `${x(n).toFixed(1)},${y(f(n)).toFixed(1)}`).join(' ');
    const dashes = dash ? ` stroke-dasharray="${dash}"` : '';
    parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2.5"${dashes}/>`);
    for (const n of SIZES) parts.push(`<circle cx="${x(n)}" cy="${y(f(n))}" r="3.5" fill="${colour}"/>`);
    parts.push(`<line x1="${W - R + 15}" y1="${T + 20 + index * 20}" x2="${W - R + 40}" y2="${T + 20 + index * 20}" stroke="${colour}" stroke-width="2.5"${dashes}/>`, `<text x="${W - R + 46}" y="${T + 24 + index * 20}">${name}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}

/** Writes the table into docs/benchmark.md, between its bench markers. */
function updateBenchmarkPage(table) {
  const path = join(ROOT, 'docs/benchmark.md');
  const page = readFileSync(path, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (!page.includes(start)) return;
  writeFileSync(path, `${page.slice(0, page.indexOf(start) + start.length)}\n${table}\n${page.slice(page.indexOf(end))}`);
}

// ---- Main ----

execFileSync('npx', ['rollup', '-c', '--silent'], { cwd: ROOT, stdio: 'inherit' });
const size = bytes();
const { pages, bundlers, time } = await inBrowser();
const checks = budgets(pages, bundlers, size, time);
if (!bytesOnly) {
  const table = markdown(size, bundlers, time, checks);
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs: RUNS, bytes: size, pages, bundlers: bundlers.map(({ name, files, gzip, written, apart }) => ({ name, files, gzip, written, apart })), timings: time, budgets: checks }, null, 2)}\n`);
  writeFileSync(join(ROOT, 'bench/results.md'), `${table}\n`);
  writeFileSync(join(ROOT, 'bench/render-chart.svg'), `${chart(time)}\n`);
  updateBenchmarkPage(table);
  console.log(`\n${table}\n`);
}
for (const line of checks) console.log(`${line.ok ? 'PASS' : 'MISS'} ${line.name}: ${line.detail}`);
process.exit(checks.every((line) => line.ok) ? 0 : 1);
