import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The Eleventy example (demo/eleventy/), built by Eleventy itself on the test server.

async function openSite(sandbox?: string): Promise<{ win: Window; doc: Document; html: string }> {
  const { page } = (await executeServerCommand('eleventy')) as { page: string };
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '6000';
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = `${page}?csp=strict`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow!, doc: frame.contentDocument!, html: await (await fetch(page)).text() };
}

describe('demo: the Eleventy example', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('writes pages with the widgets pre-rendered, with no inline style or script', async () => {
    const { html } = await openSite('allow-same-origin');
    expect(html.match(/<template shadowroot="open" shadowrootmode="open">/g)?.length).to.equal(2);
    expect(html).to.not.include('<style');
    expect(html).to.not.match(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)[^>]*>/);
  });

  it('shows every view of the explainer and the checklist with JavaScript off', async () => {
    const { doc } = await openSite('allow-same-origin');
    const explainer = doc.getElementById('explainer')!.shadowRoot!;
    const headings = [...explainer.querySelectorAll('section.stacked h3')].filter((heading) => heading.checkVisibility());
    expect(headings.map((heading) => heading.textContent)).to.deep.equal(['SMP or tricopigmentation', 'With a hair transplant', 'Choosing a technician', 'Which might fit me?']);
    const checklist = doc.getElementById('checklist')!.shadowRoot!;
    expect([...checklist.querySelectorAll('label')].filter((label) => label.checkVisibility())).to.have.length(15);
  });

  it('takes over when the script arrives, with no layout shift', async () => {
    const { win, doc } = await openSite();
    const widgets = ['explainer', 'checklist'].map((id) => doc.getElementById(id)!);
    await waitUntil(() => widgets.every((el) => el.shadowRoot!.querySelector('.widget') && !el.shadowRoot!.querySelector('link')), 'the widgets did not take over', { timeout: 8000 });
    const shifts = await new Promise<number>((resolve) => {
      new (win as typeof window).PerformanceObserver((list) => resolve(list.getEntries().length)).observe({ type: 'layout-shift', buffered: true });
      win.setTimeout(() => resolve(0), 300);
    });
    expect(shifts).to.equal(0);
    expect(doc.getElementById('explainer')!.shadowRoot!.querySelectorAll('[role="tab"]')).to.have.length(4);
  });
});
