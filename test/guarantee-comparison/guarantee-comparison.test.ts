import { aTimeout, elementUpdated, expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/guarantee-comparison/index.js';
import type { ComparisonConfig, SmpGuaranteeComparison } from '../../src/guarantee-comparison/index.js';
import { captureConsole, expectRendered, panelText, shadowText, watchPageErrors } from '../shared/page-errors.js';
import { runWidgetContract } from '../shared/widget-contract.js';

// The example from the widget's documentation, accepted exactly as written.
const EXAMPLE: ComparisonConfig = {
  title: 'SMP guarantees compared',
  clinics: [
    {
      name: 'Example Clinic North',
      url: 'https://example.com/north',
      location: 'Northtown (fictional)',
      guarantee: {
        length: 'lifetime',
        touchUps: { included: true, sessions: 2, withinMonths: 12 },
        discolouration: 'covered',
        refund: 'partial',
        inWriting: true,
        conditions: ['Aftercare instructions followed', 'Annual review attended'],
      },
      trackRecord: { rating: 'good', note: 'Fictional reports of touch-ups honoured (demo data)', source: 'https://example.com/reviews' },
      verified: '2026-09-30',
    },
    {
      name: 'Example Studio South',
      guarantee: { length: { years: 3 }, touchUps: { included: false }, discolouration: 'unknown', refund: 'none' },
      trackRecord: { rating: 'unknown' },
    },
  ],
};

runWidgetContract({
  tag: 'smp-guarantee-comparison',
  registerModule: '/src/guarantee-comparison/index.ts',
  validConfig: EXAMPLE,
  demoConfigs: ['/demo/guarantees.json'],
  invalidConfig: {
    config: { clinics: [{ name: 'Fictional Clinic', guarantee: { refund: 'some' } }] },
    expected: 'clinics[0].guarantee.refund: expected one of "full", "partial", "none", "unknown", got "some"',
  },
  longTextConfigs: ({ word, title, url, name }) => {
    const clinics = [
      { name, location: title, guarantee: { length: { years: 2 }, conditions: [word, url] }, extra: [{ label: title, value: word }], trackRecord: { rating: 'mixed', note: word, source: url } },
      { name: url.slice(0, 80), url, guarantee: { length: 'lifetime', refund: 'partial' } },
    ];
    return {
      columns: { title, intro: url, clinics, highlight: name },
      rows: { title, clinics, layout: 'rows' },
      'the error panel': { layout: word },
    };
  },
  siteDisclaimer: (words) => ({ disclaimer: words }),
});

const shadow = (el: Element) => el.shadowRoot!;
const rowOf = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll('tbody tr')].find((row) => row.querySelector('th')!.textContent!.includes(label))!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim());
const columnNames = (el: Element) => [...shadow(el).querySelectorAll('thead th[scope="col"] .clinic-name')].map((th) => th.textContent!.trim());
const sortButton = (el: Element, label: string) =>
  [...shadow(el).querySelectorAll<HTMLButtonElement>('button.sort')].find((b) => b.textContent!.includes(label))!;

function manyClinics(count: number): ComparisonConfig {
  const refunds = ['full', 'partial', 'none', 'unknown'] as const;
  return {
    clinics: Array.from({ length: count }, (_, i) => ({
      name: `Fictional Clinic ${String(i).padStart(4, '0')}`,
      guarantee: { length: { months: (i * 7) % 48 + 1 }, refund: refunds[i % 4], touchUps: { included: i % 3 > 0, sessions: i % 5 } },
      verified: '2026-10-01',
    })),
  };
}

