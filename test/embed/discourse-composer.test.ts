import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { shadowText } from '../shared/page-errors.js';

// The Discourse component's composer button (platforms/discourse/…/lib/smp-composer.js). Discourse's plugin
// API is stood in for by what the component calls: api.onToolbarCreate(callback) hands the callback a toolbar
// whose addButton({ id, group, icon, title, perform }) makes a button, and a click calls perform with the
// toolbar event, whose addText(text) inserts at the cursor (app/assets/javascripts/discourse/app/components/
// d-editor.js in Discourse 3.1; lib/composer/toolbar.js and components/d-editor.gjs today).

interface Button {
  id: string;
  group: string;
  icon: string;
  title: string;
  perform(event: { addText(text: string): void }): HTMLDialogElement;
}

interface Composer {
  addInsertButton(api: { onToolbarCreate(callback: (toolbar: { addButton(button: Button): void }) => void): void }, context: object): void;
  datasets(setting: string): { label: string; src: string }[];
  wrapBlock(options: { wrap: string; locale: string; src: string; text: string }): string;
}
interface Upgrade {
  upgradeWidgetBlocks(root: ParentNode): Element[];
}

const composer = (await import('/platforms/discourse/smp-clinic-widgets/javascripts/discourse/lib/smp-composer.js' as string)) as Composer;
const upgrade = (await import('/platforms/discourse/smp-clinic-widgets/javascripts/discourse/lib/smp-upgrade.js' as string)) as Upgrade;

type Translations = Record<string, { composer: Record<string, unknown> }>;
const translations = (await executeServerCommand('discourse-translations')) as Translations;

/** Discourse's I18n.t(themePrefix(key)) over locales/en.yml; a key the file lacks fails the test. */
function t(key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], translations.en);
  if (typeof value !== 'string') throw new Error(`locales/en.yml has no ${key}`);
  return value;
}

/** The button the component adds, given its settings. */
function insertButton(settings: Record<string, string>): Button {
  const buttons: Button[] = [];
  composer.addInsertButton({ onToolbarCreate: (callback) => callback({ addButton: (button) => buttons.push(button) }) }, { settings, t, title: 'theme_translations.7.composer.button', doc: document });
  expect(buttons).to.have.length(1);
  return buttons[0]!;
}

const origin = location.origin;
const settings = {
  smp_src_origins: '',
  smp_checklist_datasets: '',
  smp_comparison_datasets: `Clinics in this topic ${origin}/test/fixtures/guarantees.json|no address here|<img src=x onerror=alert(1)> ${origin}/test/fixtures/guarantees.json?v=2`,
  smp_explainer_datasets: '',
};

