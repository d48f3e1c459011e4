import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { expectRendered, shadowText } from '../shared/page-errors.js';

// Each widget's built-in English content is a module of its own, imported only by a widget that shows some of
// it. This page imports the widgets only, so a content module the page fetched was fetched for a widget.

/** The widgets' content modules this page has fetched so far. */
function contentFetched(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => /\.built-in\.(ts|js)$/.test(path))
    .map((path) => path.split('/').pop()!);
}

const checklist = {
  title: 'Before you book',
  sections: [{ title: 'The work', items: [{ id: 'healed', label: 'Healed work at least 3 months old' }] }],
  bands: [{ from: 0, label: 'Just started' }],
};
const comparison = { title: 'Our guarantees', disclaimer: 'Fictional figures.', clinics: [{ name: 'Fictional Clinic A' }] };

describe('core: built-in content, fetched only by a widget that shows it', () => {
  it('is not fetched for widgets whose config gives all their content', async () => {
    const list = await fixture(html`<smp-clinic-checklist .config=${checklist}></smp-clinic-checklist>`);
    const table = await fixture(html`<smp-guarantee-comparison .config=${comparison}></smp-guarantee-comparison>`);
    expectRendered(list);
    expectRendered(table);
    expect(shadowText(list)).to.include('Before you book');
    expect(shadowText(table)).to.include('Fictional Clinic A');
    expect(contentFetched()).to.deep.equal([]);
  });

  it('is not needed for the general-information note, which every widget carries in its own strings', async () => {
    const { disclaimer: _, ...withoutDisclaimer } = comparison;
    const table = await fixture(html`<smp-guarantee-comparison .config=${withoutDisclaimer}></smp-guarantee-comparison>`);
    expectRendered(table);
    expect(shadowText(table)).to.include('General information, not medical advice').and.include('in writing');
    expect(contentFetched()).to.deep.equal([]);
  });

  it('is fetched, once, for widgets that show some of it', async () => {
    const first = await fixture(html`<smp-clinic-checklist></smp-clinic-checklist>`);
    const second = await fixture(html`<smp-clinic-checklist .config=${{ title: 'My list' }}></smp-clinic-checklist>`);
    expectRendered(first);
    expectRendered(second);
    expect(shadowText(second)).to.include('My list').and.include('photos of healed results');
    expect(contentFetched()).to.deep.equal(['clinic-checklist.built-in.ts']);
  });
});
