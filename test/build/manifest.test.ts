import { expect } from '@open-wc/testing';
import type { ChecklistEvents } from '../../src/clinic-checklist/clinic-checklist.js';
import type { ComparisonEvents } from '../../src/guarantee-comparison/guarantee-comparison.js';
import type { ExplainerEvents } from '../../src/treatment-explainer/treatment-explainer.js';

// dist/custom-elements.json (from the JSDoc on each class) must describe the whole public API, and each
// element's docs page (docs/<widget>.md) must name every attribute, event, part and custom property it lists.

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  members?: (Named & { privacy?: string; kind: string })[];
}

// Each widget's event names, as its event map declares them: the type checker fails here if a name is added
// to, or dropped from, a map (ChecklistEvents…) without this list; the tests below hold the manifest (from
// the @fires JSDoc) and the hand-written event paragraph of each docs page to the same names.
const EVENTS = {
  'smp-clinic-checklist': ['smp-checklist-change', 'smp-shortlist-change', 'smp-shortlist-questions'],
  'smp-guarantee-comparison': ['smp-comparison-sort'],
  'smp-treatment-explainer': ['smp-explainer-view', 'smp-guide-result', 'smp-explainer-cta-click', 'smp-cta-click'],
} as const;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type EventNames<Tag extends keyof typeof EVENTS> = (typeof EVENTS)[Tag][number];
const sameNames: [
  Same<EventNames<'smp-clinic-checklist'>, keyof ChecklistEvents>,
  Same<EventNames<'smp-guarantee-comparison'>, keyof ComparisonEvents>,
  Same<EventNames<'smp-treatment-explainer'>, keyof ExplainerEvents>,
] = [true, true, true];
void sameNames;

const EXPECTED: Record<string, { events: readonly string[]; members: string[] }> = {
  'smp-clinic-checklist': { events: EVENTS['smp-clinic-checklist'], members: ['config', 'checkedIds', 'reload'] },
  'smp-guarantee-comparison': { events: EVENTS['smp-guarantee-comparison'], members: ['config', 'sortBy', 'clock', 'reload'] },
  'smp-treatment-explainer': { events: EVENTS['smp-treatment-explainer'], members: ['config', 'selectView', 'view', 'reload'] },
};

/** The event names in the hand-written **Event** paragraph of a widget's docs page. */
function paragraphEvents(page: string): string[] {
  const paragraph = page.split(/\n\n/).find((part) => part.startsWith('**Event')) ?? '';
  return [...paragraph.matchAll(/`(smp-[a-z-]+)`/g)].map((match) => match[1]!);
}

/** An element's docs page: docs/clinic-checklist.md for <smp-clinic-checklist>, docs/builder.md for the builder. */
const pagePath = (tag: string) => (tag === 'smp-embed-builder' ? '/docs/builder.md' : `/docs/${tag.replace(/^smp-/, '')}.md`);

async function fetchPage(tag: string): Promise<string> {
  const response = await fetch(pagePath(tag));
  expect(response.ok, `${pagePath(tag)} is missing`).to.be.true;
  return response.text();
}

describe('custom elements manifest', () => {
  let elements: Map<string, Declaration>;
  const pages = new Map<string, string>();

  before(async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
    elements = new Map(manifest.modules.flatMap((module) => module.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName!, d]));
    for (const tag of [...Object.keys(EXPECTED), 'smp-embed-builder']) pages.set(tag, await fetchPage(tag));
  });

  it('is listed in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { customElements: string; files: string[] };
    expect(pkg.customElements).to.equal('dist/custom-elements.json');
    expect(pkg.files).to.include('dist');
  });

  for (const [tag, expected] of Object.entries(EXPECTED)) {
    it(`describes <${tag}>: attributes, events, parts, custom properties and public members`, () => {
      const element = elements.get(tag)!;
      expect(element, tag).to.exist;
      expect(element.attributes!.map((a) => a.name).sort()).to.deep.equal(['config', 'locale', 'src', 'theme']);
      expect(element.events!.map((e) => e.name)).to.have.members([...expected.events]);
      expect(element.events!.length).to.equal(expected.events.length);
      expect(element.cssParts!.length).to.be.above(5);
      expect(element.cssProperties!.map((p) => p.name)).to.include.members(['--smp-font-size', '--smp-color-accent']);
      const publicMembers = element.members!.filter((m) => !m.privacy || m.privacy === 'public').map((m) => m.name);
      expect(publicMembers).to.include.members(expected.members);
    });

    it(`<${tag}>: the docs page's event paragraph names the events the element fires, and no other`, () => {
      expect(paragraphEvents(pages.get(tag)!)).to.have.members([...expected.events]);
      expect(paragraphEvents(pages.get(tag)!)).to.have.length(expected.events.length);
    });

    it(`<${tag}>: the docs page names everything the manifest lists`, () => {
      const element = elements.get(tag)!;
      const names = [...element.attributes!, ...element.events!, ...element.cssParts!, ...element.cssProperties!].map((n) => n.name);
      const missing = names.filter((name) => !pages.get(tag)!.includes(name));
      expect(missing, `missing from ${pagePath(tag)}`).to.deep.equal([]);
    });
  }

  it('describes <smp-embed-builder>: its attributes and the event an editor listens for, all named on its docs page', () => {
    const builder = elements.get('smp-embed-builder')!;
    expect(builder.attributes!.map((a) => a.name).sort()).to.deep.equal(['script-base', 'widget']);
    expect(builder.events!.map((e) => e.name)).to.deep.equal(['smp-builder-accept']);
    const publicMembers = builder.members!.filter((m) => !m.privacy || m.privacy === 'public').map((m) => m.name);
    expect(publicMembers).to.include.members(['config', 'widget', 'snippet']);
    expect(['script-base', 'smp-builder-accept', 'smp-embed-builder'].filter((name) => !pages.get('smp-embed-builder')!.includes(name))).to.deep.equal([]);
  });

  it('feeds VS Code custom HTML data', async () => {
    const data = (await (await fetch('/dist/vscode.html-custom-data.json')).json()) as { tags: (Named & { attributes: Named[] })[] };
    expect(data.tags.map((t) => t.name).sort()).to.deep.equal([...Object.keys(EXPECTED), 'smp-embed-builder'].sort());
    for (const tag of data.tags.filter((t) => t.name !== 'smp-embed-builder')) expect(tag.attributes.map((a) => a.name)).to.include('config');
  });
});
