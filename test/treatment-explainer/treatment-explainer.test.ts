import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../../src/treatment-explainer/index.js';
import type { SmpTreatmentExplainer } from '../../src/treatment-explainer/index.js';
import * as builtIn from '../../src/treatment-explainer/treatment-explainer.built-in.js';
import { explainerContent, guideFragment, readGuideFragment } from '../../src/treatment-explainer/treatment-explainer.model.js';
import { explainerStrings } from '../../src/treatment-explainer/treatment-explainer.strings.js';
import { captureConsole, expectRendered, panelText, shadowText } from '../shared/page-errors.js';
import { laidOut, runWidgetContract } from '../shared/widget-contract.js';

/** Every view in the narrow layout's list, then the guide's result for the first answer to each question. */
async function* everyView(el: HTMLElement): AsyncIterable<string> {
  const explainer = el as SmpTreatmentExplainer;
  const select = el.shadowRoot!.querySelector<HTMLSelectElement>('#view-select');
  const views = select ? [...select.options].map((option) => option.value) : [explainer.view!];
  for (const view of views) {
    explainer.selectView(view as NonNullable<SmpTreatmentExplainer['view']>);
    await laidOut(el);
    yield view;
  }
  const guide = el.shadowRoot!.querySelector('.guide');
  if (!guide) return;
  for (const fieldset of guide.querySelectorAll('fieldset')) fieldset.querySelector('input')!.click();
  guide.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await laidOut(el);
  yield 'guide result';
}

runWidgetContract({
  tag: 'smp-treatment-explainer',
  registerModule: '/src/treatment-explainer/index.ts',
  eachView: everyView,
  validConfig: { views: ['guide', 'compare'], cta: { label: 'Call the clinic', url: 'tel:+441234567890' } },
  invalidConfig: { config: { views: ['compare', 'faq'] }, expected: 'views[1]: expected one of "compare", "transplant", "technician", "guide", got "faq"' },
  longTextConfigs: ({ word, title, url }) => ({
    'every view': {
      title,
      intro: url,
      compare: { title, intro: word, rows: [{ id: 'own-row', label: title, smp: url, trico: word }] },
      transplant: { title, intro: url, ways: [{ id: 'own-way', title, body: word }], scars: [{ id: 'own-scar', label: title, outlook: url }] },
      technician: { title, intro: url, controls: [{ id: 'own-control', text: word }], warnings: [{ id: 'own-warning', text: url }] },
      guide: { title, intro: word },
      cta: { label: title, url },
    },
    'the error panel': { default: word },
  }),
  siteDisclaimer: (words) => ({ disclaimer: words }),
});

const shadow = (el: Element) => el.shadowRoot!;
const tabs = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = (el: Element) => tabs(el).find((tab) => tab.getAttribute('aria-selected') === 'true')!;
const visiblePanel = (el: Element) => shadow(el).querySelector<HTMLElement>('[role="tabpanel"]:not([hidden])')!;

