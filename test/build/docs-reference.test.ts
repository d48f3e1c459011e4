import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// Each element's docs page carries a reference section written by scripts/docs.mjs from the build: the custom
// elements manifest (from the JSDoc) and the config's JSON Schema (from the zod schema). Someone who changes the
// JSDoc or the schema and forgets `npm run docs` leaves a page that no longer says what the build says.

describe('the generated reference sections of the docs', () => {
  let sections: Record<string, { expected: string; actual: string | null }>;

  before(async () => {
    sections = (await executeServerCommand('docs-reference')) as typeof sections;
  });

  it('are on the page of each widget and of the builder', () => {
    expect(Object.keys(sections)).to.have.members(['docs/clinic-checklist.md', 'docs/guarantee-comparison.md', 'docs/treatment-explainer.md', 'docs/builder.md']);
    for (const [page, { actual }] of Object.entries(sections)) expect(actual, `${page} has no generated-reference markers`).to.be.a('string');
  });

  it('are what `npm run docs` writes from the current build', () => {
    const stale = Object.entries(sections).filter(([, { expected, actual }]) => expected !== actual).map(([page]) => page);
    expect(stale, 'run `npm run docs`').to.deep.equal([]);
  });

  it('list each widget’s attributes, config fields, events, CSS parts and custom properties', () => {
    for (const page of ['docs/clinic-checklist.md', 'docs/guarantee-comparison.md', 'docs/treatment-explainer.md']) {
      const { expected } = sections[page]!;
      for (const heading of ['### Attributes', '### Config fields', '### Events', '### CSS parts', '### CSS custom properties']) expect(expected, page).to.include(heading);
      expect(expected, page).to.include('| `theme` |').and.include('| `strings` |').and.include('| `--smp-color-accent` |');
    }
  });
});
