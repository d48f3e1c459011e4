import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { render } from 'lit';
import { stringsFor, type Locale } from '../../src/core/strings.js';
import { clinicViews, mostGenerous, rowsToShow, sortClinics, type ClinicView, type Strings } from '../../src/guarantee-comparison/guarantee-comparison.model.js';
import type { Clinic, ComparisonConfig } from '../../src/guarantee-comparison/guarantee-comparison.schema.js';
import { comparisonStrings } from '../../src/guarantee-comparison/guarantee-comparison.strings.js';
import { comparisonStyles } from '../../src/guarantee-comparison/guarantee-comparison.styles.js';
import { tableRows } from '../../src/guarantee-comparison/table-rows.js';
import { rowTemplates } from '../../src/guarantee-comparison/table-rows.server.js';
import pack from '../../src/locales/ar.js';

// The comparison's row builder on its own: a <tbody> it fills, and the server's templates it must match.

const CLINICS: Clinic[] = [
  {
    name: 'Example Clinic North & <Sons>',
    url: 'https://example.com/north?a=1&b=<2>',
    location: 'Northtown (fictional)',
    guarantee: { length: 'lifetime', touchUps: { included: true, sessions: 2, withinMonths: 12 }, refund: 'partial', inWriting: true, conditions: ['Aftercare followed', '<b>not bold</b>'] },
    trackRecord: { rating: 'good', note: 'Fictional note (demo data)', source: 'https://example.com/reviews' },
    verified: '2026-09-30',
    extra: [{ label: 'Price', value: 'From 900 (fictional)' }],
  },
  { name: 'عيادة تجريبية', location: 'مدينة خيالية', guarantee: { length: { years: 3 }, touchUps: { included: false }, discolouration: 'unknown', refund: 'none' }, trackRecord: { rating: 'unknown' } },
  { name: 'Example Studio West', guarantee: { length: 'lifetime', refund: 'full', conditions: [] }, trackRecord: { rating: 'mixed', note: 'Only a note' }, verified: '2020-01-01' },
  { name: 'Example Studio East', guarantee: { length: 'none', inWriting: false }, trackRecord: { rating: 'poor', source: 'https://example.com/east' } },
];

const CONFIG: ComparisonConfig = { clinics: CLINICS, highlight: 'Example Studio West' };

function viewsOf(config: ComparisonConfig, locale: Locale, strings: Strings): (clinic: Clinic) => ClinicView {
  const { criteria, extraLabels } = rowsToShow(config);
  const marks = new Map(criteria.map((criterion) => [criterion, mostGenerous(criterion, config.clinics!)]));
  return clinicViews({ config, criteria, extraLabels, marks, strings, locale, now: new Date('2026-12-01') });
}

const english = stringsFor(comparisonStrings, 'en-GB', undefined);
const arabic = stringsFor(comparisonStrings, 'ar', undefined, pack['guarantee-comparison']);

/** A table body in a shadow root with the comparison's styles, where white space between blocks is laid out as in the widget. */
function table(): HTMLTableSectionElement {
  const host = document.body.appendChild(document.createElement('div'));
  host.className = 'table-host';
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [comparisonStyles.styleSheet!];
  // A caption, as in the widget, makes it a data table for the browser (not one for layout).
  const element = root.appendChild(document.createElement('table'));
  element.className = 'by-rows';
  element.createCaption().textContent = 'Guarantees';
  return element.appendChild(document.createElement('tbody'));
}

const names = (body: Element) => [...body.querySelectorAll('tr')].map((row) => row.querySelector('.clinic-name')!.textContent);

/** What the page gives assistive technology, as text, without the ids that tell one page's nodes from another's. */
async function accessibilityTree(): Promise<string> {
  return JSON.stringify(await a11ySnapshot({}), (key, value) => (key === 'backendNodeId' || key === 'loaderId' ? undefined : value));
}

// Lit's markers (comments), the text nodes it splits and an empty class attribute are not in what a reader gets.
function plainMarkup(body: Element): string {
  const copy = body.cloneNode(true) as Element;
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const comment of comments) comment.parentNode!.removeChild(comment);
  for (const element of copy.querySelectorAll('[class=""]')) element.removeAttribute('class');
  copy.normalize();
  return copy.innerHTML;
}