describe('<smp-guarantee-comparison>', () => {
  it('keeps the "Sort by" list inside a narrow widget, however long its longest option', async () => {
    const host = await fixture<HTMLElement>(html`<div style="width: 240px"><smp-guarantee-comparison></smp-guarantee-comparison></div>`);
    const el = host.querySelector<SmpGuaranteeComparison>('smp-guarantee-comparison')!;
    el.config = { clinics: [{ name: 'A', guarantee: { refund: 'full' } }, { name: 'B' }] };
    await el.updateComplete;
    await nextFrame();
    await el.updateComplete;
    const root = el.shadowRoot!.querySelector('.root')!;
    const box = root.getBoundingClientRect();
    const padding = parseFloat(getComputedStyle(root).paddingInlineEnd);
    // Within the content box: the list and the cards it would otherwise stretch.
    for (const selector of ['#sort-select', '.sort-controls button', '.filter summary', 'h2', '.cards', '.card dl']) {
      const part = el.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      expect(part.right, selector).to.be.at.most(box.right - padding + 0.5);
    }
  });

  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => (errors = captureConsole('error')));
  afterEach(() => errors.restore());

  async function example(config: ComparisonConfig = EXAMPLE) {
    const el = await fixture<SmpGuaranteeComparison>(html`<smp-guarantee-comparison .config=${config}></smp-guarantee-comparison>`);
    el.clock = () => new Date('2026-11-24T12:00:00Z');
    el.requestUpdate();
    await elementUpdated(el);
    return el;
  }

  describe('the documented example', () => {
    it('renders one column per clinic in a real table', async () => {
      const el = await example();
      expectRendered(el, '[part="table"] tbody tr');
      expect(errors.messages).to.deep.equal([]);
      expect(shadow(el).querySelector('table caption')).to.exist;
      expect(columnNames(el)).to.deep.equal(['Example Clinic North', 'Example Studio South']);
      expect(shadow(el).querySelectorAll('tbody th[scope="row"]').length).to.equal(8);
      expect(shadow(el).querySelector<HTMLAnchorElement>('thead a')!.href).to.equal('https://example.com/north');
      expect(shadowText(el)).to.include('Northtown (fictional)');
    });

    it('marks the most generous stated term with an icon and words, never on unknowns', async () => {
      const el = await example();
      expect(cells(rowOf(el, 'Guarantee length'))[0]).to.include('Lifetime').and.include('Most generous as stated');
      expect(cells(rowOf(el, 'Touch-ups'))[0]).to.equal(
        'Included: 2 sessions within 12 months Most generous as stated',
      );
      expect(cells(rowOf(el, 'Refund'))).to.deep.equal(['Partial refund Most generous as stated', 'No refund']);
      // Only one clinic states these, so there is nothing to be more generous than.
      expect(cells(rowOf(el, 'Discolouration'))).to.deep.equal(['Covered', 'Unknown']);
      expectRendered(el, '[part="table"] [part="marker"]');
      expect(cells(rowOf(el, 'Track record'))[0]).to.not.include('Most generous');
      expect(shadowText(el)).to.not.include('best');
      // The star is drawn before the words and left out of what screen readers read.
      const marker = rowOf(el, 'Refund').querySelector('[part="marker"]')!;
      expect(getComputedStyle(marker, '::before').content).to.equal('"★ " / ""');
    });

    it('shows a lifetime term with its conditions beside it, and conditions in full', async () => {
      const el = await example();
      expect(cells(rowOf(el, 'Guarantee length'))[0]).to.include(
        'Conditions of the lifetime term: Aftercare instructions followed; Annual review attended',
      );
      const conditions = rowOf(el, 'Conditions').querySelectorAll('td')[0]!.querySelectorAll('li');
      expect([...conditions].map((li) => li.textContent)).to.deep.equal(['Aftercare instructions followed', 'Annual review attended']);
    });

    it('says "Not stated" for anything absent, never a blank', async () => {
      const el = await example();
      expect(cells(rowOf(el, 'In writing'))).to.deep.equal(['Yes', 'Not stated']);
      expect(cells(rowOf(el, 'Conditions'))[1]).to.equal('Not stated');
      expectRendered(el, '[part="table"] td');
      for (const cell of shadow(el).querySelectorAll('td')) expect(cell.textContent!.trim()).to.not.equal('');
    });

    it('shows the track record note and its source link', async () => {
      const el = await example();
      const cell = rowOf(el, 'Track record').querySelector('td')!;
      expect(cell.textContent).to.include('Fictional reports of touch-ups honoured (demo data)');
      expect(cell.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/reviews');
    });
  });

  describe('staleness', () => {
    it('flags a clinic never verified, and one verified too long ago by a fixed clock', async () => {
      const el = await example();
      expect(cells(rowOf(el, 'Last verified'))).to.deep.equal(['30 Sept 2026', 'Not stated Possibly out of date']);
      expect(getComputedStyle(rowOf(el, 'Last verified').querySelector('[part="stale"]')!, '::before').content).to.equal('"⚠ " / ""');
      el.clock = () => new Date('2028-01-01T00:00:00Z');
      el.requestUpdate();
      await elementUpdated(el);
      expect(cells(rowOf(el, 'Last verified'))[0]).to.include('Possibly out of date');
    });

    it('honours staleAfterMonths', async () => {
      const el = await example({ ...EXAMPLE, staleAfterMonths: 1 });
      expect(cells(rowOf(el, 'Last verified'))[0]).to.include('Possibly out of date');
    });
  });

  describe('sorting', () => {
    it('sorts by a criterion with the mouse, reverses on a second click, and says so', async () => {
      const el = await example();
      sortButton(el, 'Refund').click();
      await elementUpdated(el);
      expect(columnNames(el)).to.deep.equal(['Example Clinic North', 'Example Studio South']);
      expect(sortButton(el, 'Refund').closest('th')!.getAttribute('aria-sort')).to.equal('descending');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Sorted by Refund, most generous first.');
      sortButton(el, 'Refund').click();
      await elementUpdated(el);
      expect(columnNames(el)).to.deep.equal(['Example Studio South', 'Example Clinic North']);
      expect(sortButton(el, 'Refund').closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    });

    it('sorts with the keyboard and fires smp-comparison-sort', async () => {
      const el = await example();
      sortButton(el, 'Clinic').focus();
      setTimeout(() => sendKeys({ press: 'Enter' }));
      const event = await oneEvent(el, 'smp-comparison-sort');
      expect(event.detail).to.deep.equal({ criterion: 'name', direction: 'ascending' });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('sorts a long list by rows, with aria-sort on the column header', async () => {
      const el = await example(manyClinics(6));
      expect(shadow(el).querySelector('table')!.classList.contains('by-rows')).to.be.true;
      sortButton(el, 'Refund').click();
      await elementUpdated(el);
      const header = sortButton(el, 'Refund').closest('th')!;
      expect(header.getAttribute('scope')).to.equal('col');
      expect(header.getAttribute('aria-sort')).to.equal('descending');
      const firstRefund = shadow(el).querySelector('tbody tr td:nth-of-type(4)')!.textContent!;
      expect(firstRefund).to.include('Full refund');
      await expect(el).to.be.accessible();
    });

    it('tells screen readers the new order when the page sorts from its own code', async () => {
      const el = await example(manyClinics(6));
      el.sortBy('refund');
      await elementUpdated(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Sorted by Refund, most generous first.');
      el.sortBy('refund');
      await elementUpdated(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Sorted by Refund, least generous first.');
    });

    it('moves the rows already built when it sorts, rather than building them again', async () => {
      const el = await example(manyClinics(6));
      const rowsByName = () => new Map([...shadow(el).querySelectorAll('tbody tr')].map((row) => [row.querySelector('th')!.textContent!.trim(), row]));
      const before = rowsByName();
      const cellsBefore = [...before.values()].map((row) => row.querySelector('td'));
      sortButton(el, 'Refund').click();
      await elementUpdated(el);
      const after = rowsByName();
      expect([...after.keys()], 'the order did not change').to.not.deep.equal([...before.keys()]);
      for (const [name, row] of after) expect(row, name).to.equal(before.get(name));
      for (const cell of cellsBefore) expect(cell!.isConnected, 'a cell was built again').to.be.true;
    });
  });

  describe('layout and filtering', () => {
    it('hides and shows clinics', async () => {
      const el = await example();
      shadow(el).querySelector<HTMLElement>('.filter summary')!.click();
      await waitUntil(() => shadow(el).querySelector('.filter input'), 'the clinic list did not open');
      const boxes = shadow(el).querySelectorAll<HTMLInputElement>('.filter input');
      boxes[0]!.click();
      await elementUpdated(el);
      expect(columnNames(el)).to.deep.equal(['Example Studio South']);
      expect(shadow(el).querySelector('.filter summary')!.textContent).to.include('1 of 2 shown');
      boxes[0]!.click();
      await elementUpdated(el);
      expect(columnNames(el)).to.have.length(2);
    });

    it('becomes one card per clinic in a narrow container', async () => {
      const page = await fixture(html`<div style="width:420px"><smp-guarantee-comparison .config=${EXAMPLE}></smp-guarantee-comparison></div>`);
      const el = page.firstElementChild as SmpGuaranteeComparison;
      await waitUntil(() => shadow(el).querySelector('.cards'), 'no cards');
      expectRendered(el, '[part="card"]');
      expect(shadow(el).querySelector('table')).to.be.null;
      const cards = shadow(el).querySelectorAll('.card');
      expect(cards).to.have.length(2);
      expect(cards[0]!.textContent).to.include('Most generous as stated').and.include('Annual review attended');
      expect(cards[1]!.textContent).to.include('Not stated');
      await expect(el).to.be.accessible();
    });

    it('renders once when inserted, not again once its width is measured', async () => {
      // A first comparison with a config loads the validator, which the next one then has at once.
      await fixture(html`<smp-guarantee-comparison .config=${EXAMPLE}></smp-guarantee-comparison>`);
      const host = await fixture<HTMLElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement('smp-guarantee-comparison') as SmpGuaranteeComparison;
      let renders = 0;
      const update = (el as unknown as { update: (changed: unknown) => void }).update.bind(el);
      (el as unknown as { update: (changed: unknown) => void }).update = (changed) => {
        renders++;
        update(changed);
      };
      el.config = EXAMPLE;
      host.append(el);
      await el.updateComplete;
      await nextFrame();
      await nextFrame();
      await el.updateComplete;
      expectRendered(el, '[part="table"]');
      expect(renders).to.equal(1);
    });

    it('switches back to a table when the container widens', async () => {
      const page = await fixture<HTMLDivElement>(html`<div style="width:420px"><smp-guarantee-comparison .config=${EXAMPLE}></smp-guarantee-comparison></div>`);
      const el = page.firstElementChild as SmpGuaranteeComparison;
      await waitUntil(() => shadow(el).querySelector('.cards'));
      page.style.width = '900px';
      await waitUntil(() => shadow(el).querySelector('table'), 'no table after widening');
      await nextFrame();
    });

    it('scrolls inside a bounded height with sticky header cells', async () => {
      const el = await example({ ...manyClinics(30), maxHeight: '300px' });
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.getBoundingClientRect().height).to.be.at.most(302);
      const header = shadow(el).querySelector('thead th')!;
      expect(getComputedStyle(header).position).to.equal('sticky');
      const top = header.getBoundingClientRect().top;
      scroller.scrollTop = 500;
      await nextFrame();
      expect(header.getBoundingClientRect().top).to.be.closeTo(top, 1);
    });

    it('marks the site’s own clinic in words', async () => {
      const el = await example({ ...EXAMPLE, highlight: 'Example Studio South' });
      const header = shadow(el).querySelectorAll('thead th')[2]!;
      expect(header.textContent).to.include('This site’s own clinic');
    });

    it('shows custom rows after the standard criteria', async () => {
      const config: ComparisonConfig = {
        clinics: [
          { name: 'Fictional A', extra: [{ label: 'Free consultation', value: 'Yes' }] },
          { name: 'Fictional B' },
        ],
      };
      const el = await example(config);
      expect(cells(rowOf(el, 'Free consultation'))).to.deep.equal(['Yes', 'Not stated']);
    });

    it('shows the site\'s intro as a paragraph under the title, like the built-in one', async () => {
      const el = await example({ ...EXAMPLE, intro: 'Terms as our members found them.' });
      expect(shadow(el).querySelector('header p.intro')!.textContent).to.equal('Terms as our members found them.');
    });

    it('shows only the chosen criteria, in the chosen order', async () => {
      const el = await example({ ...EXAMPLE, criteria: ['refund', 'length'] });
      const rows = [...shadow(el).querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
      expect(rows).to.deep.equal(['Refund\u00a0↕', 'Guarantee length\u00a0↕']);
    });

    it('in a list of rows, shows the chosen criteria and custom rows under their own headers', async () => {
      const clinics = manyClinics(6).clinics!.map((clinic) => ({ ...clinic, extra: [{ label: 'Free consultation', value: 'Yes' }] }));
      const el = await example({ clinics, criteria: ['refund', 'length'] });
      const headers = [...shadow(el).querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[↕↑↓]/g, '').trim());
      expect(headers).to.deep.equal(['Clinic', 'Refund', 'Guarantee length', 'Free consultation']);
      const firstRow = shadow(el).querySelector('tbody tr')!;
      // One cell per header: none built for the criteria left out and then hidden.
      const texts = [...firstRow.querySelectorAll('td')].map((td) => td.textContent!.replace(/\s+/g, ' ').trim());
      expect(texts).to.have.length(3);
      expect(texts[0]).to.match(/^Full refund/);
      expect(texts[1]).to.match(/^1 month/);
      expect(texts[2]).to.equal('Yes');
      await expect(el).to.be.accessible();
    });
  });

  describe('reading a wide table', () => {
    async function inColumn(width: number, config: ComparisonConfig) {
      const host = await fixture<HTMLElement>(html`<div style=${`width:${width}px`}><smp-guarantee-comparison .config=${config}></smp-guarantee-comparison></div>`);
      const el = host.firstElementChild as SmpGuaranteeComparison;
      await waitUntil(() => shadow(el).querySelector('table, .cards'), 'nothing rendered');
      await nextFrame();
      await el.updateComplete;
      return { host, el };
    }
    const frame = (el: Element) => shadow(el).querySelector<HTMLElement>('.scroll-frame')!;
    /** Whether a reader sees the shadow at that edge of the table (its opacity, as the browser computes it now). */
    const edgeShown = (el: Element, edge: 'start' | 'end') =>
      Number(edge === 'start' ? getComputedStyle(shadow(el).querySelector('.start-edge')!).opacity : getComputedStyle(frame(el), '::after').opacity) > 0.5;

    it('shows a shadow at each edge the table can still scroll towards', async () => {
      const { el } = await inColumn(700, manyClinics(6));
      expectRendered(el, '[part="table"]');
      await waitUntil(() => edgeShown(el, 'end'), 'no shadow at the end of a table wider than its column');
      expect(edgeShown(el, 'start')).to.be.false;
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(scroller.tabIndex).to.equal(0);
      scroller.scrollLeft = scroller.scrollWidth;
      await waitUntil(() => edgeShown(el, 'start'), 'no shadow at the start after scrolling');
      await waitUntil(() => !edgeShown(el, 'end'), 'a shadow at the end once scrolled to it');
      const edge = shadow(el).querySelector('.start-edge')!;
      const column = shadow(el).querySelector('thead th:first-child')!.getBoundingClientRect();
      expect(edge.getBoundingClientRect().left, 'the start shadow is not just past the sticky column').to.be.closeTo(column.right, 2);
      await expect(el).to.be.accessible();
    });

    it('shows the shadows right to left too, the start one past the sticky column on the right', async () => {
      const { el } = await inColumn(700, manyClinics(6));
      el.locale = 'ar';
      await waitUntil(() => shadow(el).querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 'not right to left');
      await waitUntil(() => edgeShown(el, 'end'), 'no shadow at the end (left) of the table');
      expect(edgeShown(el, 'start')).to.be.false;
      const scroller = shadow(el).querySelector<HTMLElement>('.scroller')!;
      scroller.scrollLeft = -scroller.scrollWidth;
      await waitUntil(() => edgeShown(el, 'start') && !edgeShown(el, 'end'), 'the shadows did not follow the scroll');
      const column = shadow(el).querySelector('thead th:first-child')!.getBoundingClientRect();
      expect(shadow(el).querySelector('.start-edge')!.getBoundingClientRect().right).to.be.closeTo(column.left, 2);
    });

    it('isolates clinic data for direction where it meets the widget\'s own words', async () => {
      for (const width of [1000, 320]) {
        const { el } = await inColumn(width, { ...EXAMPLE, clinics: [{ ...EXAMPLE.clinics![0]!, extra: [{ label: 'Free consultation', value: 'Yes' }] }, EXAMPLE.clinics![1]!] });
        el.locale = 'ar';
        await waitUntil(() => shadow(el).querySelector('[part="base"]')!.getAttribute('dir') === 'rtl', 'not right to left');
        const data = ['Example Clinic North', 'Northtown (fictional)', 'Aftercare instructions followed; Annual review attended', 'Annual review attended', 'Fictional reports of touch-ups', 'Free consultation'];
        const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
        const found = new Set<string>();
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent!;
          for (const value of data.filter((item) => text.includes(item))) {
            found.add(value);
            expect(node.parentElement!.closest('bdi, [dir="auto"]'), `${width}px: "${value}" is not isolated`).to.exist;
          }
        }
        expect([...found].sort(), `${width}px: ${JSON.stringify([...found])}`).to.deep.equal([...data].sort());
      }
    });

    it('draws its edge shadows from the scroll position alone: nothing is measured while it updates, nothing changes once it has rendered', async () => {
      const { el } = await inColumn(700, manyClinics(6));
      let reads = 0;
      const scrollWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'scrollWidth')!;
      const rect = Element.prototype.getBoundingClientRect;
      Object.defineProperty(Element.prototype, 'scrollWidth', { configurable: true, get() { reads += 1; return scrollWidth.get!.call(this); } });
      Element.prototype.getBoundingClientRect = function () { reads += 1; return rect.call(this); };
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      try {
        el.sortBy('refund');
        await el.updateComplete;
        expect(reads, 'layout read while updating').to.equal(0);
        // After its first render the browser lays the table out: the widget writes nothing more (what a reader sees is its render).
        const another = document.createElement('smp-guarantee-comparison');
        another.config = manyClinics(7);
        // Counting starts as the render that shows the table is done, before the browser lays it out.
        let rendered = false;
        another.addController({
          hostUpdated: () => {
            if (rendered || !another.shadowRoot!.querySelector('table')) return;
            rendered = true;
            reads = 0;
            observer.takeRecords();
          },
        });
        el.parentElement!.append(another);
        observer.observe(another.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
        await waitUntil(() => rendered, 'no table');
        for (let i = 0; i < 3; i++) await nextFrame();
        changes.push(...observer.takeRecords());
        expect(reads, 'layout read after the render').to.equal(0);
        expect(changes.map((change) => `${change.type} ${change.attributeName ?? ''} on ${(change.target as Element).className}`)).to.deep.equal([]);
      } finally {
        observer.disconnect();
        Object.defineProperty(Element.prototype, 'scrollWidth', scrollWidth);
        Element.prototype.getBoundingClientRect = rect;
      }
      // Fewer clinics narrow the table: the shadow goes with the overflow.
      el.config = manyClinics(2);
      await waitUntil(() => !edgeShown(el, 'end'), 'the end shadow stayed on a table that fits');
    });

    it('shows no shadow when the table fits', async () => {
      const { el } = await inColumn(1200, EXAMPLE);
      expectRendered(el, '.scroll-frame [part="table"]');
      for (let i = 0; i < 2; i++) await nextFrame();
      expect(edgeShown(el, 'end')).to.be.false;
      expect(edgeShown(el, 'start')).to.be.false;
    });

    it('never leaves a focused sort button under the sticky clinic column', async () => {
      const { el } = await inColumn(600, manyClinics(6));
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('thead button.sort')];
      buttons.at(-1)!.focus();
      const corner = () => shadow(el).querySelector('thead th:first-child')!.getBoundingClientRect();
      // Shift+Tab back along the header row, as a keyboard user does.
      for (let step = buttons.length - 1; step > 1; step--) {
        await sendKeys({ down: 'Shift' });
        await sendKeys({ press: 'Tab' });
        await sendKeys({ up: 'Shift' });
        const focused = shadow(el).activeElement!;
        expect(focused, `step ${step}`).to.equal(buttons[step - 1]);
        expect(focused.getBoundingClientRect().left, `${focused.textContent!.trim()} is under the sticky column`).to.be.at.least(corner().right - 0.5);
      }
    });

    it('keeps a focused button clear of the far edge when Tab moves along the header row', async () => {
      const { el } = await inColumn(640, manyClinics(6));
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('thead button.sort')];
      buttons[0]!.focus();
      const scroller = shadow(el).querySelector('.scroller')!;
      for (let step = 1; step < buttons.length; step++) {
        await sendKeys({ press: 'Tab' });
        await nextFrame();
        await nextFrame();
        const focused = shadow(el).activeElement!;
        expect(focused, `step ${step}`).to.equal(buttons[step]);
        expect(focused.getBoundingClientRect().right, `${focused.textContent!.trim()} is cut off`).to.be.at.most(scroller.getBoundingClientRect().right - 8);
      }
    });

    it('keeps focus on a clinic link, and the table region\'s focus on the sort list, when the table becomes cards', async () => {
      const config: ComparisonConfig = { clinics: EXAMPLE.clinics!.map((clinic, i) => ({ ...clinic, url: `https://example.com/${i}` })) };
      const { host, el } = await inColumn(900, config);
      shadow(el).querySelector<HTMLAnchorElement>('thead a')!.focus();
      host.style.width = '400px';
      await waitUntil(() => shadow(el).querySelector('.cards'), 'no cards');
      expect((shadow(el).activeElement as HTMLAnchorElement | null)?.closest('.card')?.textContent).to.include('Example Clinic North');
      host.style.width = '900px';
      await waitUntil(() => shadow(el).querySelector('table'), 'no table');
      shadow(el).querySelector<HTMLElement>('.scroller')!.focus();
      host.style.width = '400px';
      await waitUntil(() => shadow(el).querySelector('.cards'), 'no cards');
      expect(shadow(el).activeElement?.id).to.equal('sort-select');
    });

    it('gives every clinic column the same width', async () => {
      const { el } = await inColumn(1200, EXAMPLE);
      const widths = [...shadow(el).querySelectorAll('thead th:not(:first-child)')].map((th) => th.getBoundingClientRect().width);
      expect(widths).to.have.length(2);
      expect(Math.abs(widths[0]! - widths[1]!)).to.be.below(1);
    });

    it('keeps each sort arrow beside the last word of its label', async () => {
      const { el } = await inColumn(620, manyClinics(6));
      for (const button of shadow(el).querySelectorAll<HTMLButtonElement>('thead button.sort')) {
        const icon = button.querySelector('.sort-icon')!.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(button.querySelector('.sort-label')!);
        const last = [...range.getClientRects()].filter((rect) => rect.width > 0).at(-1)!;
        expect(Math.abs(icon.top - last.top), `${button.textContent!.trim()}: arrow on another line`).to.be.below(4);
        expect(icon.left - last.right, `${button.textContent!.trim()}: arrow far from its label`).to.be.below(12);
      }
    });

    it('keeps focus on the sort control when the table becomes cards, and back', async () => {
      const { host, el } = await inColumn(900, EXAMPLE);
      sortButton(el, 'Refund').click();
      await el.updateComplete;
      sortButton(el, 'Refund').focus();
      host.style.width = '400px';
      await waitUntil(() => shadow(el).querySelector('.cards'), 'no cards');
      expect(shadow(el).activeElement?.id).to.equal('sort-select');
      host.style.width = '900px';
      await waitUntil(() => shadow(el).querySelector('table'), 'no table');
      expect(shadow(el).activeElement).to.equal(sortButton(el, 'Refund'));
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the whole table without its controls', async () => {
      const el = await example({ ...manyClinics(30), maxHeight: '300px' });
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(el).querySelector('.filter')!).display).to.equal('none');
      expect(shadow(el).querySelector('.scroller')!.getBoundingClientRect().height).to.be.above(600);
    });
  });

  describe('config', () => {
    it('shows what to ask about any guarantee when there are no clinics', async () => {
      const el = await fixture(html`<smp-guarantee-comparison></smp-guarantee-comparison>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('What to ask about an SMP guarantee');
      expectRendered(el, '[part="guide"] dt');
      expect(shadow(el).querySelector('table')).to.be.null;
      expect(shadowText(el)).to.include('Around 12 months is often described as the usual term');
      expect(shadowText(el)).to.include('The public sources checked give no independent figures on how often clinics honour guarantees');
      await expect(el).to.be.accessible();
    });

    it('refuses a javascript: link, naming the field', async () => {
      const config = { clinics: [{ name: 'Fictional', trackRecord: { rating: 'good', source: 'javascript:alert(1)' } }] };
      const el = await fixture(html`<smp-guarantee-comparison .config=${config}></smp-guarantee-comparison>`);
      expect(panelText(el)).to.include('clinics[0].trackRecord.source: expected a link starting with http:, https:, mailto:, tel:');
    });

    it('names a wrongly written length', async () => {
      const config = { clinics: [{ name: 'Fictional', guarantee: { length: 'forever' } }] };
      const el = await fixture(html`<smp-guarantee-comparison .config=${config}></smp-guarantee-comparison>`);
      expect(panelText(el)).to.include('clinics[0].guarantee.length: expected "lifetime", "none", "unknown", { "years": n } or { "months": n }, got "forever"');
    });

    it('names a highlight that matches no clinic, and a name used twice', async () => {
      const config = { highlight: 'Nobody', clinics: [{ name: 'Fictional' }, { name: 'Fictional' }] };
      const el = await fixture(html`<smp-guarantee-comparison .config=${config}></smp-guarantee-comparison>`);
      expect(panelText(el)).to.include('highlight: no clinic is named "Nobody"');
      expect(panelText(el)).to.include('clinics[1].name: "Fictional" appears twice');
    });

    it('loads a dataset from src, with a local title overriding it', async () => {
      const el = await fixture(html`<smp-guarantee-comparison src="/test/fixtures/guarantees.json" config='{"title":"Our forum’s list"}'></smp-guarantee-comparison>`);
      await waitUntil(() => shadow(el).querySelector('table'), 'dataset not shown');
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Our forum’s list');
      expect(columnNames(el)).to.deep.equal(['Example Clinic North', 'Example Studio South']);
    });

    it('shows an invalid dataset from src in the error panel, with a retry button', async () => {
      const el = await fixture(html`<smp-guarantee-comparison src="/test/fixtures/guarantees-invalid.json"></smp-guarantee-comparison>`);
      await waitUntil(() => panelText(el), 'no panel');
      expect(panelText(el)).to.include('clinics[0].url: expected a link starting with http:');
      expect(shadow(el).querySelector('[role="alert"] button')!.textContent).to.equal('Try again');
      await expect(el).to.be.accessible();
    });
  });

  describe('scale', () => {
    // Timings live in the benchmark (npm run bench); this only checks that large lists work.
    for (const count of [50, 1000]) {
      it(`renders and sorts ${count} clinics, a hundred at a time`, async () => {
        const el = await fixture<SmpGuaranteeComparison>(html`<smp-guarantee-comparison .config=${manyClinics(count)}></smp-guarantee-comparison>`);
        const shown = Math.min(count, 100);
        expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(shown);
        sortButton(el, 'Refund').click();
        await elementUpdated(el);
        expect(shadow(el).querySelector('tbody tr td:nth-of-type(4)')!.textContent).to.include('Full refund');
        expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(shown);
      });
    }
  });

  describe('long lists', () => {
    const rowNames = (el: Element) => [...shadow(el).querySelectorAll('tbody th .clinic-name')].map((name) => name.textContent!.trim());
    const showMore = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button[part="show-more"]');

    it('shows a hundred clinics, then a hundred more at a time, moving focus to the first new one', async () => {
      const el = await example(manyClinics(250));
      expect(rowNames(el)).to.have.length(100);
      expect(shadowText(el)).to.include('Showing 100 of 250 clinics.');
      expect(showMore(el)!.textContent!.trim()).to.equal('Show 100 more');
      showMore(el)!.click();
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(200);
      expect(shadow(el).activeElement!.textContent).to.include('Fictional Clinic 0100');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.equal('Showing 200 of 250 clinics.');
      expect(showMore(el)!.textContent!.trim()).to.equal('Show 50 more');
      showMore(el)!.click();
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(250);
      expectRendered(el, '[part="table"] tbody tr');
      expect(showMore(el)).to.be.null;
      expect(shadow(el).activeElement!.textContent).to.include('Fictional Clinic 0200');
      await expect(el).to.be.accessible();
    });

    it('shows more with the keyboard', async () => {
      const el = await example({ ...manyClinics(30), pageSize: 10 });
      expect(rowNames(el)).to.have.length(10);
      showMore(el)!.focus();
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(20);
      expect(shadow(el).activeElement!.textContent).to.include('Fictional Clinic 0010');
    });

    it('sorts and marks across every clinic, not only those on screen', async () => {
      const clinics = manyClinics(6).clinics!.map((clinic, i) => ({ ...clinic, guarantee: { refund: i === 5 ? ('full' as const) : ('none' as const) } }));
      const el = await example({ clinics, pageSize: 2 });
      expect(rowNames(el)).to.deep.equal(['Fictional Clinic 0000', 'Fictional Clinic 0001']);
      expectRendered(el, '[part="table"] tbody tr');
      expect(shadowText(el)).not.to.include('Most generous as stated');
      sortButton(el, 'Refund').click();
      await elementUpdated(el);
      expect(rowNames(el)[0]).to.equal('Fictional Clinic 0005');
      expect(shadowText(el)).to.include('Most generous as stated');
    });

    it('shows clinics the page changed in place after setting them as text, never as an unchecked link, and throws nothing', async () => {
      // The widget keeps the page's object (no copy), so what the page changes later is what it shows next.
      const config = manyClinics(250);
      const errors = watchPageErrors();
      const el = await example(config);
      const changed = config.clinics as unknown as Record<string, unknown>[];
      Object.assign(changed[100]!, { url: 'javascript:alert(1)', name: 'Changed in place & <b>'.repeat(2500), location: 42 });
      changed[101]!['trackRecord'] = { rating: 'good', note: 'note', source: 'javascript:alert(2)' };
      changed[102]!['guarantee'] = { refund: 7, inWriting: 'yes', length: { years: '2' } };
      showMore(el)!.click();
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(200);
      expect(shadow(el).querySelectorAll('a[href^="javascript"]').length, 'unchecked links').to.equal(0);
      expect(shadowText(el)).to.include('Changed in place & <b>');
      expect(shadow(el).querySelectorAll('tbody b').length, 'markup from text').to.equal(0);
      expect(errors.count()).to.equal(0);
      errors.stop();
    });

    it('starts again from the first page when the config changes', async () => {
      const el = await example({ ...manyClinics(30), pageSize: 10 });
      showMore(el)!.click();
      await elementUpdated(el);
      el.config = { ...manyClinics(40), pageSize: 10 };
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(10);
    });

    it('shows clinics a page at a time as cards too', async () => {
      const wrapper = await fixture(html`<div style="width: 360px"><smp-guarantee-comparison .config=${{ ...manyClinics(12), pageSize: 5 }}></smp-guarantee-comparison></div>`);
      const el = wrapper.firstElementChild!;
      await waitUntil(() => shadow(el).querySelector('.cards'), 'no cards');
      expect(shadow(el).querySelectorAll('.cards > li')).to.have.length(5);
      showMore(el)!.click();
      await elementUpdated(el);
      expect(shadow(el).querySelectorAll('.cards > li')).to.have.length(10);
      expect(shadow(el).activeElement!.textContent).to.include('Fictional Clinic 0005');
    });

    it('prints every clinic, without the button', async () => {
      const el = await example(manyClinics(150));
      window.dispatchEvent(new Event('beforeprint'));
      await elementUpdated(el);
      expect(rowNames(el)).to.have.length(150);
      expectRendered(el, '[part="table"] tbody tr');
      expect(showMore(el)).to.be.null;
    });
  });
});
