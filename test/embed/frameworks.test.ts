import { expect, waitUntil } from '@open-wc/testing';

// Each widget mounted by React 19 and by Vue 3, in a page of its own: config passed as an object, the
// widget's events received through the framework's own event binding, with the widget script loaded
// before the framework renders and, separately, after. "Before" is the classic script in the head, which
// defines every element at once; the module loader defines an element only once its tag is in the page,
// so with it a framework needs the documented fix, like any script that arrives after the render.

const BUNDLE = `${location.origin}/dist/smp-widgets.min.js`;
const CLASSIC = `${location.origin}/dist/smp-widgets.iife.min.js`;

interface FrameworkWindow extends Window {
  received: { type: string; detail: unknown }[];
  mounted?: boolean;
}

const CONFIGS = {
  'smp-clinic-checklist': { title: 'From the framework', sections: [{ title: 'S', items: [{ id: 'a', label: 'A' }] }] },
  'smp-guarantee-comparison': { title: 'From the framework', clinics: [{ name: 'Fictional A', guarantee: { refund: 'full' } }, { name: 'Fictional B', guarantee: { refund: 'none' } }] },
  'smp-treatment-explainer': { title: 'From the framework', views: ['compare', 'guide'] },
};

/** How each widget is made to fire its event, and the event's name. */
const ACTIONS: Record<keyof typeof CONFIGS, { event: string; act: (root: ShadowRoot) => void }> = {
  'smp-clinic-checklist': { event: 'smp-checklist-change', act: (root) => root.querySelector<HTMLInputElement>('input')!.click() },
  'smp-guarantee-comparison': { event: 'smp-comparison-sort', act: (root) => root.querySelector<HTMLButtonElement>('button.sort')!.click() },
  'smp-treatment-explainer': { event: 'smp-explainer-view', act: (root) => root.querySelectorAll<HTMLButtonElement>('[role="tab"]')[1]!.click() },
};

const camel = (event: string) => event.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase());

type Framework = 'react' | 'vue';
type Binding = 'naive' | 'fixed';

/** The app each framework renders: the widget with its config object and an event listener. */
function appScript(framework: Framework, tag: string, event: string, binding: Binding): string {
  const config = JSON.stringify(CONFIGS[tag as keyof typeof CONFIGS]);
  if (framework === 'react') {
    // React 19 binds `on<event-name>` props to custom events. Before the element is defined it writes an
    // object prop as an attribute; the fix passes it as a property through a ref.
    const props =
      binding === 'naive'
        ? `{ config, 'on${event}': record }`
        : `{ ref: (el) => { if (el) el.config = config; }, 'on${event}': record }`;
    return `
      import { createElement, createRoot, flushSync } from '${location.origin}/__bundle/react.js';
      const config = ${config};
      const record = (e) => window.received.push({ type: e.type, detail: e.detail });
      flushSync(() => createRoot(document.getElementById('app')).render(createElement('${tag}', ${props})));
      window.mounted = true;`;
  }
  // Vue binds on<CamelCase> to the hyphenated event; the ".config" key is the render-function form of
  // the .prop modifier (v-bind:config.prop), which always sets the property.
  const key = binding === 'naive' ? 'config' : '.config';
  return `
    import { createApp, h } from '${location.origin}/__bundle/vue.js';
    const config = ${config};
    const record = (e) => window.received.push({ type: e.type, detail: e.detail });
    createApp({ render: () => h('${tag}', { '${key}': config, on${camel(event)}: record }) }).mount('#app');
    window.mounted = true;`;
}

async function openApp(framework: Framework, tag: string, binding: Binding, bundleFirst: boolean) {
  const { event } = ACTIONS[tag as keyof typeof CONFIGS];
  const frame = document.createElement('iframe');
  frame.width = '1000';
  frame.height = '700';
  const bundle = `<script src="${CLASSIC}"></script>`;
  frame.srcdoc = `<!doctype html><html><head>${bundleFirst ? bundle : ''}</head><body><div id="app"></div>
    <script>window.received = [];</script>
    <script type="module">${appScript(framework, tag, event, binding)}</script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as FrameworkWindow;
  await waitUntil(() => win.mounted, `${framework} did not mount`, { timeout: 5000 });
  if (!bundleFirst) {
    const script = frame.contentDocument!.createElement('script');
    script.type = 'module';
    script.src = BUNDLE;
    frame.contentDocument!.head.append(script);
  }
  const el = frame.contentDocument!.querySelector(tag)!;
  await waitUntil(() => el.shadowRoot?.querySelector('.widget, [role="alert"]'), 'widget did not render', { timeout: 5000 });
  return { frame, win, el, event };
}

describe('inside React 19 and Vue 3', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const framework of ['react', 'vue'] as const) {
    for (const tag of Object.keys(CONFIGS)) {
      it(`${framework}: ${tag} takes an object config and reports events, script loaded first`, async () => {
        const { win, el, event } = await openApp(framework, tag, 'naive', true);
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From the framework');
        ACTIONS[tag as keyof typeof CONFIGS].act(el.shadowRoot!);
        await waitUntil(() => win.received.length > 0, 'no event reached the framework');
        expect(win.received[0]!.type).to.equal(event);
      });

      it(`${framework}: ${tag} rendered before the script loads works with the documented fix`, async () => {
        const { win, el } = await openApp(framework, tag, 'fixed', false);
        expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('From the framework');
        ACTIONS[tag as keyof typeof CONFIGS].act(el.shadowRoot!);
        await waitUntil(() => win.received.length > 0, 'no event reached the framework');
      });
    }

    it(`${framework}: without the fix, a late script shows the panel that explains it`, async () => {
      const { el } = await openApp(framework, 'smp-clinic-checklist', 'naive', false);
      expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('Load the smp-widgets script before your framework renders');
    });
  }
});
