import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/clinic-checklist/index.js';
import type { SmpClinicChecklist } from '../../src/clinic-checklist/index.js';
import { MAX_LENGTH } from '../../src/core/limits.js';
import { expectRendered } from '../shared/page-errors.js';
import { readShare, shareFragment } from '../../src/clinic-checklist/shortlist/shortlist.share.js';

// Shortlist mode: the same points, ticked for each of two to four clinics the reader is weighing.

const LIST = {
  id: 'shortlist-test',
  title: 'Before you book',
  sections: [
    { title: 'Results', items: [{ id: 'healed', label: 'Healed results seen' }, { id: 'similar', label: 'Clients like me seen' }] },
    { title: 'Guarantee', items: [{ id: 'written', label: 'Guarantee in writing' }] },
  ],
  shortlist: {},
};
const KEY = 'smp-clinic-checklist:shortlist-test:shortlist';

const root = (el: Element) => el.shadowRoot!;
const names = (el: Element) => [...root(el).querySelectorAll('.shortlist-table thead .clinic-name')].map((name) => name.textContent);
const box = (el: Element, item: string, clinic: string) => root(el).querySelector<HTMLInputElement>(`input[aria-label="${item} – ${clinic}"]`);
const status = (el: Element) => root(el).querySelector('.shortlist-status .status')!.textContent!.trim();
const stored = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { version: number; data: { clinics: { name: string; checked: string[]; note: string }[] } } | null;

