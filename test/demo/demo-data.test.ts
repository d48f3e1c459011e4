import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { shadowText } from '../shared/page-errors.js';

// Demo data must read as fictional inside the widget itself, not only in the page around it: a screenshot or
// a copied snippet shows the widget alone.

describe('the demo’s example clinics', () => {
  it('say they are fictional inside each comparison of the demo page that shows clinics', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.src = '/demo/index.html';
    frame.width = '1200';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const comparisons = [...frame.contentDocument!.querySelectorAll<HTMLElement>('smp-guarantee-comparison')];
      expect(comparisons.length).to.be.above(0);
      await waitUntil(() => comparisons.every((el) => el.shadowRoot?.querySelector('.widget, [role="alert"]')), 'a comparison did not render', { timeout: 15000 });
      const withClinics = comparisons.filter((el) => el.shadowRoot!.querySelector('[part="table"], [part="card"]'));
      expect(withClinics.length).to.be.above(1);
      for (const el of withClinics) expect(/fictional/i.test(shadowText(el)), `${el.closest('section')?.id ?? 'a comparison'} does not say its data is fictional`).to.be.true;
    } finally {
      frame.remove();
    }
  });

  it('say they are fictional in the docs’ examples and the test data they mirror', async () => {
    const pages = (await executeServerCommand('docs-pages')) as Record<string, string>;
    expect(pages['docs/guarantee-comparison.md'], 'the comparison’s page').to.include('"clinics"');
    const fixture = await (await fetch('/test/fixtures/guarantees.json')).text();
    for (const [name, text] of Object.entries({ ...pages, fixture })) {
      expect(text.includes('Manchester'), `${name} names a real city`).to.be.false;
      expect(text.includes('Several public reports'), `${name} reads as real reports`).to.be.false;
    }
    expect(JSON.parse(fixture).intro).to.match(/fictional/i);
  });
});
