import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { testPage } from '../../src/builder/builder.model.js';
import { shadowText } from '../shared/page-errors.js';

// The release zip (`npm run release`), unpacked as a site owner would and uploaded to /smp-widgets/ of this
// test server; its builder and a test page are also opened from disk (test/runner/release-check.mjs).

interface Release {
  files: string[];
  integrity: Record<string, string>;
  /** The XenForo BB codes file the release writes beside the zips. */
  xenforoBbCodes: string;
}

interface FromDisk {
  builder: { defined: boolean; preview: string | null; snippet: string | null };
  pages: Record<string, { rendered: boolean; heading: string | null; fallback: string | null }>;
}

async function frameOf(src: { url?: string; html?: string }): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.width = '1200';
  frame.height = '900';
  if (src.url) frame.src = src.url;
  else frame.srcdoc = src.html!;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame;
}

describe('the release zip', function () {
  this.timeout(60000);
  let release: Release;

  before(async () => {
    release = (await executeServerCommand('release')) as Release;
  });
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('holds the drop-in files, language packs, CSS, schemas, the builder page and a README with the hashes', async () => {
    // The stylesheets pre-rendered widgets link, at the address the pre-rendering command links by default.
    expect(release.files).to.include.members(['smp-widgets/styles/smp-clinic-checklist.css', 'smp-widgets/styles/smp-guarantee-comparison.css', 'smp-widgets/styles/smp-treatment-explainer.css']);
    expect(release.files).to.include.members([
      'smp-widgets/smp-widgets.min.js',
      'smp-widgets/smp-widgets.iife.min.js',
      'smp-widgets/smp-clinic-checklist.min.js',
      'smp-widgets/smp-guarantee-comparison.min.js',
      'smp-widgets/smp-treatment-explainer.min.js',
      'smp-widgets/chunks/smp-clinic-checklist.js',
      'smp-widgets/chunks/smp-guarantee-comparison.js',
      'smp-widgets/chunks/smp-treatment-explainer.js',
      'smp-widgets/locales/ar.js',
      'smp-widgets/locales/es.js',
      'smp-widgets/smp-reserve-space.css',
      'smp-widgets/schema/guarantee-comparison.schema.json',
      'smp-widgets/builder.html',
      'smp-widgets/smp-embed-builder.iife.min.js',
      'smp-widgets/README.txt',
      'smp-widgets/LICENSE.txt',
    ]);
    expect(release.files.filter((file) => file.includes('/esm/') || file.endsWith('.d.ts'))).to.deep.equal([]);
    const readme = await (await fetch('/smp-widgets/README.txt')).text();
    for (const [file, hash] of Object.entries(release.integrity)) expect(readme).to.include(`${file}\n    ${hash}`);
  });

  it('lists hashes that match the files, so browsers accept them', async () => {
    for (const [file, hash] of Object.entries(release.integrity)) {
      const digest = await crypto.subtle.digest('SHA-384', await (await fetch(`/smp-widgets/${file}`)).arrayBuffer());
      expect(`sha384-${btoa(String.fromCharCode(...new Uint8Array(digest)))}`, file).to.equal(hash);
    }
  });

  // The release's builder page carries the build's list of hashes; the builder `npm start` serves from the sources
  // reads the build's integrity.json under /dist/, whose files the dev server rewrites as it serves them.
  const builders = { 'the release’s builder page': '/smp-widgets/builder.html', 'the builder `npm start` serves': '/demo/builder.html' };
  for (const [name, url] of Object.entries(builders)) {
    it(`gives, from ${name}, a snippet that renders the preview when pasted as it is into a page of the site`, async () => {
      const frame = await frameOf({ url });
      const builder = frame.contentDocument!.querySelector('smp-embed-builder')!;
      await waitUntil(() => builder.shadowRoot?.querySelector<HTMLTextAreaElement>('#snippet')?.value.includes('integrity'), 'the builder gave no snippet', { timeout: 10000 });
      const snippet = builder.shadowRoot!.querySelector<HTMLTextAreaElement>('#snippet')!.value;
      expect(snippet).to.include(`src="/smp-widgets/smp-widgets.min.js" integrity="${release.integrity['smp-widgets.min.js']}"`);
      const shown = builder.shadowRoot!.querySelector('.preview')!.firstElementChild!;
      await waitUntil(() => shown.shadowRoot?.querySelector('.widget'), 'the builder shows no preview');

      const pasted = await frameOf({ html: `<!doctype html><html lang="en-GB"><body>${snippet}</body></html>` });
      const el = pasted.contentDocument!.querySelector('smp-clinic-checklist')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.widget'), 'the pasted snippet did not render (integrity refused?)', { timeout: 5000 });
      expect(shadowText(el)).to.equal(shadowText(shown));
    });
  }

  it('opens its builder from disk, and a classic test page beside the folder renders there; a module one shows its fallback', async () => {
    const config = { title: 'Tested from disk' };
    const result = (await executeServerCommand('release-from-disk', {
      pages: {
        classic: testPage('smp-clinic-checklist', config, { locale: 'en-GB', theme: 'light', classic: true }),
        module: testPage('smp-clinic-checklist', config, { locale: 'en-GB', theme: 'light', classic: false }),
      },
    })) as FromDisk;
    expect(result.builder.defined).to.be.true;
    expect(result.builder.preview).to.equal('Before you choose an SMP clinic');
    expect(result.builder.snippet).to.include(release.integrity['smp-widgets.min.js']);
    expect(result.pages['classic']).to.deep.include({ rendered: true, heading: 'Tested from disk' });
    // What the builder says: browsers do not run module scripts from file://, so readers get the fallback.
    expect(result.pages['module']).to.deep.include({ rendered: false });
    expect(result.pages['module']!.fallback).to.include('Tested from disk.');
  });

  // XenForo's importer (src/XF/Service/BbCode/ImportService.php in XenForo 2.3, Import.php in 2.0) takes a file
  // whose root is <bb_codes>, reads these attributes of each <bb_code> (a missing one becomes ''), its title
  // attribute and its CDATA children; the BbCode entity (src/XF/Entity/BbCode.php) allows the values checked.
  it('writes XenForo BB codes that XenForo’s importer reads: an editor icon each, signatures off, and replacements that render', async () => {
    const xml = new DOMParser().parseFromString(release.xenforoBbCodes, 'application/xml');
    expect(xml.querySelector('parsererror')?.textContent ?? 'parsed').to.equal('parsed');
    expect(xml.documentElement.localName).to.equal('bb_codes');
    const columns = ['bb_code_id', 'bb_code_mode', 'has_option', 'option_regex', 'allow_empty', 'allow_signature', 'editor_icon_type', 'editor_icon_value', 'title'];
    const codes = [...xml.documentElement.children].map((node) => ({
      ...Object.fromEntries(columns.map((name) => [name, node.getAttribute(name) ?? ''])),
      ...Object.fromEntries(['desc', 'example', 'replace_html', 'replace_html_email', 'replace_text'].map((name) => [name, node.querySelector(name)?.textContent ?? ''])),
    })) as Record<string, string>[];
    expect(codes.map((code) => code['bb_code_id'])).to.deep.equal(['smpchecklist', 'smpcomparison', 'smpexplainer', 'smplang', 'smpid']);
    for (const code of codes) {
      expect(code['bb_code_id'], 'alphanumeric, at most 25 characters').to.match(/^[a-z0-9]{1,25}$/);
      expect(code['bb_code_mode']).to.equal('replace');
      expect(['yes', 'optional']).to.include(code['has_option']);
      expect(code['allow_signature'], `${code['bb_code_id']} allowed in signatures`).to.equal('0');
      expect(code['editor_icon_type']).to.equal('fa');
      expect(code['editor_icon_value']).to.match(/^[a-z][a-z-]{1,149}$/);
      expect(code['title']!.length).to.be.greaterThan(0);
      expect(code['desc']!.length).to.be.greaterThan(0);
      expect(code['replace_text']).to.equal('{text}');
    }
    // XenForo fills a replacement with strtr: {option} HTML-escaped, {text} as it rendered the text.
    const [checklist, comparison, explainer, lang] = codes;
    const fill = (code: Record<string, string>, option: string, text: string) => code['replace_html']!.replaceAll('{option}', option).replaceAll('{text}', text);
    const post = fill(lang!, 'es', fill(comparison!, `${location.origin}/test/fixtures/guarantees.json`, 'Fallback')) + fill(checklist!, '', '') + fill(explainer!, '', 'Fallback');
    const frame = await frameOf({ html: `<!doctype html><html lang="en-GB"><body>${post}<script src="/smp-widgets/smp-widgets.iife.min.js"></script></body></html>` });
    const widgets = [...frame.contentDocument!.querySelectorAll<HTMLElement>('smp-guarantee-comparison, smp-clinic-checklist, smp-treatment-explainer')];
    expect(widgets).to.have.length(3);
    await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('.widget')), 'a widget from the imported BB codes did not render', { timeout: 10000 });
    await waitUntil(() => shadowText(widgets[0]!).includes('Duración de la garantía'), 'the comparison inside [smplang=es] is not in Spanish', { timeout: 5000 });
  });

  // What README.txt offers a site that verifies every byte: the browser checks each chunk the loader imports.
  // Last in this file: Chromium remembers a chunk that failed its check for the rest of the session.
  for (const tampered of [false, true]) {
    it(`checks the loader's chunks against an import map's integrity${tampered ? ': a wrong hash stops the chunk' : ''}`, async () => {
      const readme = await (await fetch('/smp-widgets/README.txt')).text();
      const map = JSON.parse(/<script type="importmap">\s*([\s\S]*?)\s*<\/script>/.exec(readme)![1]!) as { integrity: Record<string, string> };
      expect(Object.keys(map.integrity)).to.include('/smp-widgets/chunks/smp-clinic-checklist.js');
      if (tampered) map.integrity['/smp-widgets/chunks/smp-clinic-checklist.js'] = `sha384-${btoa('x'.repeat(48))}`;
      const frame = await frameOf({
        html: `<!doctype html><script type="importmap">${JSON.stringify(map)}</script>
          <script type="module" src="/smp-widgets/smp-widgets.min.js" integrity="${release.integrity['smp-widgets.min.js']}"></script>
          <smp-clinic-checklist>Fallback</smp-clinic-checklist>`,
      });
      const el = frame.contentDocument!.querySelector('smp-clinic-checklist')!;
      await waitUntil(() => el.shadowRoot?.querySelector('.widget, [role="alert"]'), 'nothing rendered', { timeout: 10000 });
      if (tampered) expect(el.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.include('could not be loaded');
      else expect(el.shadowRoot!.querySelector('.widget')).to.exist;
    });
  }
});
