import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { DRAFT_KEY, fallbackText, isoDate, snippetFor, testPage } from '../../src/builder/builder.model.js';
import { escapeAttribute } from '../../src/core/html-escape.js';
import '../../src/builder/index.js';
import type { SmpEmbedBuilder } from '../../src/builder/index.js';
import { MAX_LENGTH } from '../../src/core/limits.js';
import { captureConsole, expectRendered, shadowText } from '../shared/page-errors.js';

const shadow = (el: Element) => el.shadowRoot!;
const field = <T extends HTMLElement>(el: Element, id: string) => shadow(el).getElementById(id) as T;
const preview = (el: Element) => shadow(el).querySelector('.preview')!.firstElementChild!;

async function type(el: SmpEmbedBuilder, id: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await elementUpdated(el);
}

type Rendered = HTMLElement & { updateComplete: Promise<unknown> };

async function choose(el: SmpEmbedBuilder, id: string, option: string) {
  field<HTMLSelectElement>(el, id).value = option;
  field<HTMLSelectElement>(el, id).dispatchEvent(new Event('change'));
  await elementUpdated(el);
}

const json = (el: Element) => field<HTMLTextAreaElement>(el, 'json').value;

/** Clicks the control `selector` finds in the builder and lets it update. */
async function click(el: SmpEmbedBuilder, selector: string) {
  shadow(el).querySelector<HTMLElement>(selector)!.click();
  await elementUpdated(el);
}

/**
 * Pastes a snippet into a blank page as wide as the preview (so both choose the same layout), its script
 * pointed at the built file as a site serves it (its integrity hash is the build's); returns the pasted widget
 * once it has rendered and settled.
 */
