import { expect } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { captureConsole, settle, watchPageErrors } from '../shared/page-errors.js';

import { WIDGET_TAGS as TAGS } from '../../src/widgets.js';

/** The loader defines an element once its tag is in the page: one of each. */
async function withEveryTag(load: () => Promise<unknown>): Promise<void> {
  const holder = document.createElement('div');
  holder.hidden = true;
  holder.append(...TAGS.map((tag) => document.createElement(tag)));
  document.body.append(holder);
  try {
    await load();
    await Promise.all(TAGS.map((tag) => customElements.whenDefined(tag)));
  } finally {
    holder.remove();
  }
}

// Tests the files a site actually loads from a CDN: dist/smp-widgets.min.js, the loader, and the chunks it
// imports from dist/chunks/ (npm test builds them first).
describe('dist/smp-widgets.min.js', () => {
  it('has no static imports, so it works as a single drop-in file; its chunks import only each other', async () => {
    const source = await (await fetch('/dist/smp-widgets.min.js')).text();
    expect(source.length).to.be.above(500);
    expect(source).to.not.match(/(^|[;}\s])import\s*[\w{*"']/);
    expect(source).to.not.match(/\beval\(|new Function\(/);
    for (const tag of TAGS) {
      const chunk = await (await fetch(`/dist/chunks/${tag}.js`)).text();
      const imports = [...chunk.matchAll(/\bfrom\s*["']([^"']+)["']/g)].map((match) => match[1]);
      expect(imports.length, tag).to.be.above(0);
      // The runtime every widget shares, the part the comparison and the explainer share beyond it, and the
      // explainer's arrow keys (shared with the shortlist, not fetched by the comparison's page).
      for (const path of imports) expect(path, tag).to.match(/^\.\/smp-(runtime|shared|roving)-[\w-]+\.js$/);
      expect(imports.some((path) => path?.includes('smp-shared-')), tag).to.equal(tag !== 'smp-clinic-checklist');
      expect(imports.some((path) => path?.includes('smp-roving-share-')), tag).to.equal(tag === 'smp-treatment-explainer');
      expect(chunk, tag).to.not.match(/\beval\(|new Function\(/);
    }
  });

  it('ships each widget\'s styles minified, with the same rules as the source', async () => {
    const source = await (await fetch('/dist/chunks/smp-guarantee-comparison.js')).text();
    expect(source).to.not.include('Break long words only when nothing else fits');
    await withEveryTag(() => import('/dist/smp-widgets.min.js?styles' as string));
    const sources: Record<string, string> = {
      'smp-clinic-checklist': '/src/clinic-checklist/clinic-checklist.ts',
      'smp-guarantee-comparison': '/src/guarantee-comparison/guarantee-comparison.ts',
      'smp-treatment-explainer': '/src/treatment-explainer/treatment-explainer.ts',
    };
    const rules = (styles: unknown) =>
      [styles]
        .flat(Infinity)
        // A sheet a mode fills later (the checklist's shortlist) is listed as it is, not as a CSSResult.
        .flatMap((style) => [...(style instanceof CSSStyleSheet ? style : (style as CSSResult).styleSheet!).cssRules].map((rule) => rule.cssText))
        // The browser keeps custom property values as written; a space after a comma means nothing there.
        .map((text) => text.replace(/,\s+/g, ','));
    for (const [tag, path] of Object.entries(sources)) {
      const module = (await import(path)) as Record<string, unknown>;
      const sourceClass = Object.values(module).find((value): value is { styles: unknown } => typeof value === 'function' && 'styles' in value)!;
      const built = customElements.get(tag) as unknown as { elementStyles: CSSResult[] };
      expect(rules(built.elementStyles), tag).to.deep.equal(rules(sourceClass.styles));
    }
  });

  it('registers every element, and loading it twice breaks nothing', async () => {
    const warnings = captureConsole('warn');
    const pageErrors = watchPageErrors();
    try {
      await withEveryTag(() => import('/dist/smp-widgets.min.js?first' as string));
      const registered = customElements.get('smp-clinic-checklist');
      expect(registered).to.exist;
      expect(customElements.get('smp-guarantee-comparison')).to.exist;
      expect(customElements.get('smp-treatment-explainer')).to.exist;
      await import('/dist/smp-widgets.min.js?second' as string);
      await settle();
      expect(customElements.get('smp-clinic-checklist')).to.equal(registered);
      expect(warnings.messages).to.deep.equal([]);
      expect(pageErrors.count()).to.equal(0);
    } finally {
      warnings.restore();
      pageErrors.stop();
    }
  });

  it('shows the fallback text, with space reserved, where the script never runs', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><link rel="stylesheet" href="${location.origin}/dist/smp-reserve-space.css">
      <smp-clinic-checklist>Before choosing a clinic, ask to see healed results.</smp-clinic-checklist>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const el = frame.contentDocument!.querySelector('smp-clinic-checklist')!;
    expect((el as HTMLElement).innerText).to.include('ask to see healed results');
    expect(el.getBoundingClientRect().height).to.be.at.least(300);
    frame.remove();
  });
});
