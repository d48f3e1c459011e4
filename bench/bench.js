// Runs in the browser: each function measures one figure once and returns milliseconds (or bytes).
// bench/run.mjs calls them repeatedly, with a garbage collection between runs.
import { Grid } from '/node_modules/gridjs/dist/gridjs.production.es.min.js';
import { timeToLastChange } from './stop-rule.js';

const stage = document.getElementById('stage');
stage.style.width = '1200px';

const REFUNDS = ['full', 'partial', 'none', 'unknown'];
const RATINGS = ['good', 'mixed', 'poor', 'unknown'];

/** N fictional clinics with every kind of value: markers, "Not stated", lifetime conditions, stale dates. */
export function clinics(count) {
  return Array.from({ length: count }, (_, i) => ({
    name: `Fictional Clinic ${String(i).padStart(4, '0')}`,
    location: `Town ${i % 37}`,
    guarantee: {
      length: i % 11 === 0 ? 'lifetime' : { months: ((i * 7) % 48) + 1 },
      touchUps: { included: i % 3 > 0, sessions: i % 5, withinMonths: 6 + (i % 4) * 6 },
      discolouration: i % 4 === 0 ? 'unknown' : i % 2 ? 'covered' : 'not-covered',
      refund: REFUNDS[i % 4],
      ...(i % 6 ? { inWriting: i % 2 === 0 } : {}),
      conditions: i % 3 ? ['Aftercare followed', 'Sessions attended'] : [],
    },
    trackRecord: { rating: RATINGS[i % 4] },
    ...(i % 5 ? { verified: `2026-${String((i % 12) + 1).padStart(2, '0')}-15` } : {}),
  }));
}

const settle = () => document.body.getBoundingClientRect();
// Each run starts from an empty, laid-out stage, so tearing down the previous run is never on the clock.
const clear = () => {
  stage.replaceChildren();
  settle();
};
const now = () => performance.now();

// ---- The widget ----

async function widget(tag, config, layout = true) {
  const el = document.createElement(tag);
  if (config) el.config = config;
  stage.append(el);
  await el.updateComplete;
  if (layout) settle();
  return el;
}

export async function renderDefault(tag) {
  clear();
  return (await timeToLastChange(stage, () => widget(tag, undefined, false))).ms;
}

// The comparison's renders and re-sorts, the plain table's and Grid.js's are all timed by one rule
// (stop-rule.js): to the last change each makes to the DOM.

/** `pageSize` undefined: the widget's default (100 clinics, then "Show more"). */
export async function comparisonRender(count, pageSize) {
  clear();
  const data = { clinics: clinics(count), pageSize };
  return (await timeToLastChange(stage, () => widget('smp-guarantee-comparison', data, false))).ms;
}

/** What a first render left to do (observers that run once the browser has laid it out) is done before a re-sort or a tick is timed. */
const quiet = () => timeToLastChange(stage, () => {});

export async function comparisonSort(count, pageSize) {
  clear();
  const el = await widget('smp-guarantee-comparison', { clinics: clinics(count), pageSize });
  await quiet();
  const button = [...el.shadowRoot.querySelectorAll('button.sort')].find((b) => b.textContent.includes('Refund'));
  return (await timeToLastChange(stage, () => button.click())).ms;
}

export async function checklistTick() {
  clear();
  const el = await widget('smp-clinic-checklist', { persist: false });
  const box = el.shadowRoot.querySelector('input[type="checkbox"]');
  await quiet();
  return (await timeToLastChange(stage, () => box.click())).ms;
}

/** 30 widgets of mixed kinds inserted at once: the time until all have rendered, and the long tasks. */
export async function page30() {
  clear();
  const tasks = [];
  const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)));
  observer.observe({ type: 'longtask' });
  const tags = ['smp-clinic-checklist', 'smp-guarantee-comparison', 'smp-treatment-explainer'];
  const start = now();
  const els = Array.from({ length: 30 }, (_, i) => {
    const el = document.createElement(tags[i % 3]);
    if (i % 3 === 0) el.config = { id: `bench-${i}`, persist: false };
    return el;
  });
  stage.append(...els);
  await Promise.all(els.map((el) => el.updateComplete));
  settle();
  const ms = now() - start;
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  return { ms, longestTask: Math.max(0, ...tasks), longTasks: tasks.length };
}

/** The JS heap a rendered comparison of `count` clinics holds (bytes), after garbage collection. */
export async function comparisonHeap(count, impl) {
  clear();
  window.gc();
  const before = performance.memory.usedJSHeapSize;
  const data = clinics(count);
  const held = impl === 'widget' ? await widget('smp-guarantee-comparison', { clinics: data }) : baselineTable(data);
  window.gc();
  const after = performance.memory.usedJSHeapSize;
  held.remove();
  return after - before;
}

