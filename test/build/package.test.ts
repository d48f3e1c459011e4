import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// The package as an app's developer gets it: packed, installed from the tarball, imported in Node and
// bundled with esbuild (test/runner/consumer-app.mjs does that on the server). Each entry must register what
// docs/embedding.md (and the README's bundler snippet) says it does.

interface EntryResult {
  specifier: string;
  bytes: number;
  node: { tags: string[]; error?: string };
}

const CHECKLIST = 'smp-clinic-checklist';
const COMPARISON = 'smp-guarantee-comparison';
const EXPLAINER = 'smp-treatment-explainer';
const TAGS = [CHECKLIST, COMPARISON, EXPLAINER];

/** The docs' promise: app file name → the elements its import registers. */
const REGISTERS: Record<string, string[]> = {
  main: TAGS,
  'clinic-checklist': [CHECKLIST],
  'guarantee-comparison': [COMPARISON],
  'treatment-explainer': [EXPLAINER],
  'clinic-checklist-element': [],
  'guarantee-comparison-element': [],
  'treatment-explainer-element': [],
  'clinic-checklist-schema': [],
  'guarantee-comparison-schema': [],
  'treatment-explainer-schema': [],
};

const FALLBACK = 'Fallback text for readers without the script.';

interface AppWindow extends Window {
  HTMLElement: typeof HTMLElement;
  smpExports?: Record<string, unknown>;
}

/** A page with the three elements and one app bundle, as the app's own HTML would have them. */
async function openApp(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '900';
  frame.height = '700';
  const elements = TAGS.map((tag) => `<${tag}>${FALLBACK}</${tag}>`).join('\n');
  frame.srcdoc = `<!doctype html><html lang="en"><body>${elements}
    <script type="module" src="${location.origin}/__consumer/${name}.js"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  await waitUntil(() => (frame.contentWindow as AppWindow).smpExports, `the ${name} bundle did not run`, { timeout: 5000 });
  return frame;
}

/** A widget that upgraded and rendered its built-in content: a heading and the general-information note. */
async function expectRendered(el: Element): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('h2')?.textContent?.trim(), `${el.localName} showed no heading`, { timeout: 5000 });
  const root = el.shadowRoot!;
  expect(root.querySelector('[role="alert"]'), `${el.localName} shows an error panel`).to.equal(null);
  expect(root.textContent, el.localName).to.include('not medical advice');
}

describe('package.json', () => {
  it('matches the lockfile, so a fresh install rewrites nothing', async () => {
    const manifest = (await (await fetch('/package.json')).json()) as Record<string, unknown>;
    const lock = (await (await fetch('/package-lock.json')).json()) as { packages: Record<string, Record<string, unknown>> };
    const root = lock.packages['']!;
    for (const key of ['name', 'version', 'license', 'engines', 'dependencies', 'devDependencies']) expect(root[key], key).to.deep.equal(manifest[key]);
  });
});

describe('the package installed into an app from its tarball', function () {
  // Packing and installing take a few seconds, once per run.
  this.timeout(120000);
  let entries: Record<string, EntryResult>;
  let command: { status: number; stderr: string };

  before(async () => {
    ({ entries, command } = (await executeServerCommand('consumer-app')) as { entries: Record<string, EntryResult>; command: typeof command });
  });

  it('installs the smp-widgets command, which names the packages pre-rendering needs when they are missing', () => {
    expect(command.status).to.equal(1);
    expect(command.stderr).to.include('npm install @lit-labs/ssr parse5');
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('offers every entry the docs name', () => {
    expect(Object.keys(entries).sort()).to.deep.equal(Object.keys(REGISTERS).sort());
  });

  for (const [name, tags] of Object.entries(REGISTERS)) {
    it(`in Node, importing ${name} registers ${tags.length ? tags.join(', ') : 'no element'}`, () => {
      const { specifier, node } = entries[name]!;
      expect(node.error, `${specifier} threw in Node, on import or in its elements' constructor, willUpdate or render`).to.equal(undefined);
      expect(node.tags, specifier).to.deep.equal(tags);
    });

    it(`bundled with esbuild, ${name} upgrades ${tags.length ? tags.join(', ') : 'no element'} and leaves the rest as fallback text`, async () => {
      const frame = await openApp(name);
      const doc = frame.contentDocument!;
      for (const tag of TAGS) {
        const el = doc.querySelector(tag)!;
        if (tags.includes(tag)) {
          expect(frame.contentWindow!.customElements.get(tag), tag).to.exist;
          await expectRendered(el);
        } else {
          expect(frame.contentWindow!.customElements.get(tag), tag).to.equal(undefined);
          expect(el.shadowRoot, tag).to.equal(null);
          expect(el.textContent).to.equal(FALLBACK);
        }
      }
    });
  }

  for (const tag of TAGS) {
    const name = `${tag.replace(/^smp-/, '')}-schema`;
    it(`${name} gives the zod schema of the widget's config, which checks a config as the widget does`, async () => {
      const frame = await openApp(name);
      const schemas = Object.values((frame.contentWindow as AppWindow).smpExports!) as { '~standard'?: { validate(value: unknown): { issues?: unknown[] } } }[];
      const schema = schemas.find((value) => value?.['~standard']);
      expect(schema, `${name} exports no schema`).to.exist;
      expect(schema!['~standard']!.validate({}).issues, 'an empty config').to.equal(undefined);
      expect(schema!['~standard']!.validate({ title: 5 }).issues, 'a title that is a number').to.have.length(1);
    });
  }

  for (const tag of TAGS) {
    const name = `${tag.replace(/^smp-/, '')}-element`;
    it(`${name} gives the class, which an app can register under a tag of its own`, async () => {
      const frame = await openApp(name);
      const win = frame.contentWindow as AppWindow;
      const element = Object.values(win.smpExports!).find((value) => typeof value === 'function' && win.HTMLElement.isPrototypeOf(value));
      expect(element, `${name} exports no element class`).to.exist;
      win.customElements.define(`my-${tag}`, element as CustomElementConstructor);
      const el = frame.contentDocument!.createElement(`my-${tag}`);
      frame.contentDocument!.body.append(el);
      await expectRendered(el);
    });
  }
});
