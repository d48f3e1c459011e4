import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureConsole, expectRendered, shadowText, watchPageErrors } from '../shared/page-errors.js';

// The Discourse theme component (platforms/discourse/): its initializer, given a stub of Discourse's plugin
// API, upgrades the HTML Discourse's markdown makes of [wrap=smp-…] blocks (test/fixtures/discourse-cooked.html,
// written from Discourse's wrap rule and allow-lister, which it cites), loading the classic script and its
// packs as theme uploads; the second group loads a topic under Discourse's own Content-Security-Policy.

type Decorator = (element: HTMLElement) => void;

interface Component {
  initialize(api: { decorateCookedElement(callback: Decorator, options: { id: string }): void }, context: object): void;
  upgradeWidgetBlocks(root: ParentNode): Element[];
  srcOrigins(setting: string | undefined): string;
}

const component = (await import('/platforms/discourse/smp-clinic-widgets/javascripts/discourse/lib/smp-upgrade.js' as string)) as Component;

/** A stub of Discourse's plugin API that keeps what the component registers. */
function stubApi() {
  const decorators: { callback: Decorator; options: { id: string } }[] = [];
  return { decorators, api: { decorateCookedElement: (callback: Decorator, options: { id: string }) => void decorators.push({ callback, options }) } };
}

/** Discourse's loadScript: one script tag per address, resolved once it has run. */
const loaded: string[] = [];
function loadScript(url: string): Promise<void> {
  loaded.push(url);
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src: url });
    script.addEventListener('load', () => resolve(), { once: true });
    script.addEventListener('error', reject, { once: true });
    document.head.append(script);
  });
}

// Theme uploads get hashed addresses of their own: here, the built files under other names.
const settings = {
  smp_src_origins: '',
  theme_uploads: { smp_widgets: '/dist/smp-widgets.iife.min.js', smp_locale_es: '/dist/locales/es.js', smp_locale_de: '/dist/locales/de.js' },
};