async function paste(snippet: string, shown: Element): Promise<{ frame: HTMLIFrameElement; pasted: Element }> {
  const frame = document.createElement('iframe');
  frame.width = String(Math.ceil(shown.getBoundingClientRect().width) + 16);
  frame.srcdoc = `<!doctype html><html><body>${snippet.replace(/src="[^"]+"/, `src="${location.origin}/uploaded/smp-widgets.min.js"`)}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const pasted = frame.contentDocument!.querySelector(shown.localName)!;
  await waitUntil(() => pasted.shadowRoot?.querySelector('.widget'), 'the pasted snippet did not render');
  await new Promise((resolve) => requestAnimationFrame(resolve));
  // Both settle on their layout within a frame or two.
  await waitUntil(() => shadowText(pasted) === shadowText(shown), 'the pasted widget differs from the preview', { timeout: 2000 }).catch(() => undefined);
  return { frame, pasted };
}

/** Clicks "Copy the snippet" and returns what went to the clipboard (captured, so no permission is needed). */
async function copySnippet(el: SmpEmbedBuilder): Promise<string> {
  let copied = '';
  const clipboard = navigator.clipboard;
  Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (text: string) => void (copied = text) });
  try {
    shadow(el).querySelector<HTMLButtonElement>('button.primary')!.click();
    await waitUntil(() => copied, 'nothing was copied');
  } finally {
    delete (clipboard as { writeText?: unknown }).writeText;
  }
  expect(shadow(el).textContent).to.include('Snippet copied.');
  return copied;
}

// Each test starts from the starter, not from the draft an earlier test left in storage.
beforeEach(() => localStorage.removeItem(DRAFT_KEY));
after(() => localStorage.removeItem(DRAFT_KEY));

describe('embed builder', () => {

  it('escapes a config for a single-quoted attribute, and writes fallback text between the tags', () => {
    expect(escapeAttribute(`{"title":"It's <b> & co"}`, "'")).to.equal('{"title":"It&#39;s &lt;b> &amp; co"}');
    expect(escapeAttribute(`/a "b" <c>.js`)).to.equal('/a &quot;b&quot; &lt;c>.js');
    expect(snippetFor('smp-clinic-checklist', { title: "Dr O'Neil <3" }, { locale: 'en-US', theme: 'dark', src: '/a "b".js' })).to.equal(
      `<script type="module" src="/a &quot;b&quot;.js"></script>\n<smp-clinic-checklist config='{"title":"Dr O&#39;Neil &lt;3"}' locale="en-US" theme="dark">\n` +
        `  Dr O'Neil &lt;3. Ask to see healed results at least 3 months old, get the guarantee in writing and find out which technician will treat you. ` +
        `General information, not medical advice: ask a qualified clinician about your own case.\n</smp-clinic-checklist>`,
    );
    expect(fallbackText('smp-guarantee-comparison', { clinics: [{ name: 'A' }, { name: 'B' }, { name: 'C' }] })).to.equal(
      'SMP guarantees compared. The guarantees of A, B and C side by side: length, touch-ups, refunds and conditions. Confirm the terms with each clinic in writing. ' +
        'General information, not medical advice: ask a qualified clinician about your own case.',
    );
    expect(fallbackText('smp-treatment-explainer', {})).to.match(/transplant\. General information, not medical advice: ask a qualified clinician about your own case\.$/);
  });

  it('edits common fields through the form, with a live preview', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await type(el, 'title', 'Our checklist');
    expect(JSON.parse(field<HTMLTextAreaElement>(el, 'json').value)).to.deep.include({ title: 'Our checklist' });
    await (preview(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview(el).shadowRoot!.querySelector('h2')!.textContent).to.equal('Our checklist');
    await expect(el).to.be.accessible();
  });

  it('stops a field at the limit the widget’s schema sets as you type, and says so', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    const title = field<HTMLInputElement>(el, 'title');
    title.select();
    await sendKeys({ type: 'Before you book: '.repeat(8) });
    await elementUpdated(el);
    expect(title.value).to.have.length(MAX_LENGTH.title);
    expect(JSON.parse(json(el)).title).to.have.length(MAX_LENGTH.title);
    expect(shadow(el).getElementById('title-limit')!.textContent).to.include(`${MAX_LENGTH.title} characters`);
    expect(title.getAttribute('aria-describedby')).to.equal('title-limit');
    expect(shadow(el).querySelector('#problems')?.textContent ?? '').not.to.include('title');
    await expect(el).to.be.accessible();
  });

  it('validates with the widget’s own schema, naming the field', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await type(el, 'json', '{"title": 5}');
    expect(field(el, 'problems').textContent).to.include('title: expected text, got a number');
    expect(shadow(el).querySelector<HTMLButtonElement>('button.primary')!.disabled).to.be.true;
    const warnings = captureConsole('warn');
    try {
      await type(el, 'json', '{"titel": "x"}');
      await (preview(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    } finally {
      warnings.restore();
    }
    expect(field(el, 'problems').textContent).to.include('titel: unknown key');
    // The previewed widget says it once in the console too, as it would on the site.
    expect(warnings.messages).to.deep.equal(['[smp-clinic-checklist] unknown config key "titel" was ignored. Check its spelling.']);
  });

  it('switches widgets and is usable by keyboard', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    const select = field<HTMLSelectElement>(el, 'widget');
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await elementUpdated(el);
    expect(el.tag).to.equal('smp-guarantee-comparison');
    expect(preview(el).localName).to.equal('smp-guarantee-comparison');
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal(field(el, 'undo'));
  });

  it('produces a snippet that renders exactly the previewed widget on a blank page', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    await type(el, 'title', `Guarantees we checked: it's "honest" & <fair>`);
    await choose(el, 'theme', 'dark');
    const shown = preview(el) as Rendered;
    await shown.updateComplete;
    // The integrity hash is of the built file, so the pasted script only runs if it matches.
    await waitUntil(() => el.snippet?.includes('integrity="sha384-'), 'no integrity in the snippet');

    const { frame, pasted } = await paste(el.snippet!, shown);
    expect(pasted.getAttribute('theme')).to.equal('dark');
    expect(shadowText(pasted)).to.equal(shadowText(shown));
    frame.remove();
  });

  it('keeps JSON with an error when the form is used, says why, and undo brings back the last good config', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await type(el, 'title', 'Our checklist');
    const good = json(el);
    const broken = '{"title": "Our checklist", "intro": "Half typed';
    await type(el, 'json', broken);
    expect(field<HTMLFieldSetElement>(el, 'title').closest('fieldset')!.disabled).to.be.true;
    expect(field(el, 'form-paused').textContent).to.include('the JSON does not parse');
    // Even a change the disabled form still receives leaves the text alone.
    await type(el, 'title', 'X');
    expect(json(el)).to.equal(broken);
    expect(field<HTMLTextAreaElement>(el, 'snippet').value).to.equal('Fix the config above to get a snippet.');

    field(el, 'json').focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Control' });
    await elementUpdated(el);
    expect(json(el)).to.equal(good);
    expect(field<HTMLInputElement>(el, 'title').value).to.equal('Our checklist');
    await sendKeys({ down: 'Control' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyZ' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ up: 'Control' });
    await elementUpdated(el);
    expect(json(el)).to.equal(broken);
    await expect(el).to.be.accessible();
  });

  it('undoes form edits step by step, typing in one field counting as one step', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    const starter = json(el);
    await type(el, 'title', 'O');
    await type(el, 'title', 'Ou');
    await type(el, 'title', 'Our list');
    await choose(el, 'theme', 'dark');
    field<HTMLButtonElement>(el, 'undo').click();
    await elementUpdated(el);
    expect(field<HTMLSelectElement>(el, 'theme').value).to.equal('light');
    expect(JSON.parse(json(el))).to.deep.equal({ title: 'Our list' });
    field<HTMLButtonElement>(el, 'undo').click();
    await elementUpdated(el);
    expect(json(el)).to.equal(starter);
    expect(field<HTMLButtonElement>(el, 'undo').disabled).to.be.true;
    field<HTMLButtonElement>(el, 'redo').click();
    await elementUpdated(el);
    expect(JSON.parse(json(el))).to.deep.equal({ title: 'Our list' });
  });

  it('keeps the draft, even with an error in it, across a reload', async () => {
    const first = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(first, 'widget', 'smp-treatment-explainer');
    await choose(first, 'locale', 'de');
    await type(first, 'json', '{"views": ["compare",');
    first.remove();
    const again = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    expect(again.tag).to.equal('smp-treatment-explainer');
    expect(json(again)).to.equal('{"views": ["compare",');
    expect(field<HTMLSelectElement>(again, 'locale').value).to.equal('de');
  });

  it('starts a comparison verified today, so nothing is flagged out of date, in the chosen language', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    const clinics = (JSON.parse(json(el)) as { clinics: { verified: string }[] }).clinics;
    expect(clinics.map((clinic) => clinic.verified)).to.deep.equal([isoDate(new Date()), isoDate(new Date())]);
    const english = preview(el) as Rendered;
    await english.updateComplete;
    expectRendered(english, '[part="table"], [part="card"]');
    expect(shadowText(english)).to.not.match(/out of date/i);
    const englishTitle = english.shadowRoot!.querySelector('h2')!.textContent;

    await choose(el, 'locale', 'es');
    const spanish = preview(el) as Rendered;
    await waitUntil(() => spanish.shadowRoot!.querySelector('h2')!.textContent !== englishTitle, 'the title stayed English', { timeout: 3000 });
    expect(spanish.getAttribute('locale')).to.equal('es');
  });

  it('points the snippet at the uploaded folder by default, or at the npm CDN, as a module or a classic script', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await waitUntil(() => el.snippet?.includes('integrity='), 'no integrity in the snippet');
    expect(el.snippet).to.match(/^<script type="module" src="\/smp-widgets\/smp-widgets\.min\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous"><\/script>/);
    await type(el, 'folder', '/wp-content/uploads/smp-widgets');
    expect(el.snippet).to.include('src="/wp-content/uploads/smp-widgets/smp-widgets.min.js"');
    shadow(el).querySelector<HTMLInputElement>('input[value="classic"]')!.click();
    await elementUpdated(el);
    expect(el.snippet).to.match(/^<script src="\/wp-content\/uploads\/smp-widgets\/smp-widgets\.iife\.min\.js" integrity="sha384-[\w+/=]+" crossorigin="anonymous" defer><\/script>/);
    shadow(el).querySelector<HTMLInputElement>('input[value="cdn"]')!.click();
    await elementUpdated(el);
    expect(el.snippet).to.include('src="https://cdn.jsdelivr.net/npm/smp-clinic-widgets@0.1.0/dist/smp-widgets.iife.min.js"');
    expect(field<HTMLInputElement>(el, 'folder').disabled).to.be.true;
  });

  it('writes a test page that loads the script from the folder beside it, without integrity', () => {
    const page = testPage('smp-clinic-checklist', { title: 'Our <list>' }, { locale: 'es', theme: 'light', classic: true });
    expect(page).to.include('<script src="smp-widgets/smp-widgets.iife.min.js" defer></script>');
    expect(page).to.not.include('integrity');
    expect(page).to.include(`<smp-clinic-checklist config='{"title":"Our &lt;list>"}' locale="es">`);
    expect(page).to.include('<title>Test page: Our &lt;list&gt;</title>');
    expect(page).to.include('in English only');
    expect(testPage('smp-clinic-checklist', {}, { locale: 'en-GB', theme: 'light' })).to.include('<script type="module" src="smp-widgets/smp-widgets.min.js"></script>');
  });
});

