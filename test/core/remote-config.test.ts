import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as z from 'zod/mini';
import { SmpElement } from '../../src/core/base-element.js';
import type { WidgetParts } from '../../src/core/config-controller.js';
import { loaded } from '../../src/core/lazy-import.js';
import { checkSrc } from '../../src/core/remote-config.js';
import { captureConsole, expectRendered, panelText, shadowText, watchPageErrors } from '../shared/page-errors.js';

const schema = z.strictObject({ title: z.optional(z.string()), note: z.optional(z.string()) });

const builtInText = { title: 'Default title', note: 'Default note' };
type BuiltIn = typeof builtInText;
type Config = z.infer<typeof schema> | undefined;

/** A minimal widget: shows its title and note, each from the config or its built-in text, so these tests need no real widget. */
class RemoteTestElement extends SmpElement<typeof schema, Record<never, never>, BuiltIn, BuiltIn> {
  static override readonly parts: WidgetParts<typeof schema, BuiltIn, BuiltIn> = {
    schema: () => Promise.resolve(schema),
    builtIn: () => Promise.resolve(builtInText),
    needs: (config: Config) => (config?.title === undefined || config.note === undefined ? ['builtIn'] : []),
    content: (own: Config, builtIn) => ({ title: own?.title ?? loaded(builtIn).title, note: own?.note ?? loaded(builtIn).note }),
  };
  protected renderContent(): TemplateResult {
    const { title, note } = this.content!;
    return html`<h2>${title}</h2>
      <p>${note}</p>`;
  }
}
customElements.define('smp-remote-test', RemoteTestElement);

/** The same widget whose schema (the validator) cannot be loaded, as when its chunk is missing. */
class NoCheckerElement extends RemoteTestElement {
  static override readonly parts: WidgetParts<typeof schema, BuiltIn, BuiltIn> = {
    ...RemoteTestElement.parts,
    schema: () => Promise.reject(new Error('Failed to fetch dynamically imported module')),
  };
}
customElements.define('smp-no-checker-test', NoCheckerElement);

/** The same widget whose built-in content cannot be loaded; it counts how often it was asked for. */
let contentRequests = 0;
class NoContentElement extends RemoteTestElement {
  static override readonly parts: WidgetParts<typeof schema, BuiltIn, BuiltIn> = {
    ...RemoteTestElement.parts,
    builtIn: () => {
      contentRequests += 1;
      return Promise.reject(new Error('Failed to fetch dynamically imported module'));
    },
  };
}
customElements.define('smp-no-content-test', NoContentElement);

const settled = (el: Element) => waitUntil(() => !el.shadowRoot!.querySelector('.loading'), 'still loading', { timeout: 5000 });

describe('core: the validator, loaded when there is a config to check', () => {
  it('renders built-in content without it, and says so in the widget when it cannot be loaded', async () => {
    const errors = captureConsole('error');
    try {
      const plain = await fixture(html`<smp-no-checker-test></smp-no-checker-test>`);
      expect(shadowText(plain)).to.include('Default title');
      const el = await fixture(html`<smp-no-checker-test config='{"title":"Mine"}'></smp-no-checker-test>`);
      await waitUntil(() => panelText(el), 'no error panel');
      expect(panelText(el)).to.include('config: could not be checked');
      expect(shadowText(el)).to.not.include('Mine');
      expect(errors.messages).to.have.length(1);
      expect(errors.messages[0]).to.include('the config could not be checked');
    } finally {
      errors.restore();
    }
  });
});

describe('core: the built-in content, loaded when a config leaves something to it', () => {
  it('is never requested when the config gives all the content', async () => {
    const el = await fixture(html`<smp-no-content-test config='{"title":"Mine","note":"My note"}'></smp-no-content-test>`);
    expectRendered(el, 'h2');
    expect(shadowText(el)).to.include('Mine');
    expect(shadowText(el)).to.include('My note');
    expect(contentRequests).to.equal(0);
  });

  it('says so in the widget, with the field path, when it cannot be loaded, and logs once', async () => {
    const errors = captureConsole('error');
    try {
      const first = await fixture(html`<smp-no-content-test></smp-no-content-test>`);
      const second = await fixture(html`<smp-no-content-test config='{"title":"Mine"}'></smp-no-content-test>`);
      for (const el of [first, second]) {
        await waitUntil(() => panelText(el), 'no error panel');
        expect(panelText(el)).to.include('content: the built-in text did not load');
      }
      expect(shadowText(second)).to.not.include('Mine');
      // One request for the page, however many widgets need it; one message per widget.
      expect(contentRequests).to.equal(1);
      expect(errors.messages.filter((text) => text.includes('the built-in content could not be loaded'))).to.have.length(2);
      (first as RemoteTestElement).requestUpdate();
      await (first as RemoteTestElement).updateComplete;
      expect(errors.messages).to.have.length(2);
    } finally {
      errors.restore();
    }
  });
});

