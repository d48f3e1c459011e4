import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureConsole, expectRendered, shadowText, watchPageErrors } from '../shared/page-errors.js';

// The Discourse theme component (platforms/discourse/): its initializer, given a stub of Discourse's plugin
// API, upgrades the HTML Discourse's markdown makes of [wrap=smp-…] blocks (test/fixtures/discourse-cooked.html,
// written from Discourse's documented output), loading the classic script and its packs as theme uploads.

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
      expect(loaded).to.deep.equal(['/dist/smp-widgets.iife.min.js']);
      expect(document.querySelector<HTMLMetaElement>('meta[name="smp-src-origins"]')!.content).to.equal("'self'");
      await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('.widget, [role="alert"]')), 'the widgets did not render', { timeout: 5000 });

      const [comparison, spanish, foreign, hostile] = widgets as HTMLElement[];
      expect(shadowText(comparison!)).to.include('Example Clinic North');
      // The Spanish pack comes from its own upload address.
      await waitUntil(() => shadowText(spanish!).includes('Desmarcar todo'), 'the checklist is not in Spanish', { timeout: 5000 });
      expect(spanish!.id).to.equal('checklist');
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

  it('takes the origins setting, or the forum’s own origin when it is empty', () => {
    expect(component.srcOrigins('')).to.equal("'self'");
    expect(component.srcOrigins(' https://data.example.org ')).to.equal('https://data.example.org');
  });
});
