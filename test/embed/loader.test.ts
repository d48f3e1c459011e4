import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// dist/smp-widgets.min.js is a loader: each page below is its own window, so its element registry starts empty.

type HostWindow = Window & typeof globalThis;

async function openPage(body: string, script = '/dist/smp-widgets.min.js'): Promise<{ win: HostWindow; doc: Document; logged: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const logged: string[] = [];
  frame.srcdoc = `<!doctype html><html lang="en-GB"><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as HostWindow;
  for (const level of ['warn', 'error'] as const) win.console[level] = (...args: unknown[]) => void logged.push(`${level}: ${args.join(' ')}`);
  return { win, doc: frame.contentDocument!, logged };
}

function addScript(doc: Document, src: string): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL(src, location.origin).href;
  const done = new Promise<void>((resolve) => script.addEventListener('load', () => resolve(), { once: true }));
  doc.head.append(script);
  return done;
}

const rendered = (el: Element | null | undefined) => Boolean(el?.shadowRoot?.querySelector('.widget'));
const fetched = (win: HostWindow) => win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);

describe('the loader, dist/smp-widgets.min.js', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('is at most 2 KB after gzip -9', async () => {
    expect((await executeServerCommand('gzip-size', { file: 'dist/smp-widgets.min.js' })) as number).to.be.within(200, 2048);
  });

  it('renders the widgets on the page when it runs, fetching only their chunks', async () => {
    const { win, doc, logged } = await openPage('<smp-clinic-checklist id="a"></smp-clinic-checklist>');
    await addScript(doc, '/dist/smp-widgets.min.js');
    await waitUntil(() => rendered(doc.getElementById('a')), 'the checklist did not render');
    const paths = fetched(win);
    expect(paths).to.include('/dist/chunks/smp-clinic-checklist.js');
    expect(paths.some((path) => /^\/dist\/chunks\/smp-runtime-[\w-]+\.js$/.test(path))).to.be.true;
    expect(paths.filter((path) => /comparison|explainer/.test(path))).to.deep.equal([]);
    // Built-in content needs no checking: zod and the schema stay on the server.
    expect(paths.filter((path) => /validator|schema/.test(path))).to.deep.equal([]);
    // What the page paid: gzip -9 of every script it fetched, at most 20 KB.
    const scripts = paths.filter((path) => path.startsWith('/dist/') && path.endsWith('.js'));
    const sizes = await Promise.all(scripts.map((path) => executeServerCommand('gzip-size', { file: path.slice(1) }) as Promise<number>));
    expect(sizes.reduce((sum, size) => sum + size, 0)).to.be.at.most(20 * 1024);
    expect(win.customElements.get('smp-guarantee-comparison')).to.equal(undefined);
    expect(logged).to.deep.equal([]);
  });

  it('renders widgets added later: parsed HTML, createElement and a cloned template', async () => {
    const { win, doc, logged } = await openPage('<p>No widget yet.</p><template id="t"><smp-treatment-explainer id="c"></smp-treatment-explainer></template>');
    await addScript(doc, '/dist/smp-widgets.min.js');
    doc.body.insertAdjacentHTML('beforeend', '<div><smp-clinic-checklist id="a"></smp-clinic-checklist></div>');
    const comparison = doc.createElement('smp-guarantee-comparison');
    comparison.id = 'b';
    doc.body.append(comparison);
    doc.body.append((doc.getElementById('t') as HTMLTemplateElement).content.cloneNode(true));
    await waitUntil(() => ['a', 'b', 'c'].every((id) => rendered(doc.getElementById(id))), 'a widget added later did not render');
    expect(win.customElements.get('smp-clinic-checklist')).to.exist;
    expect(logged).to.deep.equal([]);
  });

  it('renders widgets inside shadow roots, made before it ran and after', async () => {
    const { doc, logged } = await openPage('<div id="early"></div><div id="late"></div>');
    const early = doc.getElementById('early')!.attachShadow({ mode: 'open' });
    early.innerHTML = '<smp-clinic-checklist></smp-clinic-checklist>';
    await addScript(doc, '/dist/smp-widgets.min.js');
    const late = doc.getElementById('late')!.attachShadow({ mode: 'closed' });
    late.innerHTML = '<section><smp-guarantee-comparison></smp-guarantee-comparison></section>';
    await waitUntil(() => rendered(early.querySelector('smp-clinic-checklist')) && rendered(late.querySelector('smp-guarantee-comparison')), 'a widget in a shadow root did not render');
    expect(logged).to.deep.equal([]);
  });

  it('fetches the validator, once, only for widgets given a config of the site\'s own', async () => {
    const { win, doc, logged } = await openPage(
      '<smp-clinic-checklist id="a"></smp-clinic-checklist><smp-clinic-checklist id="b" config=\'{"title":"Our own list"}\'></smp-clinic-checklist>' +
        '<smp-clinic-checklist id="c" config=\'{"title": 5}\'></smp-clinic-checklist>',
    );
    await addScript(doc, '/dist/smp-widgets.min.js');
    const root = (id: string) => doc.getElementById(id)!.shadowRoot;
    await waitUntil(() => rendered(doc.getElementById('a')) && rendered(doc.getElementById('b')) && root('c')?.querySelector('[role="alert"]'), 'the widgets did not render');
    expect(root('b')!.querySelector('h2')!.textContent).to.equal('Our own list');
    expect(root('c')!.querySelector('[role="alert"]')!.textContent).to.include('title');
    const validators = fetched(win).filter((path) => /smp-validator-[\w-]+\.js$/.test(path));
    expect(validators).to.have.length(1);
    expect(logged.filter((line) => !line.includes('invalid config'))).to.deep.equal([]);
  });

  it('keeps a config property set before the chunk arrived', async () => {
    const { doc } = await openPage('<smp-clinic-checklist id="a"></smp-clinic-checklist>');
    (doc.getElementById('a') as unknown as { config: object }).config = { title: 'Set before the chunk arrived' };
    await addScript(doc, '/dist/smp-widgets.min.js');
    await waitUntil(() => rendered(doc.getElementById('a')), 'the checklist did not render');
    expect(doc.getElementById('a')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Set before the chunk arrived');
  });

  it('is harmless loaded twice, or beside a per-widget file: each element defined once, no warning', async () => {
    const { win, doc, logged } = await openPage('<smp-clinic-checklist id="a"></smp-clinic-checklist><smp-treatment-explainer id="b"></smp-treatment-explainer>');
    await addScript(doc, '/dist/smp-clinic-checklist.min.js');
    const own = win.customElements.get('smp-clinic-checklist');
    await addScript(doc, '/dist/smp-widgets.min.js');
    await addScript(doc, '/dist/smp-widgets.min.js?again');
    await waitUntil(() => rendered(doc.getElementById('a')) && rendered(doc.getElementById('b')), 'a widget did not render');
    expect(win.customElements.get('smp-clinic-checklist')).to.equal(own);
    expect(fetched(win)).to.not.include('/dist/chunks/smp-clinic-checklist.js');
    expect(logged).to.deep.equal([]);
  });

  it('says so inside the widget, above its fallback text, when a chunk cannot be loaded', async () => {
    const { doc, logged } = await openPage('<smp-clinic-checklist id="a">Ask to see healed results.</smp-clinic-checklist>');
    await addScript(doc, '/test/embed/pages/no-packs/smp-widgets.min.js');
    const el = doc.getElementById('a')!;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="alert"]'), 'no message for the missing chunk');
    expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('could not be loaded');
    expect((el as HTMLElement).innerText).to.include('Ask to see healed results.');
    expect(logged).to.have.length(1);
    expect(logged[0]).to.match(/^error: \[smp-clinic-checklist\] could not be loaded/);
  });
});
