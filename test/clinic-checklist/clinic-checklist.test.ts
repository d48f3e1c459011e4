import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/clinic-checklist/index.js';
import type { SmpClinicChecklist } from '../../src/clinic-checklist/index.js';
import { captureConsole, expectRendered, panelText, shadowText, watchPageErrors } from '../shared/page-errors.js';
import { runWidgetContract } from '../shared/widget-contract.js';

// The example from the widget's documentation, accepted exactly as written.
const EXAMPLE = {
  id: 'my-clinic-visit',
  title: 'Before you book',
  sections: [
    {
      title: 'Results',
      items: [
        { id: 'healed', label: 'I have seen healed results at least 3 months old', detail: 'Look closely for any blue or green tint.' },
        { id: 'similar', label: 'I have seen clients with my skin tone and age' },
      ],
    },
    { title: 'Guarantee', items: [{ id: 'written', label: 'The guarantee is in writing' }] },
  ],
};

runWidgetContract({
  tag: 'smp-clinic-checklist',
  registerModule: '/src/clinic-checklist/index.ts',
  validConfig: EXAMPLE,
  invalidConfig: {
    config: { sections: [{ title: 'Results', items: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }, { id: 'c', label: 7 }] }] },
    expected: 'sections[0].items[2].label: expected text, got a number',
  },
  longTextConfigs: ({ word, title, url, name }) => {
    const sections = [{ title, intro: word, items: [{ id: 'a', label: url, detail: word }, { id: 'b', label: word }, { id: 'c', label: 'Short' }] }];
    return {
      'one list': { title, intro: url, sections },
      shortlist: { title, sections, shortlist: { clinics: [name, url.slice(0, 80), 'Fictional Clinic B'] } },
      'the error panel': { id: `${word}!` },
    };
  },
  siteDisclaimer: (words) => ({ strings: { disclaimer: words } }),
});

const shadow = (el: Element) => el.shadowRoot!;
const boxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
const progressText = (el: Element) => shadow(el).querySelector('.progress-text')!.textContent!.trim();
const button = (el: Element, text: string) =>
  [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === text)!;
const json = (value: unknown) => JSON.stringify(value);

async function tick(el: SmpClinicChecklist, index: number) {
  boxes(el)[index]!.click();
  await elementUpdated(el);
}

/** Presses "Clear all ticks" and waits for the widget to show the result. */
async function clearAll(el: SmpClinicChecklist) {
  button(el, 'Clear all ticks').click();
  await aTimeout(0);
  await elementUpdated(el);
}