describe('Discourse theme component', () => {
  afterEach(() => delete (window as { __pwned?: number }).__pwned);

  it('registers one cooked-element decorator with its own id', () => {
    const { api, decorators } = stubApi();
    component.initialize(api, { settings, loadScript, doc: document });
    expect(decorators).to.have.length(1);
    expect(decorators[0]!.options).to.deep.equal({ id: 'smp-clinic-widgets' });
  });

  it('leaves posts without a widget block untouched and loads nothing for them', async () => {
    const { api, decorators } = stubApi();
    component.initialize(api, { settings, loadScript, doc: document });
    const cooked = await fixture<HTMLElement>(html`<div class="cooked"><p>Just text.</p><div class="d-wrap" data-wrap="columns"><p>x</p></div></div>`);
    const before = cooked.innerHTML;
    decorators[0]!.callback(cooked);
    expect(cooked.innerHTML).to.equal(before);
    expect(loaded).to.deep.equal([]);
    expect(document.querySelector('meta[name="smp-src-origins"]')).to.equal(null);
  });

  it('turns each [wrap=smp-…] block of a cooked post into its widget, hostile values refused, a foreign src too', async () => {
    const errors = watchPageErrors();
    const logged = captureConsole('error');
    try {
      const { api, decorators } = stubApi();
      component.initialize(api, { settings, loadScript, doc: document });
      const cooked = await fixture<HTMLElement>(html`<div class="cooked"></div>`);
      cooked.innerHTML = await (await fetch('/test/fixtures/discourse-cooked.html')).text();
      decorators[0]!.callback(cooked);
      // The same post decorated again (Discourse re-renders) changes nothing.
      decorators[0]!.callback(cooked);

      const widgets = [...cooked.querySelectorAll('smp-clinic-checklist, smp-guarantee-comparison, smp-treatment-explainer')];
      expect(widgets.map((el) => el.localName)).to.deep.equal(['smp-guarantee-comparison', 'smp-clinic-checklist', 'smp-treatment-explainer', 'smp-clinic-checklist']);
      expect(cooked.querySelector('[data-wrap="columns"]'), 'another wrap was touched').to.exist;
      // A block Discourse did not take as a wrap stays the text it cooked.
      expect(cooked.textContent).to.include('[wrap=smp-checklist locale=“">”]');
      expect(loaded).to.deep.equal(['/dist/smp-widgets.iife.min.js']);
      expect(document.querySelector<HTMLMetaElement>('meta[name="smp-src-origins"]')!.content).to.equal("'self'");
      await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('.widget, [role="alert"]')), 'the widgets did not render', { timeout: 5000 });

      const [comparison, spanish, foreign, hostile] = widgets as HTMLElement[];
      expect(shadowText(comparison!)).to.include('Example Clinic North');
      // The Spanish pack comes from its own upload address.
      await waitUntil(() => shadowText(spanish!).includes('Desmarcar todo'), 'the checklist is not in Spanish', { timeout: 5000 });
      expect(spanish!.getAttribute('data-smp-id')).to.equal('checklist');
      expect(foreign!.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('not among the origins');
      expect(hostile!.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('expected an http: or https: address');
      expect(hostile!.getAttributeNames().sort()).to.deep.equal(['locale', 'src', 'theme']);
      expect(hostile!.textContent).to.include('<script>window.__pwned=1</script>');
      expectRendered(comparison!, '[part="table"], [part="card"]');
      expectRendered(spanish!, '[part="item"]');
      expect(cooked.querySelectorAll('script')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(errors.count()).to.equal(0);
      expect(logged.messages.every((message) => message.includes('config not loaded: src:')), logged.messages.join('\n')).to.be.true;
      await expect(cooked).to.be.accessible();
    } finally {
      errors.stop();
      logged.restore();
    }
  });

  it('never gives a widget an id from a post; the post’s id names its view links instead', async () => {
    history.replaceState(null, '', '#reply-control/technician');
    try {
      const { api, decorators } = stubApi();
      component.initialize(api, { settings, loadScript, doc: document });
      const cooked = await fixture<HTMLElement>(html`<div class="cooked"></div>`);
      // What Discourse's markdown makes of [wrap=smp-explainer id=reply-control]: data-id, which the member chose.
      cooked.innerHTML = '<div class="d-wrap" data-wrap="smp-explainer" data-id="reply-control"><p>Fallback</p></div>';
      decorators[0]!.callback(cooked);
      expect(document.getElementById('reply-control')?.localName ?? 'none', '#reply-control, Discourse’s composer, is a member’s widget').to.equal('none');
      const explainer = cooked.querySelector('smp-treatment-explainer')!;
      expect(explainer.getAttribute('data-smp-id')).to.equal('reply-control');
      await waitUntil(() => explainer.shadowRoot?.querySelector('[role="tab"][aria-selected="true"]'), 'the explainer did not render', { timeout: 5000 });
      expect(explainer.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-technician');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('upgrades widgets decorated in a detached document once Discourse inserts the post into the page', async () => {
    const { api, decorators } = stubApi();
    component.initialize(api, { settings, loadScript, doc: document });
    const detached = document.implementation.createHTMLDocument('');
    const cooked = detached.createElement('div');
    cooked.innerHTML = '<div class="d-wrap" data-wrap="smp-checklist"><p>Fallback</p></div>';
    decorators[0]!.callback(cooked);
    const page = await fixture<HTMLElement>(html`<div></div>`);
    page.append(document.adoptNode(cooked));
    const checklist = page.querySelector('smp-clinic-checklist')!;
    await waitUntil(() => checklist.shadowRoot?.querySelector('.widget'), 'the adopted widget did not upgrade', { timeout: 5000 });
    expectRendered(checklist, '[part="item"]');
  });

  // Discourse's loadScript keeps one promise per address. Newer versions reject it when the script fails to
  // load; older ones never settle it, so asking again for the same address waits for ever.
  const LOAD_SCRIPTS = {
    'rejects the failed load': (doc: Document, requested: string[]) => (url: string) =>
      new Promise<void>((resolve, reject) => {
        requested.push(url);
        const script = Object.assign(doc.createElement('script'), { src: url });
        script.addEventListener('load', () => resolve(), { once: true });
        script.addEventListener('error', reject, { once: true });
        doc.head.append(script);
      }),
    'never settles the failed load (older Discourse)': (doc: Document, requested: string[]) => {
      const pending = new Map<string, Promise<void>>();
      return (url: string) => {
        if (!pending.has(url)) {
          requested.push(url);
          pending.set(url, new Promise<void>((resolve) => doc.head.append(Object.assign(doc.createElement('script'), { src: url, onload: () => resolve() }))));
        }
        return pending.get(url)!;
      };
    },
  };
  for (const [behaviour, makeLoadScript] of Object.entries(LOAD_SCRIPTS)) {
    it(`after a failed load the next post with a widget loads the script again, where loadScript ${behaviour}`, async () => {
      const warned = captureConsole('warn');
      try {
        // A page of its own, where the widgets are not defined yet.
        const frame = await fixture<HTMLIFrameElement>(html`<iframe></iframe>`);
        const doc = frame.contentDocument!;
        const requested: string[] = [];
        const key = behaviour.replace(/\W+/g, '-');
        const { api, decorators } = stubApi();
        const uploads = { smp_widgets: `/flaky/${key}/smp-widgets.iife.min.js` };
        component.initialize(api, { settings: { smp_src_origins: '', theme_uploads: uploads }, loadScript: makeLoadScript(doc, requested), doc });
        const post = () => {
          const cooked = doc.createElement('div');
          cooked.innerHTML = '<div class="d-wrap" data-wrap="smp-checklist"><p>Fallback</p></div>';
          doc.body.append(cooked);
          decorators[0]!.callback(cooked);
          return cooked;
        };
        const first = post();
        // The first request fails (503): give it time to, without any promise to wait on.
        await waitUntil(() => doc.defaultView!.performance.getEntriesByType('resource').some((entry) => entry.name.includes(`/flaky/${key}/`)), 'the first request was not made', { timeout: 5000 });
        await new Promise((resolve) => setTimeout(resolve, 200));
        const second = post();
        await waitUntil(() => doc.defaultView!.customElements.get('smp-clinic-checklist'), `the script was not loaded again (requested: ${requested.join(', ')})`, { timeout: 5000 });
        for (const cooked of [first, second]) {
          const checklist = cooked.querySelector('smp-clinic-checklist')!;
          await waitUntil(() => checklist.shadowRoot?.querySelector('.widget'), 'a widget did not render', { timeout: 5000 });
        }
        expect(requested).to.have.length(2);
        expect(warned.messages).to.have.length(1);
        expect(warned.messages[0]).to.include('the next post with a widget tries again');
      } finally {
        warned.restore();
      }
    });
  }

  it('takes the origins setting, or the forum’s own origin when it is empty', () => {
    expect(component.srcOrigins('')).to.equal("'self'");
    expect(component.srcOrigins(' https://data.example.org ')).to.equal('https://data.example.org');
  });
});

describe('Discourse theme component under Discourse’s own Content-Security-Policy', () => {
  /** What the topic page (test/embed/pages/discourse-topic.html) shows once settled: the checklist's state. */
  async function topic(csp: string, uploads: 'both' | 'cdn'): Promise<string> {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe src=${`/test/embed/pages/discourse-topic.html?csp=${csp}&uploads=${uploads}`}></iframe>`);
    const state = () => {
      const checklist = frame.contentDocument?.querySelector('smp-clinic-checklist');
      if (!checklist?.shadowRoot?.querySelector('.widget')) return 'not rendered';
      return checklist.shadowRoot.textContent!.includes('Desmarcar todo') ? 'in Spanish' : 'in English';
    };
    await waitUntil(() => state() === 'in Spanish', undefined, { timeout: 4000 }).catch(() => undefined);
    return state();
  }

  for (const csp of ['discourse-paths', 'discourse-strict-dynamic']) {
    it(`${csp}: the widget and its Spanish pack load from the theme’s local copies (settings.theme_uploads_local)`, async () => {
      expect(await topic(csp, 'both')).to.equal('in Spanish');
    });
  }

  it('with the upload addresses alone, the path list blocks the script and strict-dynamic lets it run (why the local copies come first)', async () => {
    expect(await topic('discourse-paths', 'cdn')).to.equal('not rendered');
    expect(await topic('discourse-strict-dynamic', 'cdn')).to.equal('in Spanish');
  });
});
