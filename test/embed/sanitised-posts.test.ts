import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import DOMPurify from 'dompurify';
import '../../src/index.js';
import { expectRendered } from '../shared/page-errors.js';

// What a forum or blog keeps of a post after its sanitiser has run, inserted as the forum would.

/** The DOMPurify settings a forum adds to let the widgets through, as docs/other-sites.md gives them. */
const ALLOW_SMP_WIDGETS = {
  CUSTOM_ELEMENT_HANDLING: {
    tagNameCheck: /^smp-(clinic-checklist|guarantee-comparison|treatment-explainer)$/,
    attributeNameCheck: /^(config|src|locale|theme)$/,
    allowCustomizedBuiltInElements: false,
  },
};

const POST = `
  <p>Here is the checklist I used:</p>
  <smp-clinic-checklist config='{"title":"My clinic checklist","sections":[{"title":"Results","items":[{"id":"healed","label":"Healed results 3 months old"}]}]}' onclick="window.__pwned=1">
    Checklist: see healed results at least 3 months old, get the guarantee in writing, and ask who will treat you.
  </smp-clinic-checklist>
  <smp-treatment-explainer theme="dark" config='{"views":["compare"]}'>SMP lasts years; tricopigmentation fades sooner.</smp-treatment-explainer>
  <script type="module" src="https://cdn.example/smp-widgets.min.js"></script>
  <img src="/test/fixtures/missing-image.png" onerror="window.__pwned=1">
`;

async function insert(sanitised: string): Promise<HTMLElement> {
  const post = await fixture<HTMLElement>(html`<article></article>`);
  post.innerHTML = sanitised;
  return post;
}

describe('embeds in sanitised forum and blog posts', () => {
  it('survives DOMPurify configured to allow the smp- elements and their attributes', async () => {
    const clean = DOMPurify.sanitize(POST, ALLOW_SMP_WIDGETS);
    expect(clean).to.not.include('<script').and.not.include('onclick').and.not.include('onerror');
    const post = await insert(clean);
    const checklist = post.querySelector('smp-clinic-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('h2'));
    expect(checklist.shadowRoot!.querySelector('h2')!.textContent).to.equal('My clinic checklist');
    expect(post.querySelector('smp-treatment-explainer')!.getAttribute('theme')).to.equal('dark');
    expectRendered(checklist, '[part="item"]');
    expect((window as { __pwned?: number }).__pwned).to.be.undefined;
  });

  it('are the settings docs/other-sites.md tells a forum to use', async () => {
    const page = await (await fetch('/docs/other-sites.md')).text();
    const snippet = /DOMPurify\.sanitize\(post, \{[^]*?\n\}\);/.exec(page)?.[0] ?? '';
    const { tagNameCheck, attributeNameCheck, allowCustomizedBuiltInElements } = ALLOW_SMP_WIDGETS.CUSTOM_ELEMENT_HANDLING;
    expect(snippet).to.include(`tagNameCheck: ${tagNameCheck},`);
    expect(snippet).to.include(`attributeNameCheck: ${attributeNameCheck},`);
    expect(snippet).to.include(`allowCustomizedBuiltInElements: ${allowCustomizedBuiltInElements},`);
  });

  it('keeps the fallback text readable when the sanitiser strips the elements', async () => {
    const clean = DOMPurify.sanitize(POST);
    expect(clean).to.not.include('smp-clinic-checklist');
    const post = await insert(clean);
    expect(post.textContent).to.include('see healed results at least 3 months old, get the guarantee in writing');
    expect(post.textContent).to.include('tricopigmentation fades sooner');
  });

  it('keeps the fallback text readable when only the script is stripped', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><body>${DOMPurify.sanitize(POST, ALLOW_SMP_WIDGETS)}</body>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const el = frame.contentDocument!.querySelector('smp-clinic-checklist') as HTMLElement;
    expect(el.matches(':not(:defined)')).to.be.true;
    expect(el.innerText).to.include('see healed results at least 3 months old');
    frame.remove();
  });
});