describe('the comparison\'s table rows', () => {
  afterEach(() => document.querySelectorAll('.table-host').forEach((element) => element.remove()));

  for (const [locale, strings] of [['en-GB', english], ['ar', arabic]] as const) {
    it(`builds the same markup as the server's templates, in ${locale}`, async () => {
      const views = CLINICS.map(viewsOf(CONFIG, locale, strings));
      const built = table();
      render(tableRows(views, strings), built);
      const builtTree = await accessibilityTree();
      const templated = table();
      render(rowTemplates(views, strings), templated);
      expect(plainMarkup(built)).to.equal(plainMarkup(templated));
      expect(built.textContent).to.include('Sons>').and.include('<b>not bold</b>');
      expect(built.querySelectorAll('b')).to.have.length(0);
      (built.getRootNode() as ShadowRoot).host.remove();
      expect(builtTree).to.include('"role":"link"').and.include(strings.mostGenerous);
      expect(await accessibilityTree()).to.equal(builtTree);
    });
  }

  it('lists the rows in the order given, with markers, flags and the highlighted clinic', () => {
    const body = table();
    render(tableRows(CLINICS.map(viewsOf(CONFIG, 'en-GB', english)), english), body);
    expect(names(body)).to.deep.equal(CLINICS.map((clinic) => clinic.name));
    expect(body.querySelectorAll('[part="marker"]').length).to.be.greaterThan(0);
    expect(body.querySelectorAll('[part="stale"]')).to.have.length(3);
    expect(body.querySelector('tr.highlighted .badge')!.textContent).to.equal(english.highlighted);
    expect(body.querySelector('a')!.getAttribute('href')).to.equal(CLINICS[0]!.url);
  });

  it('moves the rows it has when the order changes, removing none and building none', () => {
    const body = table();
    const view = viewsOf(CONFIG, 'en-GB', english);
    render(tableRows(CLINICS.map(view), english), body);
    const before = [...body.children];
    const sorted = sortClinics(CLINICS, 'name', 'descending');
    render(tableRows(sorted.map(view), english), body);
    expect(names(body)).to.deep.equal(sorted.map((clinic) => clinic.name));
    expect([...body.children].sort()).to.have.members(before);
    render(tableRows([...sorted].reverse().map(view), english), body);
    expect(names(body)).to.deep.equal([...sorted].reverse().map((clinic) => clinic.name));
    expect([...body.children]).to.have.members(before);
  });

  it('adds only the new rows when more are shown, and takes away hidden ones', () => {
    const body = table();
    const view = viewsOf(CONFIG, 'en-GB', english);
    render(tableRows(CLINICS.slice(0, 2).map(view), english), body);
    const first = [...body.children];
    render(tableRows(CLINICS.map(view), english), body);
    expect(names(body)).to.deep.equal(CLINICS.map((clinic) => clinic.name));
    expect(body.children[0]).to.equal(first[0]);
    expect(body.children[1]).to.equal(first[1]);
    const shown = CLINICS.filter((_, index) => index !== 1);
    render(tableRows(shown.map(view), english), body);
    expect(names(body)).to.deep.equal(shown.map((clinic) => clinic.name));
    expect(first[1]!.isConnected).to.be.false;
    render(tableRows([], english), body);
    expect(body.querySelectorAll('tr')).to.have.length(0);
  });

  it('builds every row again in a new language, and none of the old ones stays', () => {
    const body = table();
    render(tableRows(CLINICS.map(viewsOf(CONFIG, 'en-GB', english)), english), body);
    const before = [...body.children];
    render(tableRows(CLINICS.map(viewsOf(CONFIG, 'ar', arabic)), arabic), body);
    expect(body.querySelectorAll('tr')).to.have.length(CLINICS.length);
    for (const row of before) expect(row.isConnected).to.be.false;
    expect(body.textContent).to.include(arabic.notStated).and.not.include(english.notStated);
  });
});