describe('core: config from a src URL', () => {
  let errors: ReturnType<typeof captureConsole>;
  let pageErrors: ReturnType<typeof watchPageErrors>;
  beforeEach(() => {
    errors = captureConsole('error');
    pageErrors = watchPageErrors();
  });
  afterEach(() => {
    errors.restore();
    pageErrors.stop();
    document.querySelectorAll('meta[name="smp-src-origins"]').forEach((meta) => meta.remove());
    expect(pageErrors.count()).to.equal(0);
  });

  it('shows a loading state, then the loaded config', async () => {
    const el = await fixture(html`<smp-remote-test src="/test/fixtures/remote-basic.json"></smp-remote-test>`);
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.include('Loading');
    await settled(el);
    expect(shadowText(el)).to.include('Loaded title').and.include('from the fixture');
  });

  it('lets a local config override the loaded top-level keys', async () => {
    const el = await fixture(html`<smp-remote-test src="/test/fixtures/remote-basic.json" config='{"title":"Forum title"}'></smp-remote-test>`);
    await settled(el);
    expect(shadowText(el)).to.include('Forum title').and.include('from the fixture');
  });

  const failures: [string, string][] = [
    ['/test/fixtures/missing.json', 'the server answered 404'],
    ['/test/fixtures/not-json.txt', 'did not return JSON'],
    ['/test/fixtures/remote-invalid.json', 'title: expected text, got a number'],
    ['/test/fixtures/remote-list.json', 'expected the loaded data to be an object, got a list'],
    ['http://127.0.0.1:1/closed-port.json', 'could not be loaded from http://127.0.0.1:1/closed-port.json'],
    ['javascript:alert(1)', 'expected an http: or https: address, got javascript:'],
  ];
  for (const [src, message] of failures) {
    it(`explains a failed load: ${message}`, async () => {
      const el = await fixture(html`<smp-remote-test src=${src}></smp-remote-test>`);
      await settled(el);
      expect(panelText(el)).to.include(message);
      expect(errors.messages).to.have.length(1);
      await expect(el).to.be.accessible();
    });
  }

  it('loads again with the retry button', async () => {
    const realFetch = window.fetch;
    let calls = 0;
    window.fetch = (...args) => (++calls === 1 ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(...args));
    try {
      const el = await fixture(html`<smp-remote-test src="/test/fixtures/remote-basic.json"></smp-remote-test>`);
      await settled(el);
      expect(panelText(el)).to.include('Failed to fetch');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[role="alert"] button')!.click();
      await aTimeout(0);
      await settled(el);
      expectRendered(el, 'h2');
      expect(panelText(el)).to.equal('');
      expect(shadowText(el)).to.include('Loaded title');
      expect(calls).to.equal(2);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('follows a change of src', async () => {
    const el = await fixture<RemoteTestElement>(html`<smp-remote-test src="/test/fixtures/missing.json"></smp-remote-test>`);
    await settled(el);
    el.src = '/test/fixtures/remote-basic.json';
    await aTimeout(0);
    await settled(el);
    expect(shadowText(el)).to.include('Loaded title');
  });

  it('honours the page allow-list of origins', async () => {
    const meta = document.createElement('meta');
    meta.name = 'smp-src-origins';
    meta.content = "https://data.example.org 'self'";
    document.head.append(meta);
    expect(checkSrc('/test/fixtures/remote-basic.json').ok).to.be.true;
    expect(checkSrc('https://data.example.org/set.json').ok).to.be.true;
    const el = await fixture(html`<smp-remote-test src="https://elsewhere.example.net/set.json"></smp-remote-test>`);
    await settled(el);
    expect(panelText(el)).to.include('https://elsewhere.example.net is not among the origins this page allows');
  });
});