describe('<smp-clinic-checklist>', () => {
  let errors: ReturnType<typeof captureConsole>;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    localStorage.clear();
    errors = captureConsole('error');
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    errors.restore();
    warnings.restore();
  });

  describe('built-in content', () => {
    it('shows the due-diligence checklist with no config', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist></smp-clinic-checklist>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Before you choose an SMP clinic');
      const legends = [...shadow(el).querySelectorAll('legend')].map((l) => l.textContent!.trim());
      expect(legends).to.deep.equal(['Healed results', 'Guarantee', 'Your technician', 'Warning signs in the portfolio']);
      expect(boxes(el)).to.have.length(15);
      expect(progressText(el)).to.equal('0 of 15 checked');
      expect(shadowText(el)).to.include('taken 3 months or more after the client’s first session');
      expect(shadowText(el)).to.include('General information, not medical advice');
      expectRendered(el, '[part="item"]');
      expect(errors.messages).to.deep.equal([]);
    });

    it('labels every checkbox with its item text', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist></smp-clinic-checklist>`);
      expectRendered(el, '[part="item"] input[type="checkbox"]');
      expect(boxes(el).length).to.equal(15);
      for (const box of boxes(el)) expect(box.labels?.[0]?.textContent?.trim()).to.not.be.empty;
    });

    it('uses US spelling and wording with locale="en-US"', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist locale="en-US"></smp-clinic-checklist>`);
      expectRendered(el, '[part="item"]');
      expect(shadowText(el)).to.include('skin color and age');
      expect(shadowText(el)).to.not.include('colour');
      expect(button(el, 'Clear all checks')).to.exist;
    });

    it('hides the fallback text between the tags once it runs', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist>Ask to see healed results.</smp-clinic-checklist>`);
      const range = document.createRange();
      range.selectNodeContents(el.firstChild!);
      expect(range.getBoundingClientRect().height).to.equal(0);
    });
  });

  describe('layout', () => {
    it('keeps items compact when a shorter section sits beside a longer one', async () => {
      const page = await fixture(html`<div style="width:1000px"><smp-clinic-checklist></smp-clinic-checklist></div>`);
      const el = page.firstElementChild!;
      await (el as SmpClinicChecklist).updateComplete;
      expectRendered(el, '[part="item"]');
      expect(shadow(el).querySelectorAll('.item').length).to.equal(15);
      for (const item of shadow(el).querySelectorAll('.item')) {
        const children = [...item.children].map((child) => child.getBoundingClientRect());
        const content = Math.max(...children.map((r) => r.bottom)) - Math.min(...children.map((r) => r.top));
        expect(item.getBoundingClientRect().height - content, item.textContent!).to.be.below(30);
      }
    });
  });

  describe('custom config', () => {
    it('renders the documented example', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist config=${json(EXAMPLE)}></smp-clinic-checklist>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Before you book');
      expect(boxes(el).map((b) => b.labels![0]!.textContent!.trim())).to.deep.equal([
        'I have seen healed results at least 3 months old',
        'I have seen clients with my skin tone and age',
        'The guarantee is in writing',
      ]);
      expect(progressText(el)).to.equal('0 of 3 checked');
      expectRendered(el, '[part="item"]');
      expect(errors.messages).to.deep.equal([]);
      expect(warnings.messages).to.deep.equal([]);
    });

    it('expands an item detail on demand', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      const details = shadow(el).querySelector('details')!;
      expect(details.open).to.be.false;
      details.querySelector('summary')!.click();
      expect(details.open).to.be.true;
      expect(details.textContent).to.include('Look closely for any blue or green tint.');
    });

    it('keeps built-in items when a config only changes the title', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist config='{"title":"Our checklist"}'></smp-clinic-checklist>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Our checklist');
      expect(boxes(el)).to.have.length(15);
    });

    it('replaces any UI string through config.strings', async () => {
      const config = { ...EXAMPLE, strings: { reset: 'Start again', progress: '{checked}/{total} done' } };
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expect(button(el, 'Start again')).to.exist;
      expect(progressText(el)).to.equal('0/3 done');
    });

    it('treats config text as text, never as markup', async () => {
      const config = { title: '<img src=x onerror="window.__hacked=1">', sections: [{ title: '<b>bold</b>', items: [{ id: 'x', label: '<script>1</script>' }] }] };
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expectRendered(el, '[part="item"] label');
      expect(shadow(el).querySelector('img, b, script')).to.be.null;
      expect(shadow(el).querySelector('h2')!.textContent).to.equal(config.title);
    });
  });

  describe('config errors', () => {
    it('explains bad JSON', async () => {
      const el = await fixture(html`<smp-clinic-checklist config='{"title": "x",}'></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('config: is not valid JSON');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.include('config: is not valid JSON');
    });

    it('names a field of the wrong type', async () => {
      const el = await fixture(html`<smp-clinic-checklist config='{"persist": "yes"}'></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('persist: expected true or false, got text');
    });

    it('names a missing field', async () => {
      const config = { sections: [{ title: 'Results', items: [{ id: 'healed' }] }] };
      const el = await fixture(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('sections[0].items[0].label: missing, expected text');
    });

    it('names an id used twice', async () => {
      const config = { sections: [{ title: 'R', items: [{ id: 'a', label: 'A' }, { id: 'a', label: 'B' }] }] };
      const el = await fixture(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('sections[0].items[1].id: "a" is already used');
    });

    it('lists every problem, not just the first', async () => {
      const config = { title: 3, sections: [{ title: '', items: [] }] };
      const el = await fixture(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('title: expected text, got a number');
      expect(panelText(el)).to.include('sections[0].title: expected text, got empty text');
      expect(panelText(el)).to.include('sections[0].items: expected a list of at least 1, got 0');
      expect(errors.messages).to.have.length(1);
    });

    it('renders with an unknown key and warns once, naming it', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist config='{"titel": "Typo"}'></smp-clinic-checklist>`);
      expectRendered(el, '[part="item"]');
      expect(panelText(el)).to.equal('');
      expect(boxes(el)).to.have.length(15);
      await tick(el, 0);
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.include('"titel"');
    });

    it('tells a framework that rendered too early to load the script first', async () => {
      const el = await fixture(html`<smp-clinic-checklist config="[object Object]"></smp-clinic-checklist>`);
      expect(panelText(el)).to.include('Load the smp-widgets script before your framework renders');
    });
  });

  describe('config sources', () => {
    it('reads a child JSON script', async () => {
      const el = await fixture(html`<smp-clinic-checklist><script type="application/json">${json(EXAMPLE)}</script></smp-clinic-checklist>`);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Before you book');
    });

    it('prefers the property over the script child over the attribute', async () => {
      const el = await fixture<SmpClinicChecklist>(html`
        <smp-clinic-checklist config='{"title":"From the attribute"}'>
          <script type="application/json">{"title":"From the script"}</script>
        </smp-clinic-checklist>
      `);
      const title = () => shadow(el).querySelector('h2')!.textContent;
      expect(title()).to.equal('From the script');
      el.config = { title: 'From the property' };
      await elementUpdated(el);
      expect(title()).to.equal('From the property');
      el.config = undefined;
      await elementUpdated(el);
      expect(title()).to.equal('From the script');
      el.querySelector('script')!.remove();
      await aTimeout(0);
      await elementUpdated(el);
      expect(title()).to.equal('From the attribute');
    });

    it('re-renders when the attribute or the script text changes', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist config='{"title":"One"}'></smp-clinic-checklist>`);
      el.setAttribute('config', '{"title":"Two"}');
      await elementUpdated(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Two');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = '{"title":"Three"}';
      el.append(script);
      await aTimeout(0);
      await elementUpdated(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Three');
      script.textContent = '{"title":"Four"}';
      await aTimeout(0);
      await elementUpdated(el);
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Four');
    });

    it('takes an object set before the element was defined', async () => {
      const el = document.createElement('smp-later-checklist') as HTMLElement & { config?: unknown };
      el.config = { title: 'Set early' };
      document.body.append(el);
      const { SmpClinicChecklist } = await import('../../src/clinic-checklist/clinic-checklist.js');
      customElements.define('smp-later-checklist', class extends SmpClinicChecklist {});
      await (el as unknown as SmpClinicChecklist).updateComplete;
      expect(shadow(el).querySelector('h2')!.textContent).to.equal('Set early');
      el.remove();
    });
  });

  describe('ticking', () => {
    it('updates progress and the summary band', async () => {
      const config = { ...EXAMPLE, bands: [{ from: 0, label: 'Low' }, { from: 60, label: 'Most done', message: 'Nearly.' }] };
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
      expect(shadowText(el)).to.include('Low');
      await tick(el, 0);
      await tick(el, 2);
      expect(progressText(el)).to.equal('2 of 3 checked');
      expect(shadow(el).querySelector('.band')!.textContent).to.include('Most done').and.include('Nearly.');
      expect(shadow(el).querySelector('progress')!.value).to.equal(2);
    });

    it('fires smp-checklist-change, bubbling out of the shadow root', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      setTimeout(() => boxes(el)[1]!.click());
      const event = await oneEvent(document, 'smp-checklist-change');
      expect(event.detail).to.deep.equal({ checked: ['similar'], total: 3 });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('toggles with the Space key and shows where focus is', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      const first = boxes(el)[0]!;
      first.focus();
      await sendKeys({ press: 'Space' });
      await elementUpdated(el);
      expect(first.checked).to.be.true;
      expect(progressText(el)).to.equal('1 of 3 checked');
      await sendKeys({ press: 'Tab' });
      const focused = shadow(el).activeElement as HTMLElement;
      expect(focused).to.not.equal(first);
      expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    });

    it('clears every tick with the clear button', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(el, 0);
      await clearAll(el);
      expect(progressText(el)).to.equal('0 of 3 checked');
      expectRendered(el, '[part="item"] input[type="checkbox"]');
      expect(boxes(el).length).to.equal(3);
      expect(boxes(el).some((b) => b.checked)).to.be.false;
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('All ticks cleared');
    });

    it('undoes "Clear all ticks": the ticks come back, saved again', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(el, 0);
      await tick(el, 2);
      expectRendered(el, '[part="actions"] .reset');
      expect(shadow(el).querySelector('.undo'), 'no undo before clearing').to.equal(null);
      await clearAll(el);
      expect(progressText(el)).to.equal('0 of 3 checked');
      setTimeout(() => button(el, 'Undo').click());
      const event = await oneEvent(el, 'smp-checklist-change');
      expect(event.detail.checked).to.have.length(2);
      await elementUpdated(el);
      expect(progressText(el)).to.equal('2 of 3 checked');
      expect(boxes(el).map((b) => b.checked)).to.deep.equal([true, false, true]);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('restored');
      expectRendered(el, '[part="actions"] .reset');
      expect(shadow(el).querySelector('.undo')).to.equal(null);
      expect(shadow(el).activeElement).to.equal(button(el, 'Clear all ticks'));
      // Saved like any tick: a new widget with the same id shows them.
      const again = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      expect(progressText(again)).to.equal('2 of 3 checked');
      await expect(el).to.be.accessible();
    });

    it('says so when there is nothing to clear', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await clearAll(el);
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('nothing to clear');
      expectRendered(el, '[part="actions"] .reset');
      expect(shadow(el).querySelector('.undo')).to.equal(null);
      // The status speaks; the count, unchanged, stays quiet.
      expect(shadow(el).querySelector('#progress-text')!.getAttribute('aria-live')).to.equal('off');
    });

    it('stops offering undo once the reader ticks again', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(el, 0);
      await clearAll(el);
      expect(shadow(el).querySelector('.undo')).to.exist;
      await tick(el, 1);
      expectRendered(el, '[part="actions"] .reset');
      expect(shadow(el).querySelector('.undo')).to.equal(null);
      expect(progressText(el)).to.equal('1 of 3 checked');
    });

    it('copies a plain-text summary', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(el, 0);
      let copied = '';
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = async (text: string) => void (copied = text);
      try {
        button(el, 'Copy summary').click();
        await aTimeout(0);
        await elementUpdated(el);
      } finally {
        navigator.clipboard.writeText = original;
      }
      expect(copied).to.include('Before you book\n1 of 3 checked');
      expect(copied).to.include('[x] I have seen healed results at least 3 months old');
      expect(copied).to.include('[ ] The guarantee is in writing');
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('Summary copied');
    });

    it('says so when the browser refuses to copy', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      const original = navigator.clipboard.writeText;
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      const pageErrors = watchPageErrors();
      try {
        button(el, 'Copy summary').click();
        await aTimeout(10);
        await elementUpdated(el);
      } finally {
        navigator.clipboard.writeText = original;
        pageErrors.stop();
      }
      expect(shadow(el).querySelector('[role="status"]')!.textContent).to.include('did not allow copying');
      expectRendered(el, '[part="actions"] .primary');
      expect(pageErrors.count()).to.equal(0);
    });
  });

  describe('persistence', () => {
    const KEY = 'smp-clinic-checklist:my-clinic-visit';

    it('keeps ticks across page loads under a versioned key', async () => {
      const first = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(first, 1);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({ version: 1, data: ['similar'] });
      const second = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      expect(boxes(second).map((b) => b.checked)).to.deep.equal([false, true, false]);
      expect(shadowText(second)).to.include('saved in this browser only');
    });

    it('does not store anything with persist: false', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${{ ...EXAMPLE, persist: false }}></smp-clinic-checklist>`);
      await tick(el, 0);
      expectRendered(el, '[part="item"] input[type="checkbox"]');
      expect(el.checkedIds, 'the tick did not register').to.deep.equal(['healed']);
      expect(localStorage.getItem(KEY)).to.be.null;
    });

    for (const [name, stored] of [
      ['corrupt', '{not json'],
      ['from an older version', json({ version: 0, data: ['healed'] })],
      ['of the wrong shape', json({ version: 1, data: 'healed' })],
    ] as const) {
      it(`ignores stored state that is ${name}`, async () => {
        localStorage.setItem(KEY, stored);
        const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
        expect(progressText(el)).to.equal('0 of 3 checked');
        expectRendered(el, '[part="item"]');
        expect(errors.messages).to.deep.equal([]);
      });
    }

    it('prunes stored ids that are no longer in the list', async () => {
      localStorage.setItem(KEY, json({ version: 1, data: ['healed', 'removed-item'] }));
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      expect(el.checkedIds).to.deep.equal(['healed']);
      await tick(el, 2);
      expect(JSON.parse(localStorage.getItem(KEY)!).data).to.deep.equal(['healed', 'written']);
    });

    it('works without persistence where storage throws', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
      Object.defineProperty(window, 'localStorage', {
        configurable: true,
        get() {
          throw new DOMException('The document is sandboxed', 'SecurityError');
        },
      });
      const pageErrors = watchPageErrors();
      try {
        const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
        await tick(el, 0);
        expect(progressText(el)).to.equal('1 of 3 checked');
        expect(shadowText(el)).to.include('not saving your ticks');
        expectRendered(el, '[part="item"]');
        expect(pageErrors.count()).to.equal(0);
      } finally {
        Object.defineProperty(window, 'localStorage', descriptor);
        pageErrors.stop();
      }
    });

    it('keeps working when the storage quota is full', async () => {
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      try {
        const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
        await tick(el, 0);
        expect(progressText(el)).to.equal('1 of 3 checked');
        expect(shadowText(el)).to.include('not saving your ticks');
      } finally {
        Storage.prototype.setItem = setItem;
      }
    });
  });

  describe('print', () => {
    afterEach(() => emulateMedia({ media: 'screen' }));

    it('prints the list with its ticks and details, without buttons', async () => {
      const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${EXAMPLE}></smp-clinic-checklist>`);
      await tick(el, 0);
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle(shadow(el).querySelector('.actions')!).display).to.equal('none');
      expect(boxes(el)[0]!.checked).to.be.true;
      const detail = shadow(el).querySelector('details p')!;
      expect(detail.getBoundingClientRect().height).to.be.above(0);
    });
  });
});
