import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { loadLocalePack } from '../../src/core/locale-packs.js';
import { SUPPORTED_LOCALES } from '../../src/core/strings.js';

// Pre-rendering with the Node API (src/server/), run on the test server, and the pages it makes, in Chromium.

const prerender = async (page: string) => (await executeServerCommand('prerender', { page, stylesheets: '/dist/styles/' })) as string;
const body = (markup: string) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>t</title></head><body>${markup}</body></html>`;

/** The page parsed as a browser parses it, declarative shadow roots attached, scripts not run. */
const parsed = (page: string) => Document.parseHTMLUnsafe(page);
const shadowOf = (doc: Document, selector: string) => doc.querySelector(selector)!.shadowRoot!;

describe('server: pre-rendering with @lit-labs/ssr', () => {
  it('renders all three widgets to declarative shadow DOM, with built-in or given content', async () => {
    const page = await prerender(
      body(`<smp-clinic-checklist></smp-clinic-checklist>
        <div lang="es"><smp-guarantee-comparison config='{"clinics":[{"name":"Fictional Clinic A"}]}'></smp-guarantee-comparison></div>
        <smp-treatment-explainer><script type="application/json">{"title":"Our guide"}</script></smp-treatment-explainer>`),
    );
    const doc = parsed(page);
    expect(shadowOf(doc, 'smp-clinic-checklist').querySelector('h2')!.textContent).to.equal('Before you choose an SMP clinic');
    expect(shadowOf(doc, 'smp-clinic-checklist').querySelectorAll('input[type="checkbox"]')).to.have.length(15);
    // The nearest lang decides, as in a browser.
    expect(shadowOf(doc, 'smp-guarantee-comparison').querySelector('h2')!.textContent).to.equal('Garantías de SMP comparadas');
    expect(shadowOf(doc, 'smp-guarantee-comparison').textContent).to.include('Fictional Clinic A');
    expect(shadowOf(doc, 'smp-treatment-explainer').querySelector('h2')!.textContent).to.equal('Our guide');
  });

  it('links each widget’s stylesheet instead of inlining styles, and the stylesheets are served', async () => {
    const page = await prerender(body('<smp-clinic-checklist></smp-clinic-checklist><smp-treatment-explainer></smp-treatment-explainer>'));
    expect(page).to.not.include('<style');
    const links = [...parsed(page).querySelectorAll('smp-clinic-checklist, smp-treatment-explainer')].map((el) => el.shadowRoot!.querySelector('link[rel="stylesheet"]')!.getAttribute('href'));
    expect(links).to.deep.equal(['/dist/styles/smp-clinic-checklist.css', '/dist/styles/smp-treatment-explainer.css']);
    for (const href of links) {
      const response = await fetch(href!);
      expect(response.ok, href!).to.be.true;
      expect(await response.text()).to.include(':host').and.include('scripting: none');
    }
  });

  it('renders an invalid config as the error panel with the field path, and leaves the rest of the page as it was', async () => {
    const source = body('<p>Before</p><smp-clinic-checklist config=\'{"sections":5}\'></smp-clinic-checklist><smp-treatment-explainer src="/x.json"></smp-treatment-explainer><p>After</p>');
    const page = await prerender(source);
    const doc = parsed(page);
    expect(shadowOf(doc, 'smp-clinic-checklist').querySelector('[part="error"]')!.textContent).to.include('sections');
    // A widget with src gets its config in the reader's browser: not pre-rendered.
    expect(doc.querySelector('smp-treatment-explainer')!.shadowRoot).to.equal(null);
    // Everything but the inserted shadow root is the page as written, and rendering twice changes nothing.
    expect(page.replace(/<template shadowroot[^]*?<\/template>/, '')).to.equal(source);
    expect(await prerender(page)).to.equal(page);
  });

  it('renders the checklist’s shortlist mode with the clinics the site presets', async () => {
    const config = JSON.stringify({ shortlist: { clinics: ['Fictional Clinic A', 'Fictional Clinic B'] } });
    const root = shadowOf(parsed(await prerender(body(`<smp-clinic-checklist config='${config}'></smp-clinic-checklist>`))), 'smp-clinic-checklist');
    expect([...root.querySelectorAll('.shortlist-table .clinic-name')].map((name) => name.textContent)).to.deep.equal(['Fictional Clinic A', 'Fictional Clinic B']);
    // The narrow layout too, one clinic at a time; the stylesheet shows the one that fits.
    expect(root.querySelector('.server-layout.narrow #clinic-shown')).to.exist;
    expect(root.querySelectorAll('.shortlist-table input[type="checkbox"]')).to.have.length(30);
    const css = await (await fetch('/dist/styles/smp-clinic-checklist.css')).text();
    expect(css).to.include('.shortlist-table');
  });

  it('renders complete in every locale: built-in content and UI strings from the language pack', async () => {
    for (const locale of SUPPORTED_LOCALES.filter((code) => !code.startsWith('en'))) {
      const pack = (await loadLocalePack(locale))!;
      const doc = parsed(await prerender(body(`<smp-treatment-explainer locale="${locale}"></smp-treatment-explainer>`)));
      const root = shadowOf(doc, 'smp-treatment-explainer');
      expect(root.querySelector('h2')!.textContent, locale).to.equal(pack['treatment-explainer-built-in']!['title']);
      expect(root.querySelector('[role="tab"]')!.textContent!.trim(), locale).to.equal(pack['treatment-explainer']!['compare']);
    }
  });
});

describe('server: the smp-widgets command', () => {
  const cli = async (args: string[], stdin = '') => (await executeServerCommand('prerender-cli', { args, stdin })) as { status: number; stdout: string; stderr: string };

  it('pre-renders a page from standard input, linking the stylesheets from the address given', async () => {
    const run = await cli(['render', '-', '--stylesheets', 'https://example.com/smp/'], body('<smp-clinic-checklist></smp-clinic-checklist>'));
    expect(run.status).to.equal(0);
    expect(run.stdout).to.include('<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https://example.com/smp/smp-clinic-checklist.css">');
    expect(parsed(run.stdout).querySelector('smp-clinic-checklist')!.shadowRoot!.querySelector('h2')!.textContent).to.equal('Before you choose an SMP clinic');
  });

  it('prints an invalid config’s problem on standard error, and still writes the page', async () => {
    const run = await cli(['render', '-'], body(`<smp-clinic-checklist config='{"sections":5}'></smp-clinic-checklist>`));
    expect(run.status).to.equal(0);
    expect(run.stderr).to.include('sections');
    expect(run.stdout).to.include('part="error"');
  });

  it('prints its usage on standard output, with exit status 0, when asked with --help or -h', async () => {
    for (const flag of ['--help', '-h']) {
      const run = await cli([flag]);
      expect(run.status, flag).to.equal(0);
      expect(run.stdout, flag).to.include('Usage:').and.include('smp-widgets render');
      expect(run.stderr, flag).to.equal('');
    }
  });

  it('explains its usage, with exit status 2, when called wrongly', async () => {
    for (const args of [[], ['render'], ['paint', 'x.html'], ['render', '-', '--stylesheets']]) {
      const run = await cli(args);
      expect(run.status, args.join(' ')).to.equal(2);
      expect(run.stderr, args.join(' ')).to.include('Usage:');
    }
  });
});

interface HostWindow extends Window {
  cspViolations: string[];
  layoutShifts: { value: number; sources: string[] }[];
  pageErrors: string[];
}

async function openPage(src: string, width: number, sandbox?: string, height = 900): Promise<{ win: HostWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.width = String(width);
  frame.height = String(height);
  if (sandbox !== undefined) frame.setAttribute('sandbox', sandbox);
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { win: frame.contentWindow as HostWindow, doc: frame.contentDocument! };
}

const WIDGETS = ['checklist', 'comparison', 'explainer'];
const visible = (element: Element | null | undefined) => Boolean(element?.checkVisibility());

const ARIA_STATES = ['aria-selected', 'aria-checked', 'aria-pressed', 'aria-expanded', 'aria-current'];

/**
 * The state of every control in a shadow root, keyed by what the control is (its element, id, name, value
 * and label): ticks, chosen options, open details and aria states. A key found twice (the same control in
 * both pre-rendered layouts) keeps each state it had.
 */
function controlStates(root: ShadowRoot): Map<string, Set<string>> {
  const states = new Map<string, Set<string>>();
  for (const el of root.querySelectorAll<HTMLElement>(`input[type="checkbox"], input[type="radio"], option, details, ${ARIA_STATES.map((name) => `[${name}]`).join(', ')}`)) {
    const key = [el.localName, el.getAttribute('type'), el.id, el.getAttribute('name'), (el as HTMLInputElement).value, el.getAttribute('aria-label'), el.closest('select')?.id].join('|');
    const state = [
      // Not instanceof: the page is another window's.
      el.localName === 'input' ? `checked=${(el as HTMLInputElement).checked}` : '',
      el.localName === 'option' ? `selected=${(el as HTMLOptionElement).selected}` : '',
      el.localName === 'details' ? `open=${(el as HTMLDetailsElement).open}` : '',
      ...ARIA_STATES.filter((name) => el.hasAttribute(name)).map((name) => `${name}=${el.getAttribute(name)}`),
    ]
      .filter(Boolean)
      .join(' ');
    mergeStates(states, new Map([[key, new Set([state])]]));
  }
  return states;
}

function mergeStates(into: Map<string, Set<string>>, from: Map<string, Set<string>>): void {
  for (const [key, states] of from) for (const state of states) into.set(key, new Set([...(into.get(key) ?? []), state]));
}

describe('server: a pre-rendered page in Chromium', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const width of [1280, 320]) {
    it(`shows every view’s content with JavaScript off, stacked, at ${width} px`, async () => {
      // A sandbox without allow-scripts: no script runs, as with JavaScript disabled.
      const { doc } = await openPage('/test/embed/pages/prerendered.html?prerender', width, 'allow-same-origin');
      expect(doc.defaultView!.matchMedia('(scripting: none)').matches).to.be.true;
      const explainer = doc.getElementById('explainer')!.shadowRoot!;
      const views = [...explainer.querySelectorAll('section.stacked')];
      expect(views.map((view) => view.id)).to.deep.equal(['panel-compare', 'panel-transplant', 'panel-technician', 'panel-guide']);
      for (const view of views) {
        expect(visible(view.querySelector('h3')), view.id).to.be.true;
        expect(visible(view.querySelector('p, table, ul, fieldset')), view.id).to.be.true;
      }
      expect(visible(explainer.querySelector('[role="tablist"]'))).to.be.false;
      expect(visible(explainer.querySelector('select'))).to.be.false;
      const checklist = doc.getElementById('checklist')!.shadowRoot!;
      expect([...checklist.querySelectorAll('label')].filter(visible)).to.have.length(15);
      const comparison = doc.getElementById('comparison')!.shadowRoot!;
      for (const name of ['Fictional Clinic A', 'Fictional Clinic B', 'Fictional Clinic C']) {
        expect([...comparison.querySelectorAll('.clinic-name')].some((el) => visible(el) && el.textContent!.includes(name)), name).to.be.true;
      }
    });

    it(`takes over with no layout shift, no CSP violation and no error at ${width} px`, async () => {
      // A viewport that holds the whole page: a shift counts only where it can be seen.
      const { win, doc } = await openPage('/test/embed/pages/prerendered.html?prerender&csp=strict', width, undefined, 12000);
      expect(doc.getElementById('after')!.getBoundingClientRect().bottom).to.be.below(12000);
      const roots = WIDGETS.map((id) => doc.getElementById(id)!);
      // Pre-rendered content is there before the script has done anything.
      expect(roots.every((el) => el.shadowRoot?.querySelector('link[rel="stylesheet"]'))).to.be.true;
      await waitUntil(() => roots.every((el) => el.shadowRoot!.querySelector('.widget') && !el.shadowRoot!.querySelector('link')), 'the widgets did not take over', { timeout: 8000 });
      await new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));
      expect(win.layoutShifts).to.deep.equal([]);
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      const explainer = doc.getElementById('explainer')!.shadowRoot!;
      expect(visible(explainer.querySelector(width < 480 ? 'select' : '[role="tablist"]'))).to.be.true;

      // Positive control: a shift this page makes is reported.
      doc.getElementById('explainer')!.before(Object.assign(doc.createElement('p'), { textContent: 'Inserted between the widgets' }));
      await waitUntil(() => win.layoutShifts.length > 0, 'an inserted paragraph was not reported as a layout shift');
    });
  }

  it('pre-renders every control as the browser’s first render shows it with empty storage, in every widget and mode', async () => {
    const page = '/test/embed/pages/prerendered-modes.html?prerender';
    const ids = ['checklist', 'shortlist', 'comparison', 'explainer', 'guide'];
    const off = await openPage(page, 1280, 'allow-same-origin');
    const server = new Map(ids.map((id) => [id, controlStates(off.doc.getElementById(id)!.shadowRoot!)]));
    // The browser's own render at both widths: the server writes both layouts.
    const browser = new Map(ids.map((id) => [id, new Map<string, Set<string>>()]));
    for (const width of [1280, 320]) {
      localStorage.clear();
      const { doc } = await openPage(page, width);
      const hosts = ids.map((id) => doc.getElementById(id)!);
      await waitUntil(() => hosts.every((el) => el.shadowRoot!.querySelector('.widget') && !el.shadowRoot!.querySelector('link')), 'the widgets did not take over', { timeout: 8000 });
      for (const host of hosts) mergeStates(browser.get(host.id)!, controlStates(host.shadowRoot!));
    }
    for (const id of ids) {
      const keys = [...server.get(id)!.keys()];
      expect(keys.length, `${id}: controls pre-rendered`).to.be.above(id === 'comparison' ? 0 : 3);
      for (const key of keys) {
        expect(browser.get(id)!.has(key), `${id}: ${key} is not in the browser's render`).to.be.true;
        expect([...server.get(id)!.get(key)!], `${id}: ${key}`).to.deep.equal([...browser.get(id)!.get(key)!]);
      }
    }
  });

  for (const width of [1280, 320]) {
    it(`shows no control that needs a script with JavaScript off, in every widget and mode, at ${width} px`, async () => {
      const { doc } = await openPage('/test/embed/pages/prerendered-modes.html?prerender', width, 'allow-same-origin');
      const needScript = [];
      for (const host of doc.querySelectorAll('body > [id]')) {
        const root = host.shadowRoot!;
        // What works without a script: boxes and radios (they tick), links, and details that open on their own.
        expect([...root.querySelectorAll('input[type="checkbox"], input[type="radio"]')].filter(visible).length, host.id).to.be.above(host.id === 'comparison' ? -1 : 3);
        for (const el of root.querySelectorAll('button, select, textarea, input:not([type="checkbox"], [type="radio"]), [role="tab"]')) {
          if (el.checkVisibility({ visibilityProperty: true })) needScript.push(`${host.id}: <${el.localName}> ${(el.textContent || el.getAttribute('aria-label') || el.id).trim().slice(0, 40)}`);
        }
        for (const label of root.querySelectorAll('label[for]')) {
          const field = root.getElementById(label.getAttribute('for')!);
          if (visible(label) && !visible(field)) needScript.push(`${host.id}: a label without its field, ${label.textContent!.trim().slice(0, 40)}`);
        }
      }
      expect(needScript).to.deep.equal([]);
      if (width < 560) return;
      // The comparison's table keeps its column names; their sort buttons cannot take the focus.
      const comparison = doc.getElementById('comparison')!.shadowRoot!;
      const label = [...comparison.querySelectorAll('.sort-label')].find((el) => el.checkVisibility({ visibilityProperty: true }));
      expect(label?.textContent).to.equal('Clinic');
      label!.closest('button')!.focus();
      expect(comparison.activeElement).to.equal(null);
    });
  }

  it('applies the reader’s stored ticks when the script takes over', async () => {
    localStorage.setItem('smp-clinic-checklist:auto-f5b7a6', JSON.stringify({ version: 1, data: ['healed-work', 'similar-clients'] }));
    const { doc } = await openPage('/test/embed/pages/prerendered.html?prerender', 1280);
    const checklist = doc.getElementById('checklist')!;
    expect(checklist.shadowRoot!.querySelector('.progress-text')!.textContent).to.include('0 of 15');
    await waitUntil(() => !checklist.shadowRoot!.querySelector('link'), 'the checklist did not take over', { timeout: 8000 });
    expect(checklist.shadowRoot!.querySelector('.progress-text')!.textContent).to.include('2 of 15');
    expect(checklist.shadowRoot!.querySelectorAll('input:checked')).to.have.length(2);
  });
});