describe('embed builder: a comparison through the form alone', () => {

  const check = async (el: SmpEmbedBuilder, id: string, on: boolean) => {
    const box = field<HTMLInputElement>(el, id);
    box.checked = on;
    box.dispatchEvent(new Event('change'));
    await elementUpdated(el);
  };

  it('makes a three-clinic comparison, and the pasted snippet renders what the preview shows', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    const today = isoDate(new Date());
    await choose(el, 'widget', 'smp-guarantee-comparison');
    await click(el, '#add-clinic');
    await type(el, 'clinic-0-name', 'Fictional North');
    await type(el, 'clinic-1-name', 'Fictional South');
    await type(el, 'clinic-2-name', 'Fictional East');
    await type(el, 'clinic-2-url', 'https://east.example/');
    await type(el, 'clinic-2-location', 'Easttown');
    await choose(el, 'clinic-2-length', 'months');
    await type(el, 'clinic-2-length-count', '18');
    await choose(el, 'clinic-2-touch-ups', 'yes');
    await type(el, 'clinic-2-sessions', '1');
    await type(el, 'clinic-2-within', '12');
    await choose(el, 'clinic-2-discolouration', 'covered');
    await choose(el, 'clinic-2-refund', 'full');
    await choose(el, 'clinic-2-in-writing', 'yes');
    await click(el, '#clinic-2-add-condition');
    await type(el, 'clinic-2-condition-0', 'Aftercare followed');
    await choose(el, 'clinic-2-rating', 'good');
    await type(el, 'clinic-2-rating-note', 'Forum members report touch-ups given');
    await click(el, '#clinic-2-add-row');
    await type(el, 'clinic-2-extra-0-label', 'Consultation');
    await type(el, 'clinic-2-extra-0-value', 'Free');
    // The east clinic first, the north one removed and added back last.
    await click(el, '[aria-label="Move up (Fictional East)"]');
    await click(el, '[aria-label="Move up (Fictional East)"]');
    await click(el, '[aria-label="Remove clinic (Fictional North)"]');
    await click(el, '#add-clinic');
    await type(el, 'clinic-2-name', 'Fictional West');
    await choose(el, 'highlight', 'Fictional East');
    await check(el, 'criterion-discolouration', false);
    await click(el, '[aria-label="Up (Refund)"]');
    await type(el, 'stale-after', '6');

    const config = JSON.parse(json(el)) as Record<string, unknown>;
    expect(config).to.deep.equal({
      clinics: [
        {
          name: 'Fictional East',
          url: 'https://east.example/',
          location: 'Easttown',
          verified: today,
          guarantee: {
            length: { months: 18 },
            touchUps: { included: true, sessions: 1, withinMonths: 12 },
            discolouration: 'covered',
            refund: 'full',
            inWriting: true,
            conditions: ['Aftercare followed'],
          },
          trackRecord: { rating: 'good', note: 'Forum members report touch-ups given' },
          extra: [{ label: 'Consultation', value: 'Free' }],
        },
        { name: 'Fictional South', location: 'Fictional example', guarantee: { length: 'lifetime', refund: 'partial', inWriting: false }, verified: today },
        { name: 'Fictional West', verified: today },
      ],
      highlight: 'Fictional East',
      criteria: ['length', 'refund', 'touchUps', 'inWriting', 'conditions', 'trackRecord', 'verified'],
      staleAfterMonths: 6,
    });
    expect(field(el, 'problems').textContent).to.include('The config is valid.');
    await expect(el).to.be.accessible();

    const shown = preview(el) as Rendered;
    await shown.updateComplete;
    const copied = await copySnippet(el);
    expect(copied).to.equal(field<HTMLTextAreaElement>(el, 'snippet').value);
    const { frame, pasted } = await paste(copied, shown);
    expect(shadowText(pasted)).to.equal(shadowText(shown));
    expect(shadowText(pasted)).to.include('Fictional East').and.include('Consultation');
    frame.remove();
  });

  it('undoes a removed clinic in one step', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    const before = json(el);
    await click(el, '[aria-label="Remove clinic (Example Clinic North)"]');
    expect((JSON.parse(json(el)) as { clinics: unknown[] }).clinics).to.have.length(1);
    await click(el, '#undo');
    expect(json(el)).to.equal(before);
  });
});