// ---- Baseline: the same table written by hand with document.createElement ----

const LABELS = ['Clinic', 'Guarantee length', 'Touch-ups', 'Discolouration', 'Refund', 'In writing', 'Conditions', 'Track record of honouring it', 'Last verified'];
const REFUND_WORDS = { full: 'Full refund', partial: 'Partial refund', none: 'No refund', unknown: 'Unknown' };
const RATING_WORDS = { good: 'Good', mixed: 'Mixed', poor: 'Poor', unknown: 'Unknown' };
const DISCOLOURATION_WORDS = { covered: 'Covered', 'not-covered': 'Not covered', unknown: 'Unknown' };
const MONTH = 30.44 * 24 * 3600 * 1000;

function lengthScore(length) {
  if (!length || length === 'unknown') return undefined;
  if (length === 'lifetime') return Infinity;
  if (length === 'none') return 0;
  return length.years ? length.years * 12 : length.months;
}
const scorers = [
  (c) => lengthScore(c.guarantee.length),
  (c) => (c.guarantee.touchUps ? (c.guarantee.touchUps.included ? 1e9 + c.guarantee.touchUps.sessions * 1e4 + c.guarantee.touchUps.withinMonths : 0) : undefined),
  (c) => ({ covered: 2, 'not-covered': 1 })[c.guarantee.discolouration],
  (c) => ({ full: 3, partial: 2, none: 1 })[c.guarantee.refund],
  (c) => (c.guarantee.inWriting === undefined ? undefined : Number(c.guarantee.inWriting)),
  () => undefined,
  (c) => ({ good: 3, mixed: 2, poor: 1 })[c.trackRecord.rating],
];

function best(data, score) {
  const values = data.map(score).filter((value) => value !== undefined);
  if (values.length < 2) return undefined;
  const max = Math.max(...values);
  return values.every((value) => value === max) ? undefined : max;
}

function cell(tag, text) {
  const el = document.createElement(tag);
  if (text !== undefined) el.append(text);
  return el;
}

