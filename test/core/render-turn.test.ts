import { aTimeout, expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../src/index.js';

// Off-screen widgets render when they come near the viewport, or when the browser is idle, and all of them
// before printing. Idle callbacks are held back here, so that each way can be seen on its own.

type Idle = (callback: () => void, options?: IdleRequestOptions) => number;
const rendered = (el: Element) => Boolean(el.shadowRoot?.querySelector('.widget'));

describe('core: rendering near the viewport', () => {
  let held: (() => void)[];
  let original: Idle;
  beforeEach(() => {
    held = [];
    original = window.requestIdleCallback as Idle;
    (window as { requestIdleCallback: Idle }).requestIdleCallback = (callback) => held.push(callback);
  });
  afterEach(() => {
    (window as { requestIdleCallback: Idle }).requestIdleCallback = original;
    window.scrollTo(0, 0);
  });

  async function farBelow(): Promise<{ el: HTMLElement; after: HTMLElement }> {
    const page = await fixture<HTMLElement>(html`<div><div style=${`height:${innerHeight * 4}px`}></div><smp-clinic-checklist></smp-clinic-checklist><p>After</p></div>`);
    await nextFrame();
    await nextFrame();
    return { el: page.querySelector('smp-clinic-checklist')!, after: page.querySelector('p')! };
  }

  it('waits off screen, keeping its space, and renders when the reader scrolls near it, with no layout shift on screen', async () => {
    const { el } = await farBelow();
    expect(rendered(el)).to.be.false;
    expect(el.hasAttribute('data-smp-pending')).to.be.true;
    expect(el.getBoundingClientRect().height).to.be.at.least(300);
    const shifts: number[] = [];
    const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((entry) => (entry as unknown as { value: number }).value)));
    observer.observe({ type: 'layout-shift' });
    // About one screen above it: close enough to render, not yet in sight.
    window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 1.5);
    await waitUntil(() => rendered(el), 'it did not render when near the viewport');
    await aTimeout(50);
    observer.disconnect();
    expect(el.hasAttribute('data-smp-pending')).to.be.false;
    expect(shifts.reduce((sum, value) => sum + value, 0)).to.equal(0);
  });

  it('renders when the browser is idle, so find-in-page reaches it', async () => {
    const { el } = await farBelow();
    expect(rendered(el)).to.be.false;
    expect(held.length).to.be.above(0);
    held.forEach((callback) => callback());
    await waitUntil(() => rendered(el), 'it did not render when idle');
  });

  it('renders everything before printing', async () => {
    const { el } = await farBelow();
    expect(rendered(el)).to.be.false;
    window.dispatchEvent(new Event('beforeprint'));
    try {
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(rendered(el)).to.be.true;
    } finally {
      window.dispatchEvent(new Event('afterprint'));
    }
  });

  it('renders at once a widget the address links to', async () => {
    history.replaceState(null, '', '#far-guide/technician');
    try {
      const page = await fixture<HTMLElement>(html`<div><div style=${`height:${innerHeight * 4}px`}></div><smp-treatment-explainer id="far-guide"></smp-treatment-explainer></div>`);
      const el = page.querySelector('smp-treatment-explainer')!;
      await waitUntil(() => rendered(el), 'the linked widget did not render');
      expect(held).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });
});