async function answer(el: SmpTreatmentExplainer, answers: Record<string, string>) {
  for (const [question, value] of Object.entries(answers)) {
    shadow(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`)!.click();
  }
  await elementUpdated(el);
  shadow(el).querySelector<HTMLButtonElement>('.guide button[type="submit"]')!.click();
  await elementUpdated(el);
}

const ANSWERS = { goal: 'shaved', commitment: 'long', transplant: 'none', scars: 'none', health: 'none', upkeep: 'fine' };

describe('<smp-treatment-explainer>', () => {
  let errors: ReturnType<typeof captureConsole>;
  beforeEach(() => (errors = captureConsole('error')));
  afterEach(() => errors.restore());

  describe('views', () => {
    it('shows four views as tabs, the first selected', async () => {
      const el = await fixture(html`<smp-treatment-explainer></smp-treatment-explainer>`);
      expect(tabs(el).map((tab) => tab.textContent!.trim())).to.deep.equal([
        'SMP or tricopigmentation',
        'With a hair transplant',
        'Choosing a technician',
        'Which might fit me?',
      ]);
      expect(selectedTab(el).id).to.equal('tab-compare');
      expectRendered(el, '[part="tabs"] [part="tab"]');
      expect(errors.messages).to.deep.equal([]);
    });

    it('compares SMP and tricopigmentation in a table, with ranges and unknowns', async () => {
      const el = await fixture(html`<smp-treatment-explainer></smp-treatment-explainer>`);
      const rows = [...visiblePanel(el).querySelectorAll('tbody th')].map((th) => th.textContent);
      expect(rows).to.deep.equal(['How long results last', 'Depth and pigment', 'Number of sessions', 'Upkeep', 'What it suits', 'If you change your mind']);
      expect(visiblePanel(el).textContent).to.include('about 6–18 months').and.include('Not found in the public sources we checked');
      await expect(el).to.be.accessible();
    });

    for (const [view, expected] of [
      ['transplant', ['Adding apparent density', 'Camouflaging a poor transplant', 'Scar camouflage', 'a guide, not a promise', 'rough percentage', 'pulsed-dye laser', 'Plug scars, cobblestoning and scalp-reduction scars']],
      ['technician', ['What a good technician controls', 'needle depth', 'Oversized or blurred dots', 'Pigment spreading', 'Poor blending', 'unnatural', 'Discoloured pigment']],
      ['guide', ['What would you most like?', 'How do you feel about returning for top-up sessions?']],
    ] as const) {
      it(`shows the ${view} view, accessibly`, async () => {
        const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer></smp-treatment-explainer>`);
        el.selectView(view);
        await elementUpdated(el);
        for (const text of expected) expect(visiblePanel(el).textContent).to.include(text);
        await expect(el).to.be.accessible();
      });
    }

    it('moves between tabs with arrow keys, Home and End; selection follows focus', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer></smp-treatment-explainer>`);
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-transplant');
      expect(shadow(el).activeElement).to.equal(selectedTab(el));
      await sendKeys({ press: 'End' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-guide');
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-compare');
      // Home from another tab than the first, so the test fails if Home does nothing.
      await sendKeys({ press: 'ArrowLeft' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-guide');
      await sendKeys({ press: 'Home' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-compare');
      expect(shadow(el).activeElement).to.equal(selectedTab(el));
      expect(tabs(el).map((tab) => tab.tabIndex)).to.deep.equal([0, -1, -1, -1]);
      expect(window.scrollY).to.equal(0);
    });

    it('follows the widget\'s own direction with arrow keys: Arabic on a left-to-right page', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer locale="ar"></smp-treatment-explainer>`);
      tabs(el)[0]!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await elementUpdated(el);
      expect(selectedTab(el).id).to.equal('tab-transplant');
    });

    it('fires smp-explainer-view when the reader changes view', async () => {
      const el = await fixture(html`<smp-treatment-explainer></smp-treatment-explainer>`);
      setTimeout(() => tabs(el)[2]!.click());
      const event = await oneEvent(el, 'smp-explainer-view');
      expect(event.detail).to.deep.equal({ view: 'technician' });
      expect(event.bubbles && event.composed).to.be.true;
    });

    it('opens the view named in the URL fragment', async () => {
      history.replaceState(null, '', '#smp-info/technician');
      try {
        const el = await fixture(html`<smp-treatment-explainer id="smp-info"></smp-treatment-explainer>`);
        expect(selectedTab(el).id).to.equal('tab-technician');
        history.replaceState(null, '', '#smp-info/guide');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await elementUpdated(el);
        expect(selectedTab(el).id).to.equal('tab-guide');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('shows one view at a time in a narrow container, chosen from a select', async () => {
      const page = await fixture(html`<div style="width:320px"><smp-treatment-explainer></smp-treatment-explainer></div>`);
      const el = page.firstElementChild!;
      await waitUntil(() => shadow(el).querySelector('#view-select'), 'no view select');
      expectRendered(el, '[part="tabs"] #view-select', '.stacked[part="panel"]');
      expect(shadow(el).querySelector('[role="tablist"]')).to.be.null;
      const visible = () => [...shadow(el).querySelectorAll<HTMLElement>('.stacked')].filter((section) => !section.hidden).map((section) => section.querySelector('h3')!.textContent);
      expect(visible()).to.deep.equal(['SMP or tricopigmentation']);
      const select = shadow(el).querySelector<HTMLSelectElement>('#view-select')!;
      expect([...select.options].map((option) => option.value)).to.deep.equal(['compare', 'transplant', 'technician', 'guide']);
      select.value = 'technician';
      setTimeout(() => select.dispatchEvent(new Event('change')));
      expect((await oneEvent(el, 'smp-explainer-view')).detail).to.deep.equal({ view: 'technician' });
      await elementUpdated(el);
      expect(visible()).to.have.length(1);
      expect(shadow(el).querySelector('#panel-technician')!.hasAttribute('hidden')).to.be.false;
      await expect(el).to.be.accessible();
    });

    it('keeps focus on the view control when tabs become a select and back', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width:800px"><smp-treatment-explainer></smp-treatment-explainer></div>`);
      const el = page.firstElementChild!;
      await waitUntil(() => tabs(el).length === 4, 'no tabs');
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement?.id).to.equal('tab-compare');
      page.style.width = '320px';
      await waitUntil(() => shadow(el).querySelector('#view-select'), 'no select after narrowing');
      expect(shadow(el).activeElement?.id).to.equal('view-select');
      page.style.width = '800px';
      await waitUntil(() => tabs(el).length === 4, 'no tabs after widening');
      expect(shadow(el).activeElement?.id).to.equal('tab-compare');
    });

    it('keeps focus on a guide answer when the layout switches, and back', async () => {
      const page = await fixture<HTMLElement>(html`<div style="width:800px"><smp-treatment-explainer .config=${{ default: 'guide' }}></smp-treatment-explainer></div>`);
      const el = page.firstElementChild!;
      await waitUntil(() => tabs(el).length === 4, 'no tabs');
      shadow(el).querySelectorAll<HTMLInputElement>('input[name="goal"]')[1]!.focus();
      const answer = () => (shadow(el).activeElement as HTMLInputElement | null)?.getAttribute('data-focus-key');
      expect(answer()).to.match(/^answer:goal:/);
      const before = answer();
      page.style.width = '320px';
      await waitUntil(() => shadow(el).querySelector('#view-select'), 'no select after narrowing');
      expect(answer()).to.equal(before);
      page.style.width = '800px';
      await waitUntil(() => tabs(el).length === 4, 'no tabs after widening');
      expect(answer()).to.equal(before);
    });

    it('brings a linked view into sight and focuses it', async () => {
      const page = await fixture<HTMLElement>(html`<div><div style="height:3000px"></div><smp-treatment-explainer id="smp-far"></smp-treatment-explainer></div>`);
      const el = page.lastElementChild!;
      await waitUntil(() => tabs(el).length === 4, 'no tabs');
      window.scrollTo(0, 0);
      try {
        history.replaceState(null, '', '#smp-far/technician');
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        await waitUntil(() => shadow(el).activeElement?.id === 'panel-technician', 'the view was not focused');
        const box = shadow(el).querySelector('#panel-technician')!.getBoundingClientRect();
        expect(box.top).to.be.within(0, window.innerHeight - 1);
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
        window.scrollTo(0, 0);
      }
    });
  });

  describe('guide', () => {
    const outcomes: [Record<string, string>, string][] = [
      [{ ...ANSWERS, scars: 'contraindication' }, 'Speak to a clinician first'],
      [{ ...ANSWERS, health: 'allergy' }, 'Speak to a clinician first'],
      [{ ...ANSWERS, goal: 'try' }, 'A shorter-lasting tricopigmentation trial'],
      [{ ...ANSWERS, goal: 'scars', scars: 'complex' }, 'Scar camouflage with SMP'],
      [{ ...ANSWERS, goal: 'transplant', transplant: 'had' }, 'SMP alongside a hair transplant'],
      [{ ...ANSWERS, goal: 'density' }, 'SMP for density under longer hair'],
      [ANSWERS, 'SMP for a closely shaved look'],
    ];
    for (const [answers, title] of outcomes) {
      it(`leads to "${title}" with reasons, questions to ask and a note on what it rests on (${Object.values(answers).join(', ')})`, async () => {
        const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
        await answer(el, answers);
        const result = shadow(el).querySelector('.result')!;
        // A referral is not an option that "may fit": that result is headed as a result.
        expect(result.querySelector('h3')!.textContent).to.equal(title === 'Speak to a clinician first' ? `Result: ${title}` : `What may fit: ${title}`);
        expect(result.querySelectorAll('ul')).to.have.length(2);
        // A reader sent to a clinician first gets next steps, not prompts to research clinics.
        const clinicianFirst = title === 'Speak to a clinician first';
        expect([...result.querySelectorAll('.result-label')].map((label) => label.textContent)).to.deep.equal(['Why', clinicianFirst ? 'Next steps' : 'What to ask a clinic next']);
        expect(result.textContent!.includes('rests on your answers alone')).to.equal(!clinicianFirst);
        expectRendered(el, '.guide', '[part="result"] h3');
        // The widget's own note follows the result; the result does not repeat it.
        expect(result.textContent).to.not.include('not medical advice');
        expect(shadow(el).querySelector('.guide ~ [role="status"]')!.textContent).to.equal(`Result: ${title}`);
        await expect(el).to.be.accessible();
      });
    }

    it('lists the unanswered questions instead of guessing', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
      await answer(el, { goal: 'shaved' });
      expectRendered(el, '.guide input[name="goal"]:checked', '.missing');
      expect(shadow(el).querySelector('.result')).to.be.null;
      expect(shadow(el).querySelector('.missing')!.textContent).to.include('How long would you like the result to last?');
    });

    it('fires smp-guide-result, links to the page checklist and starts again', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide', checklist: '#my-checklist' }}></smp-treatment-explainer>`);
      setTimeout(() => answer(el, ANSWERS));
      const event = await oneEvent(el, 'smp-guide-result');
      expect(event.detail).to.deep.equal({ outcome: 'smp-shaved', answers: ANSWERS });
      await elementUpdated(el);
      expect(shadow(el).querySelector('.result a')!.getAttribute('href')).to.equal('#my-checklist');
      [...shadow(el).querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Start again')!.click();
      await aTimeout(0);
      await elementUpdated(el);
      expectRendered(el, '.guide input[name="goal"]');
      expect(shadow(el).querySelector('.result')).to.be.null;
      expect(shadow(el).querySelectorAll('input:checked')).to.have.length(0);
      expect(shadow(el).activeElement).to.equal(shadow(el).querySelector('.guide input'));
    });

    it('does not link a reader sent to a clinician first to the clinic checklist', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide', checklist: '#my-checklist' }}></smp-treatment-explainer>`);
      await answer(el, { ...ANSWERS, health: 'keloid' });
      expect(shadow(el).querySelector('.result h3')!.textContent).to.equal('Result: Speak to a clinician first');
      expect(shadow(el).querySelector('.result a')).to.equal(null);
    });

    it('answers with the keyboard alone', async () => {
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ views: ['guide'] }}></smp-treatment-explainer>`);
      shadow(el).querySelector<HTMLInputElement>('input[name="goal"]')!.focus();
      // Space picks the focused option; Tab moves to the next question.
      for (let question = 0; question < 6; question++) {
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Tab' });
      }
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(shadow(el).querySelector('.result h3')!.textContent).to.equal('What may fit: SMP for a closely shaved look');
    });
  });

  describe('config', () => {
    it('shows the chosen views in the chosen order, opening the default', async () => {
      const el = await fixture(html`<smp-treatment-explainer config='{"views":["guide","compare"],"default":"compare"}'></smp-treatment-explainer>`);
      expect(tabs(el).map((tab) => tab.id)).to.deep.equal(['tab-guide', 'tab-compare']);
      expect(selectedTab(el).id).to.equal('tab-compare');
    });

    it('overrides built-in rows and text, and adds new ones', async () => {
      const config = {
        compare: { rows: [{ id: 'upkeep', smp: 'Our clinic includes one touch-up.' }, { id: 'price', label: 'Price at our clinic', smp: 'From 1,000', trico: 'From 800' }] },
        technician: { warnings: [{ id: 'rushed', text: 'Rushed sessions.' }] },
        guide: { title: 'Find your option' },
      };
      const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${config}></smp-treatment-explainer>`);
      const text = visiblePanel(el).textContent!;
      expect(text).to.include('Our clinic includes one touch-up.').and.include('Price at our clinic').and.include('every 6–12 months');
      expect(tabs(el)[3]!.textContent!.trim()).to.equal('Find your option');
      el.selectView('technician');
      await elementUpdated(el);
      expect(visiblePanel(el).textContent).to.include('Rushed sessions.');
    });

    it('shows a call to action with a tel: link and reports clicks', async () => {
      const config = { cta: { label: 'Call the clinic', url: 'tel:+441234567890' } };
      const el = await fixture(html`<smp-treatment-explainer .config=${config}></smp-treatment-explainer>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('a.cta')!;
      expect(link.getAttribute('href')).to.equal('tel:+441234567890');
      // Stop the test page from following the link; the widget itself leaves the click alone.
      link.addEventListener('click', (event) => event.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const [event, former] = await Promise.all([oneEvent(el, 'smp-explainer-cta-click'), oneEvent(el, 'smp-cta-click')]);
      expect(event.detail).to.deep.equal({ url: 'tel:+441234567890' });
      // The former name still fires, until 1.0.
      expect(former.detail).to.deep.equal({ url: 'tel:+441234567890' });
    });

    it('keeps the general-information note when a config asks to hide it, with one warning', async () => {
      const warnings = captureConsole('warn');
      try {
        const el = await fixture(html`<smp-treatment-explainer .config=${{ disclaimer: false }}></smp-treatment-explainer>`);
        expectRendered(el, '[part="tabs"][role="tablist"]', '[part="disclaimer"]');
        expect(shadow(el).querySelector('[role="tablist"]'), 'the explainer did not render').to.exist;
        expect(shadow(el).querySelector('[part="disclaimer"]')!.textContent).to.include('not medical advice');
        expect(warnings.messages).to.have.length(1);
        expect(warnings.messages[0]).to.include('disclaimer: false adds nothing: the general-information note always shows');
      } finally {
        warnings.restore();
      }
    });

    it('shows a site\'s own words after the general-information note', async () => {
      const el = await fixture(html`<smp-treatment-explainer .config=${{ disclaimer: '  Our clinic offers free consultations.  ' }}></smp-treatment-explainer>`);
      expect(shadow(el).querySelector('[part="disclaimer"]')!.textContent).to.equal(`${explainerStrings['en-GB'].generalInformation} Our clinic offers free consultations.`);
    });

    for (const [config, expected] of [
      [{ views: ['compare', 'compare'] }, 'views[1]: "compare" is listed twice'],
      [{ views: ['compare'], default: 'guide' }, 'default: "guide" is not among the views shown'],
      [{ cta: { label: 'Book', url: 'javascript:alert(1)' } }, 'cta.url: expected a link starting with http:, https:, mailto:, tel:'],
      [{ compare: { rows: [{ id: 'price', label: 'Price' }] } }, 'compare.rows[0].smp: missing, expected text (an entry with a new id, "price"'],
      [{ transplant: { scars: [{ id: 'burn', label: 'Burn scars' }] } }, 'transplant.scars[0].outlook: missing, expected text (an entry with a new id, "burn", needs label, outlook)'],
      [{ technician: { warnings: [{ id: 'ink' }] } }, 'technician.warnings[0].text: missing, expected text (an entry with a new id, "ink", needs text)'],
      [{ checklist: 'my-checklist' }, 'checklist: expected "#" followed by an element id'],
    ] as const) {
      it(`explains an invalid config: ${expected}`, async () => {
        const el = await fixture(html`<smp-treatment-explainer .config=${config}></smp-treatment-explainer>`);
        expect(panelText(el)).to.include(expected);
      });
    }
  });
});

// The guide's result, shared as a link (the answers in the address's fragment) and printed on its own.
const questions = explainerContent(undefined, builtIn).guide.questions;

describe('<smp-treatment-explainer> guide result: share and print', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('carries only known answers in a fragment of its own', () => {
    const hash = guideFragment('smp-info', ANSWERS);
    expect(hash).to.equal('#smp-guide:smp-info=goal.shaved~commitment.long~transplant.none~scars.none~health.none~upkeep.fine');
    expect(readGuideFragment(hash, 'smp-info', questions)).to.deep.equal(ANSWERS);
    expect(readGuideFragment(hash, 'another', questions)).to.be.undefined;
    expect(readGuideFragment('#smp-guide:smp-info=goal.flying~health.none~x.y', 'smp-info', questions)).to.deep.equal({ health: 'none' });
    expect(readGuideFragment('#smp-info/guide', 'smp-info', questions)).to.be.undefined;
  });

  it('copies a link that opens the guide with the same answers and result, and leaves the address clean', async () => {
    const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer id="smp-info" .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
    await answer(el, ANSWERS);
    const title = shadow(el).querySelector('.result h3, .result h4')!.textContent;
    expect(shadow(el).querySelector('.result-share .note')!.textContent).to.include('your answers');
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
    try {
      shadow(el).querySelector<HTMLButtonElement>('button.share-result')!.click();
      await waitUntil(() => copied, 'no link copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
    await elementUpdated(el);
    expect(shadow(el).querySelector('.result-share .status')!.textContent).to.include('Link copied');
    const { hash } = new URL(copied);
    expect(hash.startsWith('#smp-guide:smp-info=')).to.be.true;

    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const opened = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer id="smp-info"></smp-treatment-explainer>`);
    expectRendered(opened, '.result');
    expect(opened.view).to.equal('guide');
    expect(shadow(opened).querySelector('.result h3, .result h4')!.textContent).to.equal(title);
    expect(shadow(opened).querySelector<HTMLInputElement>('input[name="goal"][value="shaved"]')!.checked).to.be.true;
    expect(location.hash).to.equal('');
  });

  it('shows the link to copy by hand when the browser will not copy it', async () => {
    const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer id="smp-info" .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
    await answer(el, ANSWERS);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      shadow(el).querySelector<HTMLButtonElement>('button.share-result')!.click();
      await waitUntil(() => shadow(el).querySelector('input.link-field'), 'no link shown');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(shadow(el).querySelector('.result-share .status')!.textContent).to.include('Select the link below');
    const field = shadow(el).querySelector<HTMLInputElement>('input.link-field')!;
    expect(field.getAttribute('aria-label')).to.equal('Link to this result');
    expect(new URL(field.value).hash).to.equal('#smp-guide:smp-info=goal.shaved~commitment.long~transplant.none~scars.none~health.none~upkeep.fine');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints the result on its own', async () => {
    const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
    await answer(el, ANSWERS);
    const print = window.print;
    let printed = false;
    window.print = () => void (printed = true);
    try {
      shadow(el).querySelector<HTMLButtonElement>('button.print-result')!.click();
      expect(printed).to.be.true;
      expect(el.hasAttribute('data-smp-printing')).to.be.true;
      await emulateMedia({ media: 'print' });
      const visible = (selector: string) => Boolean(shadow(el).querySelector(selector)?.checkVisibility());
      expect(visible('.result')).to.be.true;
      expect(visible('.disclaimer')).to.be.true;
      expect(visible('#panel-compare')).to.be.false;
      expect(visible('.guide')).to.be.false;
      expect(visible('header')).to.be.false;
      window.dispatchEvent(new Event('afterprint'));
      expect(el.hasAttribute('data-smp-printing')).to.be.false;
      // Printing the page as a whole still prints every view.
      expect(visible('#panel-compare')).to.be.true;
    } finally {
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
  });
});
