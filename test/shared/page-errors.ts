import { expect } from '@open-wc/testing';

/**
 * Counts what a widget lets escape into the host page: uncaught errors and unhandled rejections
 * (Lit's render errors surface as the latter, a tick later).
 */
export function watchPageErrors(): { count: () => number; stop: () => void } {
  let errors = 0;
  const onError = () => errors++;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  return {
    count: () => errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    },
  };
}

/** Records console calls of one level without printing them, for checking what a widget logs. */
export function captureConsole(level: 'warn' | 'error'): { messages: string[]; restore: () => void } {
  const original = console[level];
  const messages: string[] = [];
  console[level] = (...args: unknown[]) => {
    const text = args.map(String).join(' ');
    // Lit's own development-mode notices are not ours.
    if (!text.includes('Lit is in dev mode') && !text.includes('lit.dev/msg')) messages.push(text);
  };
  return { messages, restore: () => (console[level] = original) };
}

/** Lets late rejections and re-renders happen before a test looks. */
/** What a reader would see next: after the element's pending update (and the validator it may wait for), one frame. */
export async function settle(el?: Element): Promise<void> {
  if (el && 'updateComplete' in el) await (el as Element & { updateComplete: Promise<unknown> }).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
}

export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The text of a widget's error panel, '' when none is shown. */
export function panelText(el: Element): string {
  return el.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
}

/**
 * Fails unless the widget shows its own content: its base part, neither its error panel (part="error") nor
 * its loading message (part="loading"), and something each selector matches (by default its title,
 * part="title"). A test that checks something is absent calls it first, so that it cannot pass on a widget
 * that rendered nothing, or its error panel or loading message instead of its content.
 */
export function expectRendered(el: Element, ...selectors: string[]): void {
  const name = `<${el.localName}>`;
  const root = el.shadowRoot;
  expect(root, `${name} has no shadow root`).to.exist;
  // Booleans, not elements: a failed assertion holding an element cannot be reported by the test runner.
  const shows = (selector: string) => root!.querySelector(selector) !== null;
  expect(shows('[part="base"]'), `${name} rendered nothing`).to.be.true;
  expect(shows('[part="error"]'), `${name} shows its error panel instead of its content: ${panelText(el).trim()}`).to.be.false;
  expect(shows('[part="loading"]'), `${name} shows its loading message instead of its content`).to.be.false;
  for (const selector of selectors.length ? selectors : ['[part="title"]']) {
    expect(shows(selector), `${name} shows nothing that matches ${selector}`).to.be.true;
  }
}

/** Around every test of the enclosing describe: count page errors, and capture console errors and warnings. */
export function watchEachTest(): { pageErrors: ReturnType<typeof watchPageErrors>; errors: ReturnType<typeof captureConsole>; warnings: ReturnType<typeof captureConsole> } {
  const watched = {} as ReturnType<typeof watchEachTest>;
  beforeEach(() => {
    watched.pageErrors = watchPageErrors();
    watched.errors = captureConsole('error');
    watched.warnings = captureConsole('warn');
  });
  afterEach(() => {
    watched.pageErrors.stop();
    watched.errors.restore();
    watched.warnings.restore();
  });
  return watched;
}