describe('embed builder: a checklist and an explainer through the form alone', () => {

  const addPoint = async (el: SmpEmbedBuilder, section: number, label: string) => {
    field<HTMLInputElement>(el, `section-${section}-new`).value = label;
    await click(el, `#section-${section}-add`);
  };

  it('makes a two-section checklist whose ids come from the labels once and then stay', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await type(el, 'title', 'Before you book with us');
    await click(el, '#start-empty');
    await type(el, 'section-0-title', 'Healed work');
    await type(el, 'section-0-item-0-label', 'Healed photos at least 3 months old');
    await addPoint(el, 0, 'Clients with my skin tone');
    await type(el, 'section-0-item-1-detail', 'Ask for several, not one.');
    await click(el, '#add-section');
    await type(el, 'section-1-title', 'Guarantee');
    await addPoint(el, 1, 'Guarantee in writing');
    // The section's first point was a placeholder: remove it, then rename the one added.
    await click(el, '[aria-label="Remove (Point 1)"]');
    await type(el, 'section-1-item-0-label', 'The guarantee, in writing, before I pay');
    await click(el, '[aria-label="Move up (Clients with my skin tone)"]');

    const config = JSON.parse(json(el)) as { id: string; sections: unknown };
    expect(config.id).to.match(/^checklist-[a-z0-9]{8}$/);
    expect(config).to.deep.equal({
      title: 'Before you book with us',
      id: config.id,
      sections: [
        {
          title: 'Healed work',
          items: [
            { id: 'clients-with-my-skin-tone', label: 'Clients with my skin tone', detail: 'Ask for several, not one.' },
            { id: 'point-1', label: 'Healed photos at least 3 months old' },
          ],
        },
        { title: 'Guarantee', items: [{ id: 'guarantee-in-writing', label: 'The guarantee, in writing, before I pay' }] },
      ],
    });
    await expect(el).to.be.accessible();

    const shown = preview(el) as Rendered;
    await shown.updateComplete;
    const { frame, pasted } = await paste(await copySnippet(el), shown);
    expect(shadowText(pasted)).to.equal(shadowText(shown));
    expect(shadowText(pasted)).to.include('The guarantee, in writing, before I pay');
    frame.remove();
  });

  it('keeps a guarantee length being retyped: the choice, the field and its focus stay, the new number is taken', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    await choose(el, 'clinic-0-length', 'years');
    field<HTMLInputElement>(el, 'clinic-0-length-count').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await elementUpdated(el);
    expect(field<HTMLSelectElement>(el, 'clinic-0-length').value).to.equal('years');
    expect(shadow(el).activeElement?.id).to.equal('clinic-0-length-count');
    await sendKeys({ type: '5' });
    await elementUpdated(el);
    expect(JSON.parse(json(el)).clinics[0].guarantee.length).to.deep.equal({ years: 5 });
    expect(shadow(el).activeElement?.id).to.equal('clinic-0-length-count');
  });

  it('takes the shortlist’s clinics one per line as typed, commas and all, and says which are left out', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await click(el, '#shortlist-on');
    field<HTMLTextAreaElement>(el, 'shortlist-clinics').focus();
    for (const name of ['Smith, Jones & Co', 'Fictional Clinic B', 'fictional clinic b', 'Fictional Clinic C', 'Fictional Clinic D']) {
      await sendKeys({ type: name });
      await sendKeys({ press: 'Enter' });
    }
    await sendKeys({ type: 'Fictional Clinic E' });
    await elementUpdated(el);
    expect(JSON.parse(json(el)).shortlist.clinics).to.deep.equal(['Smith, Jones & Co', 'Fictional Clinic B', 'Fictional Clinic C', 'Fictional Clinic D']);
    // The field still shows all that was typed, and says what is left out and why.
    expect(field<HTMLTextAreaElement>(el, 'shortlist-clinics').value.split('\n')).to.have.length(6);
    const note = shadow(el).getElementById('shortlist-clinics-left-out')!.textContent!;
    expect(note).to.include('“fictional clinic b”').and.include('“Fictional Clinic E”');
    await expect(el).to.be.accessible();
  });

  it('turns on shortlist mode with preset clinics, and the preview shows them', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await click(el, '#shortlist-on');
    expect(JSON.parse(json(el))).to.deep.equal({ shortlist: { clinics: [] } });
    await type(el, 'shortlist-clinics', 'Fictional Clinic A\nFictional Clinic B\n\nFictional Clinic C');
    expect(JSON.parse(json(el))).to.deep.equal({ shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C'] } });
    const shown = preview(el) as Rendered;
    // The clinics as a table's columns, or (in a narrow preview) as the list to choose one from.
    const clinics = () => [...shown.shadowRoot!.querySelectorAll('.shortlist-table .clinic-name, #clinic-shown option')].map((name) => name.textContent);
    await waitUntil(() => shown.shadowRoot && clinics().length > 0, 'the preview shows no clinic', { timeout: 5000 });
    expect(clinics()).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C']);
    await expect(el).to.be.accessible();
    await click(el, '#shortlist-on');
    expect(JSON.parse(json(el))).to.deep.equal({});
  });

  it('chooses the explainer views, their order and a call to action', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-treatment-explainer');
    const box = field<HTMLInputElement>(el, 'view-transplant');
    box.checked = false;
    box.dispatchEvent(new Event('change'));
    await elementUpdated(el);
    await click(el, '[aria-label="Up (Which might fit me?)"]');
    await type(el, 'cta-label', 'Book a consultation');
    await type(el, 'cta-url', 'https://clinic.example/book');
    await type(el, 'disclaimer', 'Prices on request.');
    expect(JSON.parse(json(el))).to.deep.equal({
      views: ['compare', 'guide', 'technician'],
      cta: { label: 'Book a consultation', url: 'https://clinic.example/book' },
      disclaimer: 'Prices on request.',
    });
    const shown = preview(el) as Rendered;
    await shown.updateComplete;
    // Tabs when wide, a list of topics when narrow: either way the views in this order.
    const titles = shown.shadowRoot!.querySelectorAll('[role="tab"], #view-select option');
    expect([...titles].map((title) => title.textContent!.trim())).to.deep.equal(['SMP or tricopigmentation', 'Which might fit me?', 'Choosing a technician']);
    await expect(el).to.be.accessible();
  });
});

