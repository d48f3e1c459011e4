import { expect, waitUntil } from '@open-wc/testing';
import { expectRendered } from '../shared/page-errors.js';
import { expectOwnTypography } from '../shared/widget-contract.js';

// A host page whose theme styles everything with !important: the widgets keep their own typography and
// layout, and their styles do not leak into the page.

import { WIDGET_TAGS as TAGS } from '../../src/widgets.js';
const PROBED = ['fontSize', 'letterSpacing', 'textTransform', 'lineHeight', 'color', 'backgroundColor', 'fontWeight', 'marginTop'] as const;

function snapshot(doc: Document) {
  return [...doc.querySelectorAll('.probe')].map((el) => {
    const style = doc.defaultView!.getComputedStyle(el);
    return PROBED.map((property) => style[property]).join('|');
  });
}

describe('a hostile theme', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;

  before(async () => {
    frame = document.createElement('iframe');
    frame.width = '900';
    frame.height = '800';
    frame.src = '/test/embed/pages/hostile-theme.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    doc = frame.contentDocument!;
  });
  after(() => frame.remove());

  it('leaves the page’s own elements exactly as the theme styled them', async () => {
    const before = snapshot(doc);
    const script = doc.createElement('script');
    script.type = 'module';
    script.src = '/dist/smp-widgets.min.js';
    doc.head.append(script);
    await waitUntil(() => doc.querySelector('smp-guarantee-comparison')?.shadowRoot?.querySelector('table'), 'widgets did not render', { timeout: 5000 });
    expect(snapshot(doc)).to.deep.equal(before);
  });

  for (const tag of TAGS) {
    it(`${tag} keeps legible text, its own spacing and case`, () => {
      const el = doc.querySelector(tag)!;
      const win = doc.defaultView!;
      expectRendered(el, '.widget');
      const texts = el.shadowRoot!.querySelectorAll('h2, p, label, legend, button, td, th, li, summary');
      expect(texts.length).to.be.above(3);
      for (const node of texts) {
        const style = win.getComputedStyle(node);
        expectOwnTypography(style, node.textContent!);
        expect(style.color).to.not.equal('rgb(192, 0, 0)');
      }
      const title = el.shadowRoot!.querySelector('h2')!;
      expect(win.getComputedStyle(title).textAlign).to.equal('start');
      expect(parseFloat(win.getComputedStyle(title).fontSize)).to.be.below(30);
    });

    it(`${tag} stays inside its column`, () => {
      const el = doc.querySelector(tag)!;
      expectRendered(el, '.widget');
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(el.getBoundingClientRect().right).to.be.at.most(doc.querySelector('.column')!.getBoundingClientRect().right + 1);
      expect(root.scrollWidth).to.be.at.most(root.clientWidth + 1);
    });
  }
});
