import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

// One list of widgets (src/widgets.ts) feeds the loader, the build, the server and the framework typings: a
// fourth widget added to the list, in a copy of the project, is loaded, pre-rendered and typed with no other edit.

interface FakeWidgetBuild {
  prerendered: string;
  typeErrors: string;
  stylesheets: string[];
  error?: string;
  pending?: true;
}

describe('the widget list', function () {
  this.timeout(120000);
  let build: FakeWidgetBuild;

  before(async () => {
    // The build runs in the test runner's process; each command answers within seconds, so the result is asked for
    // until it is there.
    await executeServerCommand('fake-widget-build');
    let result: FakeWidgetBuild = { pending: true } as FakeWidgetBuild;
    while (result.pending) result = (await executeServerCommand('fake-widget-result')) as FakeWidgetBuild;
    if (result.error) throw new Error(`the copy with a fourth widget did not build: ${result.error}`);
    build = result;
  });

  it('has the drop-in loader load a widget added to the list', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<smp-fake-widget config='{"greeting":"Loaded hello"}'></smp-fake-widget><script type="module" src="${location.origin}/tmp/fake-widget/dist/smp-widgets.min.js"></script>`;
    document.body.append(frame);
    try {
      await waitUntil(() => frame.contentDocument?.querySelector('smp-fake-widget')?.shadowRoot?.querySelector('.widget'), 'the fourth widget never rendered', { timeout: 10000 });
      expect(frame.contentDocument!.querySelector('smp-fake-widget')!.shadowRoot!.querySelector('.widget')!.textContent).to.equal('Loaded hello');
    } finally {
      frame.remove();
    }
  });

  it('has the server pre-render it and write its stylesheet', () => {
    const start = build.prerendered.indexOf('<smp-fake-widget');
    expect(start, 'the page lost the widget').to.be.greaterThan(-1);
    const widget = build.prerendered.slice(start);
    expect(/^<smp-fake-widget [^>]*><template [^>]*shadowrootmode="open">/.test(widget), 'no shadow root right inside the widget').to.equal(true);
    expect(widget).to.include('Pre-rendered hello');
    expect(widget).to.include('href="/smp-widgets/styles/smp-fake-widget.css"');
    expect(build.stylesheets).to.include('smp-fake-widget.css');
  });

  it('types it for React apps', () => {
    expect(build.typeErrors).to.equal('');
  });
});