async function open(config: object = LIST): Promise<SmpClinicChecklist> {
  const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${config}></smp-clinic-checklist>`);
  expectRendered(el, '.shortlist');
  return el;
}

async function add(el: SmpClinicChecklist, name: string): Promise<void> {
  const input = root(el).querySelector<HTMLInputElement>('#clinic-name')!;
  input.value = name;
  root(el).querySelector<HTMLButtonElement>('.add-clinic button[type="submit"]')!.click();
  await elementUpdated(el);
}

async function clickButton(el: SmpClinicChecklist, label: string): Promise<void> {
  root(el).querySelector<HTMLButtonElement>(`button[aria-label="${label}"]`)!.click();
  await aTimeout(0);
  await elementUpdated(el);
}

describe('<smp-clinic-checklist> shortlist mode', () => {
  beforeEach(() => localStorage.clear());

  it('adds clinics the reader types, up to four, and says why one cannot be added', async () => {
    const el = await open();
    for (const name of ['Fictional Clinic A', 'Fictional Clinic B']) await add(el, name);
    expect(names(el)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B']);
    expect(status(el)).to.equal('Fictional Clinic B added to your shortlist.');
    await add(el, '  fictional clinic a ');
    expect(status(el)).to.equal('fictional clinic a is already on your shortlist.');
    await add(el, '   ');
    expect(status(el)).to.equal('Type the clinic’s name first.');
    for (const name of ['Fictional Clinic C', 'Fictional Clinic D']) await add(el, name);
    expect(names(el)).to.have.length(4);
    expect(root(el).querySelector<HTMLInputElement>('#clinic-name')!.disabled).to.be.true;
    expect(root(el).querySelector('.shortlist')!.textContent).to.include('A shortlist holds up to 4 clinics.');
    await expect(el).shadowDom.to.be.accessible();
  });

  it('is styled through the checklist’s own static styles: one sheet, shared by every checklist, filled when the mode loads', async () => {
    const el = await open();
    const sheet = root(el).adoptedStyleSheets.find((candidate) => [...candidate.cssRules].some((rule) => rule.cssText.startsWith('.shortlist-table')));
    expect(sheet).to.exist;
    expect((el.constructor as typeof SmpClinicChecklist).elementStyles).to.include(sheet);
    expect(getComputedStyle(root(el).querySelector('.shortlist')!).display).to.equal('grid');
    // A plain checklist adopts the same sheet; its own markup has nothing the rules match.
    const plain = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist></smp-clinic-checklist>`);
    expect(root(plain).adoptedStyleSheets).to.include(sheet);
  });

  it('ticks each point per clinic, shows its progress in one phrase, and tells the page', async () => {
    const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } });
    setTimeout(() => box(el, 'Healed results seen', 'Fictional Clinic B')!.click());
    const event = await oneEvent(el, 'smp-shortlist-change');
    expect(event.detail).to.deep.equal({ clinics: [{ name: 'Fictional Clinic A', checked: [] }, { name: 'Fictional Clinic B', checked: ['healed'] }], total: 3 });
    await elementUpdated(el);
    const headers = [...root(el).querySelectorAll('.shortlist-table thead th')].map((th) => th.textContent!.replace(/\s+/g, ' ').trim());
    // "1 of 3" alone: "2 still open" beside it would say the same again.
    expect(headers[2]).to.equal('Fictional Clinic B 1 of 3 Clear ticks Remove Questions to ask');
    expect(box(el, 'Healed results seen', 'Fictional Clinic A')!.checked).to.be.false;
    expect(stored()!.data.clinics[1]!.checked).to.deep.equal(['healed']);
  });

  it('carries the single list’s ticks over to the first clinic', async () => {
    localStorage.setItem('smp-clinic-checklist:shortlist-test', JSON.stringify({ version: 1, data: ['written', 'healed'] }));
    const el = await open();
    await add(el, 'Fictional Clinic A');
    await add(el, 'Fictional Clinic B');
    expect(box(el, 'Healed results seen', 'Fictional Clinic A')!.checked).to.be.true;
    expect(box(el, 'Guarantee in writing', 'Fictional Clinic A')!.checked).to.be.true;
    expect(box(el, 'Healed results seen', 'Fictional Clinic B')!.checked).to.be.false;
    // The single list itself is left as it was.
    expect(JSON.parse(localStorage.getItem('smp-clinic-checklist:shortlist-test')!).data).to.deep.equal(['written', 'healed']);
  });

  it('removes a clinic and clears one clinic’s ticks, each undone by Undo', async () => {
    const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C'] } });
    box(el, 'Clients like me seen', 'Fictional Clinic B')!.click();
    await elementUpdated(el);
    await clickButton(el, 'Remove Fictional Clinic B');
    expect(names(el)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic C']);
    expect(status(el)).to.equal('Fictional Clinic B removed. Undo puts it back.');
    expect(root(el).activeElement?.textContent).to.equal('Undo');
    root(el).querySelector<HTMLButtonElement>('.shortlist-undo')!.click();
    await elementUpdated(el);
    expect(names(el)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C']);
    expect(box(el, 'Clients like me seen', 'Fictional Clinic B')!.checked).to.be.true;

    await clickButton(el, 'Clear ticks for Fictional Clinic B');
    expect(box(el, 'Clients like me seen', 'Fictional Clinic B')!.checked).to.be.false;
    expect(stored()!.data.clinics[1]!.checked).to.deep.equal([]);
    root(el).querySelector<HTMLButtonElement>('.shortlist-undo')!.click();
    await elementUpdated(el);
    expect(box(el, 'Clients like me seen', 'Fictional Clinic B')!.checked).to.be.true;
    expect(stored()!.data.clinics[1]!.checked).to.deep.equal(['similar']);
  });

  it('keeps a note per clinic, stored with its ticks', async () => {
    const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } });
    const note = root(el).querySelector<HTMLTextAreaElement>('#note-1')!;
    expect(root(el).querySelector('label[for="note-1"]')!.textContent).to.equal('Your notes on Fictional Clinic B');
    note.value = 'Asked about touch-ups: two included.';
    note.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(stored()!.data.clinics[1]!.note).to.equal('Asked about touch-ups: two included.');
    const again = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } });
    expect(root(again).querySelector<HTMLTextAreaElement>('#note-1')!.value).to.equal('Asked about touch-ups: two included.');
  });

  it('stops a typed note and a typed name at their limits, and keeps a longer note stored before the limit', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { clinics: [{ name: 'Fictional Clinic A', checked: [], note: 'n'.repeat(500) }] } }));
    const el = await open();
    const note = root(el).querySelector<HTMLTextAreaElement>('#note-0')!;
    expect(note.value).to.have.length(500);
    // Ticking something saves the shortlist again: the note goes with it whole.
    box(el, 'Healed results seen', 'Fictional Clinic A')!.click();
    await elementUpdated(el);
    expect(stored()!.data.clinics[0]!.note).to.have.length(500);
    // Typed, a note stops at its limit.
    const second = root(el).querySelector<HTMLInputElement>('#clinic-name')!;
    second.focus();
    await sendKeys({ type: `${'Fictional Clinic B '.repeat(5)}` });
    expect(second.value).to.have.length(MAX_LENGTH.name);
    await sendKeys({ press: 'Enter' });
    await elementUpdated(el);
    const typed = root(el).querySelector<HTMLTextAreaElement>('#note-1')!;
    typed.focus();
    await sendKeys({ type: 'Quoted two touch-ups. '.repeat(15) });
    expect(typed.value).to.have.length(MAX_LENGTH.note);
  });

  it('restores a stored shortlist, and ignores what is corrupt or no longer in the list', async () => {
    localStorage.setItem(KEY, JSON.stringify({ version: 1, data: { clinics: [{ name: 'Fictional Clinic A', checked: ['healed', 'gone'], note: 'n' }, { name: 42 }, { name: 'Fictional Clinic A' }, null] } }));
    const el = await open();
    expect(names(el)).to.deep.equal(['Fictional Clinic A']);
    expect(box(el, 'Healed results seen', 'Fictional Clinic A')!.checked).to.be.true;
    for (const corrupt of ['{not json', JSON.stringify({ version: 99, data: { clinics: [{ name: 'X', checked: [] }] } }), JSON.stringify({ version: 1, data: 'x' })]) {
      localStorage.setItem(KEY, corrupt);
      const fresh = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic Z'] } });
      expect(names(fresh), corrupt).to.deep.equal(['Fictional Clinic Z']);
    }
  });

  it('follows another widget with the same id, and works without storage', async () => {
    const config = { ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } };
    const first = await open(config);
    const second = await open(config);
    box(first, 'Guarantee in writing', 'Fictional Clinic A')!.click();
    await elementUpdated(first);
    await elementUpdated(second);
    expect(box(second, 'Guarantee in writing', 'Fictional Clinic A')!.checked).to.be.true;

    const noStorage = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist .config=${{ ...config, id: 'no-storage' }}></smp-clinic-checklist>`);
    noStorage.storage = { read: () => undefined, write: () => false, remove: () => undefined, works: () => false };
    box(noStorage, 'Healed results seen', 'Fictional Clinic B')!.click();
    await elementUpdated(noStorage);
    expect(box(noStorage, 'Healed results seen', 'Fictional Clinic B')!.checked).to.be.true;
    expect(root(noStorage).textContent).to.include('This browser is not saving your ticks');
  });

  it('moves along rows and columns with the arrow keys, with one tab stop for the grid', async () => {
    const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } });
    const tabbable = () => [...root(el).querySelectorAll<HTMLInputElement>('.shortlist-table input')].filter((input) => input.tabIndex === 0);
    expect(tabbable()).to.have.length(1);
    tabbable()[0]!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await elementUpdated(el);
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Healed results seen – Fictional Clinic B');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Guarantee in writing – Fictional Clinic B');
    await sendKeys({ press: 'Space' });
    await elementUpdated(el);
    expect(box(el, 'Guarantee in writing', 'Fictional Clinic B')!.checked).to.be.true;
    await sendKeys({ press: 'Home' });
    await elementUpdated(el);
    expect(root(el).activeElement?.getAttribute('aria-label')).to.equal('Guarantee in writing – Fictional Clinic A');
    expect(tabbable()).to.have.length(1);
  });

  it('shows one clinic at a time at 320 px, chosen from a list, with the others’ progress', async () => {
    await setViewport({ width: 320, height: 800 });
    try {
      const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C'] } });
      expect(root(el).querySelector('.shortlist-table')).to.equal(null);
      const select = root(el).querySelector<HTMLSelectElement>('#clinic-shown')!;
      expect([...select.options].map((option) => option.textContent)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C']);
      select.value = '1';
      select.dispatchEvent(new Event('change'));
      await elementUpdated(el);
      box(el, 'Clients like me seen', 'Fictional Clinic B')!.click();
      await elementUpdated(el);
      expect(stored()!.data.clinics[1]!.checked).to.deep.equal(['similar']);
      expect(root(el).querySelector('.one-clinic > .clinic-progress')!.textContent).to.include('1 of 3');
      const others = [...root(el).querySelectorAll('.clinic-summary li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
      expect(others).to.deep.equal(['Fictional Clinic A 0 of 3', 'Fictional Clinic C 0 of 3']);
      const widget = root(el).querySelector('.widget')!.getBoundingClientRect();
      expect(widget.right).to.be.at.most(320);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      await expect(el).shadowDom.to.be.accessible();
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('turns the points still open for a clinic into questions to copy, print or send as an email draft', async () => {
    const config = {
      ...LIST,
      sections: [
        { title: 'Results', items: [{ id: 'healed', label: 'Healed results seen', question: 'Can I see healed results at least 3 months old?' }, { id: 'similar', label: 'I have seen clients like me' }] },
        { title: 'Guarantee', items: [{ id: 'written', label: 'Guarantee in writing', question: 'Can I have the guarantee in writing?' }] },
      ],
      shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] },
    };
    const el = await open(config);
    box(el, 'Healed results seen', 'Fictional Clinic B')!.click();
    await elementUpdated(el);
    await clickButton(el, 'Questions to ask Fictional Clinic B');
    const panel = root(el).querySelector('.questions')!;
    expect(root(el).activeElement).to.equal(panel);
    expect(panel.querySelector('h3')!.textContent).to.equal('Questions for Fictional Clinic B');
    // Its own question where the item has one, else one worded from its label.
    // A label in the first person, asked about as it stands, reads as a question to the clinic.
    expect([...panel.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Can you tell me more about this point: “I have seen clients like me”?', 'Can I have the guarantee in writing?']);

    const email = panel.querySelector<HTMLAnchorElement>('a.email-draft')!;
    expect(email.href.startsWith('mailto:?subject=')).to.be.true;
    expect(decodeURIComponent(email.href)).to.include('Questions before I decide: Fictional Clinic B').and.include('2. Can I have the guarantee in writing?');
    const mailed = oneEvent(el, 'smp-shortlist-questions');
    email.addEventListener('click', (event) => event.preventDefault(), { once: true });
    email.click();
    expect((await mailed).detail).to.deep.equal({ clinic: 'Fictional Clinic B', action: 'email', questions: 2 });

    let copied = '';
    const original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
    try {
      const copiedEvent = oneEvent(el, 'smp-shortlist-questions');
      [...panel.querySelectorAll('button')].find((button) => button.textContent === 'Copy questions')!.click();
      expect((await copiedEvent).detail.action).to.equal('copy');
      await elementUpdated(el);
      expect(copied).to.equal('Questions for Fictional Clinic B\n\n1. Can you tell me more about this point: “I have seen clients like me”?\n2. Can I have the guarantee in writing?');
      expect(status(el)).to.equal('Questions copied. You can paste them into a message to the clinic.');
    } finally {
      navigator.clipboard.writeText = original;
    }
    await expect(el).shadowDom.to.be.accessible();
  });

  it('prints a clinic’s questions on their own, with the general-information note', async () => {
    const el = await open({ ...LIST, shortlist: { clinics: ['Fictional Clinic A'] } });
    await clickButton(el, 'Questions to ask Fictional Clinic A');
    const print = window.print;
    window.print = () => undefined;
    try {
      [...root(el).querySelectorAll<HTMLButtonElement>('.questions button')].find((button) => button.textContent === 'Print questions')!.click();
      expect(el.hasAttribute('data-smp-printing')).to.be.true;
      await emulateMedia({ media: 'print' });
      const visible = (selector: string) => Boolean(root(el).querySelector(selector)?.checkVisibility());
      expect(visible('.questions'), 'the questions').to.be.true;
      expect(visible('.disclaimer'), 'the general-information note').to.be.true;
      expect(visible('.intro, .add-clinic'), 'the rest of the shortlist').to.be.false;
    } finally {
      window.dispatchEvent(new Event('afterprint'));
      window.print = print;
      await emulateMedia({ media: 'screen' });
    }
  });

  it('words the built-in points as questions in the widget’s language', async () => {
    const el = await fixture<SmpClinicChecklist>(html`<smp-clinic-checklist locale="es" .config=${{ id: 'questions-es', shortlist: { clinics: ['Clínica Ficticia A'] } }}></smp-clinic-checklist>`);
    await waitForSpanish(el);
    root(el).querySelector<HTMLButtonElement>('button.ask-clinic')!.click();
    await elementUpdated(el);
    const questions = [...root(el).querySelectorAll('.questions li')].map((li) => li.textContent!);
    expect(questions).to.have.length(15);
    expect(root(el).querySelector('.questions h3')!.textContent).to.not.include('Questions for');
    for (const question of questions) expect(question).to.match(/^¿.+\?$/);
  });
});

describe('<smp-clinic-checklist> shortlist mode: a share link', () => {
  const config = { ...LIST, shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } };
  let copied = '';
  let original: typeof navigator.clipboard.writeText;
  beforeEach(() => {
    localStorage.clear();
    original = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => void (copied = text);
  });
  afterEach(() => {
    navigator.clipboard.writeText = original;
    history.replaceState(null, '', location.pathname + location.search);
  });

  async function copyLink(el: SmpClinicChecklist): Promise<string> {
    copied = '';
    root(el).querySelector<HTMLButtonElement>('button.share-link')!.click();
    await waitUntil(() => copied && status(el).startsWith('Link copied'), 'the link was not copied');
    return copied;
  }

  it('copies a link carrying the clinics and ticks in the fragment, under a key of its own, notes only when asked', async () => {
    const el = await open(config);
    box(el, 'Guarantee in writing', 'Fictional Clinic B')!.click();
    const note = root(el).querySelector<HTMLTextAreaElement>('#note-0')!;
    note.value = 'Private thought';
    note.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    expect(root(el).querySelector('.share .note')!.textContent).to.include('what you ticked for each').and.not.include('notes');
    const link = await copyLink(el);
    expect(link.startsWith(`${location.href.split('#')[0]}#smp-shortlist:shortlist-test=`)).to.be.true;
    expect(readShare(new URL(link).hash, 'shortlist-test', ['healed', 'similar', 'written'])).to.deep.equal({
      clinics: [
        { name: 'Fictional Clinic A', checked: [], note: '' },
        { name: 'Fictional Clinic B', checked: ['written'], note: '' },
      ],
    });
    root(el).querySelector<HTMLInputElement>('.share-notes input')!.click();
    await elementUpdated(el);
    expect(root(el).querySelector('.share .note')!.textContent).to.include('your notes');
    const withNotes = await copyLink(el);
    expect(readShare(new URL(withNotes).hash, 'shortlist-test', ['healed', 'similar', 'written'])!.clinics[0]!.note).to.equal('Private thought');
  });

  it('keeps a clinic name and a note longer than today’s limits when they arrive in a link', async () => {
    const long = { clinics: [{ name: `Fictional Clinic ${'A'.repeat(120)}`, checked: ['healed'], note: 'n'.repeat(500) }] };
    history.replaceState(null, '', shareFragment('shortlist-test', long, true));
    const el = await open(LIST);
    expect(names(el)).to.deep.equal([long.clinics[0]!.name]);
    expect(root(el).querySelector<HTMLTextAreaElement>('#note-0')!.value).to.have.length(500);
  });

  it('shows the link to copy by hand when the browser will not copy it', async () => {
    const el = await open(config);
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    root(el).querySelector<HTMLButtonElement>('button.share-link')!.click();
    await waitUntil(() => root(el).querySelector('input.link-field'), 'no link shown');
    expect(status(el)).to.include('Select the link below');
    const field = root(el).querySelector<HTMLInputElement>('input.link-field')!;
    expect(field.getAttribute('aria-label')).to.equal('Link to this shortlist');
    expect(readShare(new URL(field.value).hash, 'shortlist-test', ['healed', 'similar', 'written'])!.clinics.map((clinic) => clinic.name)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B']);
  });

  it('opens a shared link into an empty shortlist at once, and takes the fragment out of the address', async () => {
    const shared = { clinics: [{ name: 'Fictional Clinic Q', checked: ['similar'], note: '' }] };
    history.replaceState(null, '', `${location.pathname}${location.search}${shareFragment('shortlist-test', shared, false)}`);
    const el = await open();
    await waitUntil(() => names(el).length === 1, 'the shared shortlist was not shown');
    expect(names(el)).to.deep.equal(['Fictional Clinic Q']);
    expect(box(el, 'Clients like me seen', 'Fictional Clinic Q')!.checked).to.be.true;
    expect(location.hash).to.equal('');
    expect(stored()!.data).to.deep.equal(shared);
  });

  it('asks before a shared link replaces the reader’s own shortlist, and keeps theirs if they say so', async () => {
    const own = await open(config);
    box(own, 'Healed results seen', 'Fictional Clinic A')!.click();
    await elementUpdated(own);
    own.remove();
    const shared = { clinics: [{ name: 'Fictional Clinic Q', checked: [], note: '' }] };
    for (const answer of ['Keep mine', 'Replace mine']) {
      history.replaceState(null, '', `${location.pathname}${location.search}${shareFragment('shortlist-test', shared, false)}`);
      const el = await open(config);
      expect(location.hash).to.equal('');
      const offer = root(el).querySelector('.share-offer')!;
      expect(offer.textContent).to.include('This link holds a shortlist (Fictional Clinic Q). Replace your own shortlist with it?');
      await expect(el).shadowDom.to.be.accessible();
      [...offer.querySelectorAll('button')].find((button) => button.textContent === answer)!.click();
      await elementUpdated(el);
      expect(root(el).querySelector('.share-offer')).to.equal(null);
      expect(names(el)).to.deep.equal(answer === 'Keep mine' ? ['Fictional Clinic A', 'Fictional Clinic B'] : ['Fictional Clinic Q']);
      el.remove();
    }
  });

  it('ignores a fragment meant for another checklist, a corrupt one, and the explainer’s view links', async () => {
    for (const hash of [shareFragment('another-list', { clinics: [{ name: 'Elsewhere', checked: [], note: '' }] }, false), '#smp-shortlist:shortlist-test=%%%not-base64', '#shortlist-test/guide']) {
      history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
      const el = await open(config);
      expect(names(el), hash).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B']);
      expect(root(el).querySelector('.share-offer'), hash).to.equal(null);
      el.remove();
    }
  });
});

async function waitForSpanish(el: SmpClinicChecklist): Promise<void> {
  const english = 'Add the two to four clinics you are considering, then tick each point for each clinic.';
  await waitUntil(() => root(el).querySelector('.shortlist .intro')?.textContent?.trim() !== english && root(el).querySelector('button.ask-clinic'), 'the Spanish pack did not arrive', { timeout: 5000 });
  await elementUpdated(el);
}
