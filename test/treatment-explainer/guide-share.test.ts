import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/treatment-explainer/index.js';
import type { SmpTreatmentExplainer } from '../../src/treatment-explainer/index.js';
import * as defaults from '../../src/treatment-explainer/treatment-explainer.defaults.js';
import { guideFragment, readGuideFragment, explainerContent } from '../../src/treatment-explainer/treatment-explainer.logic.js';
import { expectRendered } from '../shared/page-errors.js';

// The guide's result, shared as a link (the answers in the address's fragment) and printed on its own.

const ANSWERS = { goal: 'shaved', commitment: 'long', transplant: 'none', scars: 'none', health: 'none', upkeep: 'fine' };
const questions = explainerContent(undefined, defaults).guide.questions;
const root = (el: Element) => el.shadowRoot!;

async function answer(el: SmpTreatmentExplainer) {
  for (const [question, value] of Object.entries(ANSWERS)) root(el).querySelector<HTMLInputElement>(`input[name="${question}"][value="${value}"]`)!.click();
  await elementUpdated(el);
  root(el).querySelector<HTMLButtonElement>('.guide button[type="submit"]')!.click();
  await elementUpdated(el);
}

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
    await answer(el);
    const title = root(el).querySelector('.result h3, .result h4')!.textContent;
    expect(root(el).querySelector('.result-share .note')!.textContent).to.include('your answers');
    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
    try {
      root(el).querySelector<HTMLButtonElement>('button.share-result')!.click();
      await waitUntil(() => copied, 'no link copied');
    } finally {
      navigator.clipboard.writeText = original;
    }
    await elementUpdated(el);
    expect(root(el).querySelector('.result-share .status')!.textContent).to.include('Link copied');
    const { hash } = new URL(copied);
    expect(hash.startsWith('#smp-guide:smp-info=')).to.be.true;

    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    const opened = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer id="smp-info"></smp-treatment-explainer>`);
    expectRendered(opened, '.result');
    expect(opened.view).to.equal('guide');
    expect(root(opened).querySelector('.result h3, .result h4')!.textContent).to.equal(title);
    expect(root(opened).querySelector<HTMLInputElement>('input[name="goal"][value="shaved"]')!.checked).to.be.true;
    expect(location.hash).to.equal('');
  });

  it('shows the link to copy by hand when the browser will not copy it', async () => {
    const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer id="smp-info" .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
    await answer(el);
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      root(el).querySelector<HTMLButtonElement>('button.share-result')!.click();
      await waitUntil(() => root(el).querySelector('input.link-field'), 'no link shown');
    } finally {
      navigator.clipboard.writeText = original;
    }
    expect(root(el).querySelector('.result-share .status')!.textContent).to.include('Select the link below');
    const field = root(el).querySelector<HTMLInputElement>('input.link-field')!;
    expect(field.getAttribute('aria-label')).to.equal('Link to this result');
    expect(new URL(field.value).hash).to.equal('#smp-guide:smp-info=goal.shaved~commitment.long~transplant.none~scars.none~health.none~upkeep.fine');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints the result on its own', async () => {
    const el = await fixture<SmpTreatmentExplainer>(html`<smp-treatment-explainer .config=${{ default: 'guide' }}></smp-treatment-explainer>`);
    await answer(el);
    const print = window.print;
    let printed = false;
    window.print = () => void (printed = true);
    try {
      root(el).querySelector<HTMLButtonElement>('button.print-result')!.click();
      expect(printed).to.be.true;
      expect(el.hasAttribute('data-smp-printing')).to.be.true;
      await emulateMedia({ media: 'print' });
      const visible = (selector: string) => Boolean(root(el).querySelector(selector)?.checkVisibility());
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
