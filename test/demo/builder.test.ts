import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { escapeAttribute, snippetFor, type SmpEmbedBuilder } from '../../demo/builder.js';
import { captureConsole, shadowText } from '../shared/page-errors.js';

const shadow = (el: Element) => el.shadowRoot!;
const field = <T extends HTMLElement>(el: Element, id: string) => shadow(el).getElementById(id) as T;
const preview = (el: Element) => shadow(el).querySelector('.preview')!.firstElementChild!;

async function type(el: SmpEmbedBuilder, id: string, value: string) {
  const input = field<HTMLInputElement | HTMLTextAreaElement>(el, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await elementUpdated(el);
}

describe('embed builder', () => {
  it('escapes a config for a single-quoted attribute', () => {
    expect(escapeAttribute(`{"title":"It's <b> & co"}`)).to.equal('{"title":"It&#39;s &lt;b> &amp; co"}');
    expect(snippetFor('smp-clinic-checklist', { title: "Dr O'Neil" }, { locale: 'en-US', theme: 'dark', src: '/x.js' })).to.equal(
      `<script type="module" src="/x.js"></script>\n<smp-clinic-checklist config='{"title":"Dr O&#39;Neil"}' locale="en-US" theme="dark"></smp-clinic-checklist>`,
    );
  });

  it('edits common fields through the form, with a live preview', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    await type(el, 'title', 'Our checklist');
    expect(JSON.parse(field<HTMLTextAreaElement>(el, 'json').value)).to.deep.include({ title: 'Our checklist' });
    await (preview(el) as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(preview(el).shadowRoot!.querySelector('h2')!.textContent).to.equal('Our checklist');
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
    expect(shadow(el).activeElement).to.equal(field(el, 'title'));
  });

  it('produces a snippet that renders exactly the previewed widget on a blank page', async () => {
    const el = await fixture<SmpEmbedBuilder>(html`<smp-embed-builder></smp-embed-builder>`);
    field<HTMLSelectElement>(el, 'widget').value = 'smp-guarantee-comparison';
    field<HTMLSelectElement>(el, 'widget').dispatchEvent(new Event('change'));
    await elementUpdated(el);
    await type(el, 'title', `Guarantees we checked: it's "honest" & <fair>`);
    field<HTMLSelectElement>(el, 'theme').value = 'dark';
    field<HTMLSelectElement>(el, 'theme').dispatchEvent(new Event('change'));
    await elementUpdated(el);
    const shown = preview(el) as HTMLElement & { updateComplete: Promise<unknown> };
    await shown.updateComplete;

    const snippet = el.snippet.replace(/src="[^"]+"/, `src="${location.origin}/dist/smp-widgets.min.js"`);
    const frame = document.createElement('iframe');
    // The same width as the preview, so both choose the same layout (cards or table).
    frame.width = String(Math.ceil(shown.getBoundingClientRect().width) + 16);
    frame.srcdoc = `<!doctype html><html><body>${snippet}</body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const pasted = frame.contentDocument!.querySelector('smp-guarantee-comparison')!;
    await waitUntil(() => pasted.shadowRoot?.querySelector('.widget'), 'the pasted snippet did not render');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    // Both settle on their layout within a frame or two.
    await waitUntil(() => shadowText(pasted) === shadowText(shown), 'the pasted widget differs from the preview', { timeout: 2000 }).catch(() => undefined);
    expect(pasted.getAttribute('theme')).to.equal('dark');
    expect(shadowText(pasted)).to.equal(shadowText(shown));
    frame.remove();
  });
});
