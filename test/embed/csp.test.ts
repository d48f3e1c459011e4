import { expect, waitUntil } from '@open-wc/testing';

// Each host page is loaded in an iframe served with a real Content-Security-Policy header.

interface HostWindow extends Window {
  cspViolations: string[];
}

async function openPage(path: string): Promise<{ frame: HTMLIFrameElement; win: HostWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return { frame, win: frame.contentWindow as HostWindow, doc: frame.contentDocument! };
}

async function exercise(doc: Document) {
  const root = (id: string) => doc.getElementById(id)!.shadowRoot!;
  // Each widget renders in its own turn: wait for all three, not the first two.
  await waitUntil(
    () => root('comparison')?.querySelector('table') && root('checklist')?.querySelector('input') && root('explainer')?.querySelectorAll('[role="tab"]').length === 4,
    'widgets did not render',
    { timeout: 5000 },
  );
  root('checklist').querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
  root('comparison').querySelector<HTMLButtonElement>('button.sort')!.click();
  const explainer = root('explainer');
  explainer.querySelectorAll<HTMLButtonElement>('[role="tab"]')[3]!.click();
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const input of explainer.querySelectorAll<HTMLInputElement>('fieldset input:first-of-type')) input.click();
  explainer.querySelector<HTMLButtonElement>('.guide button[type="submit"]')!.click();
  await waitUntil(() => explainer.querySelector('.result'), 'guide gave no result');
}

describe('strict Content Security Policy', () => {
  // The host pages share this origin's storage: start each with no saved ticks.
  beforeEach(() => localStorage.clear());
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [page, csp] of [
    ['csp-widgets.html', 'strict'],
    ['csp-widgets.html', 'trusted-types'],
    ['csp-widgets-classic.html', 'strict'],
    ['csp-widgets-classic.html', 'trusted-types'],
  ] as const) {
    it(`renders and works with zero violations: ${page} under ${csp}`, async () => {
      const { win, doc } = await openPage(`/test/embed/pages/${page}?csp=${csp}`);
      await exercise(doc);
      expect(doc.getElementById('checklist')!.shadowRoot!.querySelector('.progress-text')!.textContent).to.include('1 of 15');
      expect(win.cspViolations).to.deep.equal([]);
    });
  }

  it('positive control: an inline script is reported', async () => {
    const { win } = await openPage('/test/embed/pages/csp-control-inline.html?csp=strict');
    await waitUntil(() => win.cspViolations.length > 0, 'no violation reported');
    expect(win.cspViolations[0]).to.match(/^script-src/);
    expect((win as unknown as { inlineRan?: boolean }).inlineRan).to.be.undefined;
  });

  it('positive control: new Function is reported', async () => {
    const { win } = await openPage('/test/embed/pages/csp-control-eval.html?csp=strict');
    await waitUntil(() => win.cspViolations.length > 0, 'no violation reported');
    expect(win.cspViolations[0]).to.match(/^script-src.* eval$/);
  });

  it('positive control: a raw HTML sink is reported under Trusted Types', async () => {
    const { win } = await openPage('/test/embed/pages/csp-control-trusted-types.html?csp=trusted-types');
    await waitUntil(() => win.cspViolations.length > 0, 'no violation reported');
    expect(win.cspViolations[0]).to.match(/^require-trusted-types-for/);
  });

  it('serves the host pages with the policy header', async () => {
    const response = await fetch('/test/embed/pages/csp-widgets.html?csp=trusted-types');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'").and.include('trusted-types lit-html');
  });
});