describe('embed builder: clinics from a spreadsheet', () => {

  async function importCsv(el: SmpEmbedBuilder, csv: string) {
    const input = field<HTMLInputElement>(el, 'csv');
    const before = shadow(el).getElementById('csv-report')?.textContent;
    const files = new DataTransfer();
    files.items.add(new File([csv], 'clinics.csv', { type: 'text/csv' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change'));
    await waitUntil(() => shadow(el).getElementById('csv-report') && field(el, 'csv-report').textContent !== before, 'no import report');
    await elementUpdated(el);
  }

  it('lists a bad cell by row and column and imports nothing; the fixed file replaces the clinics', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    const starter = json(el);
    await importCsv(el, 'name,guarantee.refund,guarantee.length\nFictional North,none,2 years\nFictional South,sometimes,lifetime\nFictional East,full,18 months\n');
    expect(field(el, 'csv-report').textContent).to.include('Nothing was imported from clinics.csv');
    expect(field(el, 'csv-report').textContent).to.include('Row 3, column "guarantee.refund": expected one of');
    expect(json(el)).to.equal(starter);
    await expect(el).to.be.accessible();

    await importCsv(el, 'name,guarantee.refund,guarantee.length\nFictional North,none,2 years\nFictional South,partial,lifetime\nFictional East,full,18 months\n');
    expect(field(el, 'csv-report').textContent).to.include('Imported 3 clinics from clinics.csv.');
    const clinics = (JSON.parse(json(el)) as { clinics: { name: string }[] }).clinics;
    expect(clinics.map((clinic) => clinic.name)).to.deep.equal(['Fictional North', 'Fictional South', 'Fictional East']);
    expect(field<HTMLInputElement>(el, 'clinic-2-name').value).to.equal('Fictional East');
    field<HTMLButtonElement>(el, 'undo').click();
    await elementUpdated(el);
    expect(json(el)).to.equal(starter);
  });
});

describe('embed builder: a forum post', () => {

  it('writes BBCode for phpBB and XenForo, the config travelling by its address', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await choose(el, 'widget', 'smp-guarantee-comparison');
    await choose(el, 'locale', 'es');
    await choose(el, 'output', 'phpbb');
    expect(el.snippet).to.equal(undefined);
    expect(field<HTMLTextAreaElement>(el, 'snippet').value).to.include('Give the address of the config file');
    await type(el, 'config-src', 'https://forum.example/data/guarantees.json');
    expect(el.snippet).to.equal(
      '[smpcomparison src=https://forum.example/data/guarantees.json locale=es]SMP guarantees compared. The guarantees of Example Clinic North and Example Studio South side by side: length, touch-ups, refunds and conditions. Confirm the terms with each clinic in writing. General information, not medical advice: ask a qualified clinician about your own case.[/smpcomparison]',
    );
    await choose(el, 'output', 'xenforo');
    expect(el.snippet).to.match(/^\[smplang=es\]\[smpcomparison=https:\/\/forum\.example\/data\/guarantees\.json\]SMP guarantees compared\..*\[\/smpcomparison\]\[\/smplang\]$/);
    expect(shadow(el).querySelector('#folder')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('embed builder given a config, as an editor embeds it', () => {
  const comparison = { title: 'Our guarantees', clinics: [{ name: 'Fictional Clinic A', guarantee: { refund: 'full' } }] };

  it('starts from the config and the widget given, and neither reads nor writes the stored draft', async () => {
    const stored = JSON.stringify({ tag: 'smp-clinic-checklist', text: '{"title":"The draft on its own page"}' });
    localStorage.setItem(DRAFT_KEY, stored);
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder widget="smp-guarantee-comparison" .config=${comparison}></smp-embed-builder>`);
    expect(JSON.parse(json(el))).to.deep.equal(comparison);
    expect(field<HTMLSelectElement>(el, 'widget').value).to.equal('smp-guarantee-comparison');
    expect(field<HTMLSelectElement>(el, 'widget').disabled).to.be.true;
    await type(el, 'title', 'Our guarantees, checked');
    expect(localStorage.getItem(DRAFT_KEY)).to.equal(stored);
    await expect(el).to.be.accessible();
  });

  it('keeps two builders on one page apart, and starts again when given another config', async () => {
    const page = await fixture(html`<div>
      <smp-embed-builder widget="smp-guarantee-comparison" .config=${comparison}></smp-embed-builder>
      <smp-embed-builder .config=${{ title: 'Our checklist' }}></smp-embed-builder>
    </div>`);
    const [first, second] = [...page.querySelectorAll<SmpEmbedBuilder>('smp-embed-builder')] as [SmpEmbedBuilder, SmpEmbedBuilder];
    await Promise.all([first.updateComplete, second.updateComplete]);
    await type(first, 'title', 'First block');
    expect(JSON.parse(json(second))).to.deep.equal({ title: 'Our checklist' });
    second.config = { title: 'Given anew' };
    await elementUpdated(second);
    expect(JSON.parse(json(second))).to.deep.equal({ title: 'Given anew' });
    expect(JSON.parse(json(first)).title).to.equal('First block');
  });

  it('keeps what is typed in one builder’s preset clinics out of another’s', async () => {
    const config = { shortlist: { clinics: ['Fictional Clinic A'] } };
    const page = await fixture(html`<div><smp-embed-builder .config=${config}></smp-embed-builder><smp-embed-builder .config=${config}></smp-embed-builder></div>`);
    const [first, second] = [...page.querySelectorAll<SmpEmbedBuilder>('smp-embed-builder')] as [SmpEmbedBuilder, SmpEmbedBuilder];
    await Promise.all([first.updateComplete, second.updateComplete]);
    field<HTMLTextAreaElement>(first, 'shortlist-clinics').focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Enter' });
    await elementUpdated(first);
    expect(field<HTMLTextAreaElement>(first, 'shortlist-clinics').value).to.equal('Fictional Clinic A\n');
    second.requestUpdate();
    await elementUpdated(second);
    expect(field<HTMLTextAreaElement>(second, 'shortlist-clinics').value).to.equal('Fictional Clinic A');
  });

  it('gives the edited config with "Use this", and offers it only when the config is valid', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder widget="smp-guarantee-comparison" .config=${comparison}></smp-embed-builder>`);
    await type(el, 'clinic-0-name', 'Fictional Clinic B');
    const accepted = oneEvent(el, 'smp-builder-accept');
    field<HTMLButtonElement>(el, 'use-this').click();
    const { detail } = await accepted;
    expect(detail).to.deep.equal({ widget: 'smp-guarantee-comparison', config: { ...comparison, clinics: [{ ...comparison.clinics[0], name: 'Fictional Clinic B' }] } });
    await type(el, 'json', '{"title": 5}');
    expect(field<HTMLButtonElement>(el, 'use-this').disabled).to.be.true;
  });

  it('shows only what the block keeps: no snippet, script address, language or theme, and fetches no integrity list', async () => {
    const since = performance.now();
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder widget="smp-guarantee-comparison" .config=${comparison}></smp-embed-builder>`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const id of ['snippet', 'output', 'folder', 'locale', 'theme', 'test-page']) expect(shadow(el).getElementById(id) === null, `#${id} is shown`).to.be.true;
    const fetched = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= since && entry.name.includes('integrity.json'));
    expect(fetched.map((entry) => entry.name)).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });

  it('offers no "Use this" on its own page', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    expect(shadow(el).getElementById('use-this')).to.equal(null);
  });
});
