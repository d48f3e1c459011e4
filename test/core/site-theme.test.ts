import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { pageScheme } from '../../src/core/site-theme.js';
import '../../src/clinic-checklist/index.js';
import { expectRendered } from '../shared/page-errors.js';

// theme="site": a widget follows the host page's own dark mode, live, then the reader's system setting.

const luminance = (color: string) => {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
};
const looksDark = (el: Element) => luminance(getComputedStyle(el.shadowRoot!.querySelector('.root')!).backgroundColor) < 0.5;
/** Waits up to a second for the widget to show the scheme: the change must come without a reload. */
const expectScheme = (el: Element, dark: boolean, signal: string) =>
  waitUntil(() => looksDark(el) === dark, `${signal}: the widget did not turn ${dark ? 'dark' : 'light'}`, { timeout: 1000 });

function page(markup: string): Document {
  return new DOMParser().parseFromString(markup, 'text/html');
}

describe('pageScheme', () => {
  it('reads the toggles sites set on <html> or <body>, then the color-scheme meta tag', () => {
    expect(pageScheme(page('<html class="dark"><body></body></html>'))).to.equal('dark');
    expect(pageScheme(page('<html><body data-theme="dark"></body></html>'))).to.equal('dark');
    expect(pageScheme(page('<html data-bs-theme="light"><body class="dark"></body></html>'))).to.equal('light');
    expect(pageScheme(page('<html><head><meta name="color-scheme" content="dark"></head><body></body></html>'))).to.equal('dark');
    expect(pageScheme(page('<html><head><meta name="color-scheme" content="light dark"></head><body></body></html>'))).to.equal(undefined);
    expect(pageScheme(page('<html><body class="darkness"></body></html>'))).to.equal(undefined);
  });
});

describe('theme="site"', () => {
  const root = document.documentElement;
  afterEach(async () => {
    root.classList.remove('dark', 'light');
    root.style.colorScheme = '';
    document.body.removeAttribute('data-theme');
    await emulateMedia({ colorScheme: 'light' });
  });

  it('switches live with a dark class on <html>, data-theme on <body> and the page color-scheme', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const el = await fixture(html`<smp-clinic-checklist theme="site"></smp-clinic-checklist>`);
    expectRendered(el, '[part="item"]');
    expect(looksDark(el), 'light page').to.be.false;

    root.classList.add('dark');
    await expectScheme(el, true, 'html.dark');
    root.classList.remove('dark');
    await expectScheme(el, false, 'class removed');

    document.body.setAttribute('data-theme', 'dark');
    await expectScheme(el, true, 'body[data-theme=dark]');
    document.body.setAttribute('data-theme', 'light');
    await expectScheme(el, false, 'body[data-theme=light]');
    document.body.removeAttribute('data-theme');

    root.style.colorScheme = 'dark';
    await expectScheme(el, true, 'color-scheme: dark');
    root.style.colorScheme = '';
    await expectScheme(el, false, 'color-scheme cleared');
  });

  it('follows the reader’s system setting when the page says nothing, and the page when it does', async () => {
    const el = await fixture(html`<smp-clinic-checklist theme="site"></smp-clinic-checklist>`);
    await emulateMedia({ colorScheme: 'dark' });
    await expectScheme(el, true, 'system dark');
    root.classList.add('light');
    await expectScheme(el, false, 'the page’s light toggle wins');
    await expect(el).to.be.accessible();
  });

  it('stops following once the theme changes, and leaves no mark on the element', async () => {
    root.classList.add('dark');
    const el = await fixture<HTMLElement & { theme: string; updateComplete: Promise<unknown> }>(html`<smp-clinic-checklist theme="site"></smp-clinic-checklist>`);
    expectRendered(el, '[part="item"]');
    expect(looksDark(el)).to.be.true;
    el.theme = 'light';
    await el.updateComplete;
    expect(looksDark(el)).to.be.false;
    expect(el.hasAttribute('data-smp-dark')).to.be.false;
  });
});