function describe(c, column) {
  const g = c.guarantee;
  switch (column) {
    case 0: {
      if (g.length === 'lifetime') return 'Lifetime';
      return g.length.months === 1 ? '1 month' : `${g.length.months} months`;
    }
    case 1:
      return g.touchUps.included ? `Included: ${g.touchUps.sessions === 1 ? '1 session' : `${g.touchUps.sessions} sessions`} within ${g.touchUps.withinMonths} months` : 'Not included';
    case 2:
      return DISCOLOURATION_WORDS[g.discolouration];
    case 3:
      return REFUND_WORDS[g.refund];
    case 4:
      return g.inWriting === undefined ? 'Not stated' : g.inWriting ? 'Yes' : 'No';
    case 6:
      return RATING_WORDS[c.trackRecord.rating];
    default:
      return '';
  }
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

function span(className, text) {
  const el = cell('span', text);
  el.className = className;
  return el;
}

function row(c, marks, today) {
  const tr = document.createElement('tr');
  const name = cell('th');
  name.scope = 'row';
  name.append(span('clinic-name', c.name), span('location', c.location));
  tr.append(name);
  for (let column = 0; column < 7; column++) {
    const td = cell('td');
    if (column === 5) {
      if (c.guarantee.conditions.length === 0) td.append('None listed');
      else {
        const ul = cell('ul');
        ul.className = 'conditions';
        for (const condition of c.guarantee.conditions) ul.append(cell('li', condition));
        td.append(ul);
      }
    } else {
      td.append(describe(c, column));
      if (marks[column] !== undefined && scorers[column](c) === marks[column]) td.append(' ', span('marker', '★ Most generous as stated'));
      if (column === 0 && c.guarantee.length === 'lifetime') {
        td.append(span('lifetime-conditions', c.guarantee.conditions.length ? `Conditions of the lifetime term: ${c.guarantee.conditions.join('; ')}` : 'Conditions of the lifetime term: not stated. Ask for them in writing.'));
      }
    }
    tr.append(td);
  }
  const verified = cell('td', c.verified ? dateFormat.format(new Date(`${c.verified}T00:00:00Z`)) : 'Not stated');
  if (!c.verified || today - Date.parse(`${c.verified}T00:00:00Z`) > 12 * MONTH) verified.append(' ', span('stale', '⚠ Possibly out of date'));
  tr.append(verified);
  return tr;
}

const PAGE_SIZE = 100;

function showMore(shown, total) {
  const more = cell('div');
  more.className = 'show-more';
  const button = cell('button', `Show ${Math.min(PAGE_SIZE, total - shown)} more`);
  button.type = 'button';
  more.append(cell('p', `Showing ${shown} of ${total} clinics.`), button);
  return more;
}

/**
 * The same table in a shadow root with the widget's own stylesheet and class names, so both pay for the same
 * layout and the comparison is between ways of building the DOM. Like the widget, it lists the first
 * `pageSize` clinics with a "Show more" button under them; markers consider every clinic.
 */
function baselineTable(data, pageSize = PAGE_SIZE) {
  const marks = scorers.map((score) => best(data, score));
  const today = Date.now();
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = customElements.get('smp-guarantee-comparison').elementStyles.map((style) => style.styleSheet);
  const sizer = cell('div');
  sizer.className = 'sizer';
  const root = cell('div');
  root.className = 'root';
  // The text around the table too (title, filter summary, note), so both lay out the same page.
  const section = cell('section');
  section.className = 'widget comparison';
  const header = cell('header');
  header.append(cell('h2', 'SMP guarantees compared'));
  const filter = cell('details');
  filter.className = 'filter';
  filter.append(cell('summary', `Show or hide clinics (${data.length} of ${data.length} shown)`), cell('ul'));
  const status = cell('p');
  status.className = 'visually-hidden';
  const note = cell('p', 'General information, not medical advice or legal advice. Terms change: confirm them with the clinic in writing.');
  note.className = 'note disclaimer';
  const scroller = cell('div');
  scroller.className = 'scroller';
  const table = document.createElement('table');
  table.className = 'by-rows';
  table.append(cell('caption', '★ marks the most generous term as stated for each criterion; “Not stated” means no information was given.'));
  const head = cell('thead');
  const headRow = cell('tr');
  for (const label of LABELS) {
    const th = cell('th');
    th.scope = 'col';
    const button = cell('button', label);
    button.className = 'sort';
    th.append(button);
    headRow.append(th);
  }
  head.append(headRow);
  const body = cell('tbody');
  for (const c of data.slice(0, pageSize)) body.append(row(c, marks, today));
  table.append(head, body);
  scroller.append(table);
  section.append(header, filter, status, scroller);
  if (data.length > pageSize) section.append(showMore(pageSize, data.length));
  section.append(note);
  root.append(section);
  shadow.append(sizer, root);
  stage.append(host);
  return host;
}

export async function baselineRender(count, pageSize) {
  clear();
  const data = clinics(count);
  return (await timeToLastChange(stage, () => baselineTable(data, pageSize))).ms;
}

export async function baselineSort(count, pageSize = PAGE_SIZE) {
  clear();
  const data = clinics(count);
  const body = baselineTable(data, pageSize).shadowRoot.querySelector('tbody');
  settle();
  await quiet();
  return (await timeToLastChange(stage, () => resortBaseline(body, data, pageSize))).ms;
}

function resortBaseline(body, data, pageSize) {
  // Re-sort by refund, most generous first, unknowns last; rows already built are moved, the rest built.
  const built = new Map([...body.rows].map((tr, index) => [data[index], tr]));
  const sorted = data.map((c, index) => ({ c, score: scorers[3](c) ?? -Infinity, index }));
  sorted.sort((a, b) => b.score - a.score || a.index - b.index);
  const marks = scorers.map((score) => best(data, score));
  const today = Date.now();
  body.replaceChildren(...sorted.slice(0, pageSize).map(({ c }) => built.get(c) ?? row(c, marks, today)));
}

// ---- Grid.js, showing the same rows and columns ----

/**
 * Grid.js with the same rows and columns; `limit`: its own pagination, showing that many rows per page (the same
 * rows the widget shows). Timed two ways: `settled`, by the stop rule, to its last change to the DOM (it sizes its
 * columns after its rows are in), and `rowsIn`, to when its last row is in the DOM.
 */
export async function gridjsRender(count, limit, figure = 'settled') {
  clear();
  const data = clinics(count);
  const rows = data.map((c) => [c.name, describe(c, 0), describe(c, 1), describe(c, 2), describe(c, 3), describe(c, 4), c.guarantee.conditions.join('; ') || 'None listed', describe(c, 6), c.verified ?? 'Not stated']);
  const render = (container) => {
    stage.append(container);
    // At its best: its default waits 100 ms before processing the data, which is not render work.
    new Grid({ columns: LABELS, data: rows, sort: true, processingThrottleMs: 0, ...(limit ? { pagination: { limit } } : {}) }).render(container);
  };
  if (figure === 'settled') return (await timeToLastChange(stage, () => render(document.createElement('div')))).ms;
  const start = now();
  const container = document.createElement('div');
  render(container);
  const expected = limit ? Math.min(limit, count) : count;
  await new Promise((resolve) => {
    const done = () => container.querySelectorAll('tbody tr').length === expected;
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (done()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(container, { childList: true, subtree: true });
  });
  settle();
  return now() - start;
}

window.bench = { renderDefault, comparisonRender, comparisonSort, checklistTick, page30, comparisonHeap, baselineRender, baselineSort, gridjsRender };
window.benchReady = true;
