import { expect, waitUntil } from '@open-wc/testing';
import { WIDGET_TAGS } from '../../src/widgets.js';

// Every way a site loads the script and creates the elements, each in a page of its own.

const BUNDLE = `${location.origin}/dist/smp-widgets.min.js`;
const CLASSIC = `${location.origin}/dist/smp-widgets.iife.min.js`;
const ELEMENTS = `
  <smp-clinic-checklist config='{"title":"From the attribute"}'></smp-clinic-checklist>
  <smp-guarantee-comparison></smp-guarantee-comparison>
  <smp-treatment-explainer></smp-treatment-explainer>`;

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  errors: string[];
}

async function openPage(body: string, head = ''): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  const errors: string[] = [];
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow!;
  win.addEventListener('error', (event) => errors.push(event.message));
  win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  return { frame, doc: frame.contentDocument!, errors };
}

const rendered = (doc: Document) =>
  WIDGET_TAGS.every((tag) =>
    [...doc.querySelectorAll(tag)].every((el) => el.shadowRoot?.querySelector('.widget')),
  );

async function expectWorking({ frame, doc, errors }: Page, expectedTitle = 'From the attribute') {
  await waitUntil(() => rendered(doc) && doc.querySelector('smp-clinic-checklist'), 'widgets did not render', { timeout: 5000 });
  expect(doc.querySelector('smp-clinic-checklist')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(expectedTitle);
  expect(errors).to.deep.equal([]);
  frame.remove();
}

describe('loading order', () => {
  for (const [name, head, body] of [
    ['a module script in the head, before the elements', `<script type="module" src="${BUNDLE}"></script>`, ELEMENTS],
    ['a module script after the elements', '', `${ELEMENTS}<script type="module" src="${BUNDLE}"></script>`],
    ['an async module script', `<script type="module" async src="${BUNDLE}"></script>`, ELEMENTS],
    ['a classic script in the head, before the elements exist', `<script src="${CLASSIC}"></script>`, ELEMENTS],
    ['a deferred classic script', `<script defer src="${CLASSIC}"></script>`, ELEMENTS],
    ['an async classic script at the end', '', `${ELEMENTS}<script async src="${CLASSIC}"></script>`],
  ]) {
    it(`works with ${name}`, async () => expectWorking(await openPage(body!, head)));
  }

  it('works with a script injected later', async () => {
    const page = await openPage(ELEMENTS);
    const script = page.doc.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    page.doc.head.append(script);
    await expectWorking(page);
  });

  it('works for elements made later by createElement and by the host page’s innerHTML', async () => {
    const page = await openPage('', `<script type="module" src="${BUNDLE}"></script>`);
    // The loader is running (it defines an element only once its tag is in the page).
    await waitUntil(() => (page.frame.contentWindow as unknown as Record<symbol, unknown>)[Symbol.for('smp-widgets.loader')], 'the loader did not run');
    const made = page.doc.createElement('smp-clinic-checklist');
    made.setAttribute('config', '{"title":"From the attribute"}');
    page.doc.body.append(made);
    const container = page.doc.createElement('div');
    container.innerHTML = '<smp-guarantee-comparison></smp-guarantee-comparison><smp-treatment-explainer></smp-treatment-explainer>';
    page.doc.body.append(container);
    await expectWorking(page);
  });

  it('honours a config property set before the element was defined', async () => {
    const page = await openPage('');
    const early = page.doc.createElement('smp-clinic-checklist') as HTMLElement & { config?: unknown };
    early.config = { title: 'Set before the script loaded' };
    page.doc.body.append(early);
    const script = page.doc.createElement('script');
    script.src = CLASSIC;
    page.doc.head.append(script);
    await expectWorking(page, 'Set before the script loaded');
  });
});