describe('Discourse composer: Insert a clinic widget', () => {
  afterEach(() => document.querySelectorAll('dialog').forEach((dialog) => dialog.remove()));

  it('is a button among the toolbar’s insertions, titled by the theme’s translation key', () => {
    const button = insertButton(settings);
    expect({ id: button.id, group: button.group, icon: button.icon, title: button.title }).to.deep.equal({
      id: 'smp-insert-widget',
      group: 'insertions',
      icon: 'clipboard-list',
      title: 'theme_translations.7.composer.button',
    });
    expect(t('composer.button')).to.equal('Insert a clinic widget');
  });

  it('lets a member choose the comparison, Spanish and a listed dataset by keyboard, and the post shows that widget', async () => {
    const textarea = await fixture<HTMLTextAreaElement>(html`<textarea class="d-editor-input"></textarea>`);
    const inserted: string[] = [];
    const dialog = insertButton(settings).perform({ addText: (text) => inserted.push(text) });
    expect(dialog.open).to.be.true;
    expect(dialog.querySelector('h2')!.textContent).to.equal('Insert a clinic widget');
    await expect(dialog).to.be.accessible();
    // The modal dialog starts on the first widget; the arrow keys move through the three.
    expect((document.activeElement as HTMLInputElement).value).to.equal('smp-checklist');
    expect(dialog.querySelector<HTMLElement>('#smp-insert-src')!.closest('p')!.hidden, 'the checklist has no datasets listed').to.be.true;
    await sendKeys({ press: 'ArrowDown' });
    expect((document.activeElement as HTMLInputElement).value).to.equal('smp-comparison');
    // The comparison's datasets: the admin's two entries with an address, the label kept as text.
    const data = dialog.querySelector<HTMLSelectElement>('#smp-insert-src')!;
    expect(data.closest('p')!.hidden).to.be.false;
    expect([...data.options].map((option) => option.textContent)).to.deep.equal(['Built-in content', 'Clinics in this topic', '<img src=x onerror=alert(1)>']);
    expect(dialog.querySelector('img')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.id).to.equal('smp-insert-locale');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect((document.activeElement as HTMLSelectElement).value).to.equal('es');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    expect(data.value).to.equal(`${origin}/test/fixtures/guarantees.json`);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement!.textContent).to.equal('Insert');
    await sendKeys({ press: 'Enter' });

    expect(dialog.isConnected, 'the dialog stayed in the page').to.be.false;
    expect(document.activeElement === textarea, 'focus did not go back to the composer').to.be.true;
    const fallback = t('composer.comparison.fallback');
    expect(inserted).to.deep.equal([`\n[wrap=smp-comparison src="${origin}/test/fixtures/guarantees.json" locale="es"]\n${fallback}\n[/wrap]\n`]);
    expect(fallback).to.include('General information, not medical advice');

    // What Discourse cooks of that block: its wrap rule (discourse-markdown-it's bbcode-block.js,
    // applyDataAttributes) writes the wrap name as data-wrap and each other attribute as data-<key>, sorted,
    // with the value HTML-escaped and its quotes gone; the single line inside becomes a paragraph.
    const cooked = await fixture<HTMLElement>(html`<div class="cooked"></div>`);
    const block = Object.assign(document.createElement('div'), { className: 'd-wrap' });
    block.setAttribute('data-locale', 'es');
    block.setAttribute('data-src', `${origin}/test/fixtures/guarantees.json`);
    block.setAttribute('data-wrap', 'smp-comparison');
    block.append(Object.assign(document.createElement('p'), { textContent: fallback }));
    cooked.append(block);
    const [widget] = upgrade.upgradeWidgetBlocks(cooked) as HTMLElement[];
    await import('../../src/index.js');
    await waitUntil(() => shadowText(widget!).includes('Example Clinic North') && shadowText(widget!).includes('Duración de la garantía'), 'the comparison did not show the dataset in Spanish', { timeout: 5000 });
  });

  it('inserts nothing when the member presses Escape, and leaves the page as it was', async () => {
    const textarea = await fixture<HTMLTextAreaElement>(html`<textarea class="d-editor-input"></textarea>`);
    const inserted: string[] = [];
    const dialog = insertButton(settings).perform({ addText: (text) => inserted.push(text) });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.isConnected, 'the dialog stayed after Escape');
    expect(inserted).to.deep.equal([]);
    expect(document.activeElement === textarea).to.be.true;
  });

  it('keeps to the built-in content and the forum’s language unless the member chooses otherwise', async () => {
    const inserted: string[] = [];
    const dialog = insertButton({ ...settings, smp_comparison_datasets: '' }).perform({ addText: (text) => inserted.push(text) });
    dialog.querySelector<HTMLInputElement>('input[value="smp-explainer"]')!.click();
    dialog.querySelector<HTMLButtonElement>('button[value="insert"]')!.click();
    await waitUntil(() => !dialog.isConnected);
    expect(inserted).to.deep.equal([`\n[wrap=smp-explainer]\n${t('composer.explainer.fallback')}\n[/wrap]\n`]);
  });

  it('reads the admin’s list: a label and an address per entry, entries without an http(s) address left out', () => {
    expect(composer.datasets('North https://data.example.org/a.json|https://data.example.org/b.json|ftp://x.example/c|')).to.deep.equal([
      { label: 'North', src: 'https://data.example.org/a.json' },
      { label: 'https://data.example.org/b.json', src: 'https://data.example.org/b.json' },
    ]);
    expect(composer.datasets(undefined as unknown as string)).to.deep.equal([]);
  });

  it('is translated into each language the widgets ship, key for key, each fallback text ending with the general-information note', () => {
    const keys = (node: unknown, path = ''): string[] =>
      typeof node === 'object' && node ? Object.entries(node).flatMap(([key, value]) => keys(value, `${path}${key}.`)) : [path.slice(0, -1)];
    const english = keys(translations['en']).sort();
    expect(Object.keys(translations).sort()).to.deep.equal(['ar', 'de', 'en', 'es', 'fr', 'tr']);
    for (const [language, table] of Object.entries(translations)) {
      expect(keys(table).sort(), language).to.deep.equal(english);
      const widgets = ['checklist', 'comparison', 'explainer'].map((key) => table.composer[key] as { fallback: string });
      const endings = new Set(widgets.map(({ fallback }) => fallback.slice(fallback.lastIndexOf('. ') + 2)));
      expect(endings.size, `${language}: the fallback texts end alike`).to.equal(1);
    }
  });

  it('writes a block whose values cannot end their quotes or the tag, and whose text cannot close it', () => {
    const block = composer.wrapBlock({ wrap: 'smp-checklist', locale: '', src: 'https://x.example/a"b]c.json', text: 'Text [/wrap] more' });
    expect(block).to.equal('\n[wrap=smp-checklist src="https://x.example/abc.json"]\nText  more\n[/wrap]\n');
  });
});
