import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/index.js';
import * as checklistBuiltIn from '../../src/clinic-checklist/clinic-checklist.built-in.js';
import { shortlistStrings } from '../../src/clinic-checklist/shortlist/shortlist.strings.js';
import { checklistStrings } from '../../src/clinic-checklist/clinic-checklist.strings.js';
import { errorStrings } from '../../src/core/error-panel.js';
import { loadLocalePack } from '../../src/core/locale-packs.js';
import { checkProblemStrings } from '../../src/core/check-problems.js';
import { loadProblemStrings } from '../../src/core/problems.js';
import { srcProblemStrings } from '../../src/core/remote-config.js';
import { fill, SUPPORTED_LOCALES, type Locale, type StringTable } from '../../src/core/strings.js';
import { checklistContentKeys } from '../../src/clinic-checklist/clinic-checklist.model.js';
import { comparisonContentKeys } from '../../src/guarantee-comparison/guarantee-comparison.model.js';
import { explainerContentKeys } from '../../src/treatment-explainer/treatment-explainer.model.js';
import * as comparisonBuiltIn from '../../src/guarantee-comparison/guarantee-comparison.built-in.js';
import { comparisonStrings } from '../../src/guarantee-comparison/guarantee-comparison.strings.js';
import * as explainerBuiltIn from '../../src/treatment-explainer/treatment-explainer.built-in.js';
import { explainerStrings } from '../../src/treatment-explainer/treatment-explainer.strings.js';
import { expectRendered, shadowText } from '../shared/page-errors.js';

// The error panel's own strings and the wording of every config problem share the packs' `core` section.
const TABLES: Record<string, StringTable<string>> = {
  core: { 'en-GB': { ...errorStrings['en-GB'], ...loadProblemStrings['en-GB'], ...srcProblemStrings['en-GB'], ...checkProblemStrings['en-GB'] }, 'en-US': {} },
  // Shortlist mode's strings are a table of their own (its own chunk), in the same section of the packs.
  'clinic-checklist': { 'en-GB': { ...checklistStrings['en-GB'], ...shortlistStrings['en-GB'] }, 'en-US': { ...checklistStrings['en-US'], ...shortlistStrings['en-US'] } },
  'guarantee-comparison': comparisonStrings,
  'treatment-explainer': explainerStrings,
};
const PACKED = SUPPORTED_LOCALES.filter((locale) => !locale.startsWith('en')) as Locale[];

describe('locales', () => {
  for (const locale of PACKED) {
    it(`${locale} has every UI string of every widget, and no stray keys`, async () => {
      const pack = (await loadLocalePack(locale))!;
      for (const [section, table] of Object.entries(TABLES)) {
        const keys = Object.keys(table['en-GB']).sort();
        expect(Object.keys(pack[section] ?? {}).sort(), `${locale} ${section}`).to.deep.equal(keys);
        for (const [key, value] of Object.entries(pack[section]!)) {
          // Placeholders must survive translation.
          const placeholders = (table['en-GB'][key]!.match(/\{\w+\}/g) ?? []).sort();
          expect((value!.match(/\{\w+\}/g) ?? []).sort(), `${locale} ${section}.${key}`).to.deep.equal(placeholders);
        }
      }
    });
  }

  /**
   * Number words a text may use for a figure: "two" in English, and Arabic writes two of something as a dual,
   * with no digit («سنتين», two years). A number so written counts as that number.
   */
  const NUMBER_WORDS: Partial<Record<string, Record<string, number>>> = {
    'en-GB': { two: 2 },
    es: { dos: 2 },
    de: { zwei: 2 },
    fr: { deux: 2 },
    tr: { iki: 2 },
    ar: { سنتين: 2, سنتان: 2, شهرين: 2, شهران: 2, جلستين: 2, جلستان: 2, عامين: 2, عامان: 2, مرتين: 2, أسبوعين: 2, استوديوهين: 2 },
  };

  /** The whole numbers a text gives, written in digits or (unless `digitsOnly`) as number words, in order of size. */
  function numbersIn(text: string, locale: string, { digitsOnly = false } = {}): number[] {
    const numbers = (text.match(/\d+/g) ?? []).map(Number);
    for (const [word, value] of Object.entries(digitsOnly ? {} : (NUMBER_WORDS[locale] ?? {}))) {
      for (const _ of text.matchAll(new RegExp(`(^|[^\\p{L}])[وب]?${word}(?![\\p{L}])`, 'gu'))) numbers.push(value);
    }
    return [...new Set(numbers)].sort((a, b) => a - b);
  }

  const CONTENT: Record<string, Record<string, string>> = {
    'clinic-checklist-built-in': checklistContentKeys(checklistBuiltIn),
    'guarantee-comparison-built-in': comparisonContentKeys(comparisonBuiltIn),
    'treatment-explainer-built-in': explainerContentKeys(explainerBuiltIn),
  };
  for (const locale of PACKED) {
    it(`${locale} translates every entry of the built-in content`, async () => {
      const pack = (await loadLocalePack(locale))!;
      for (const [section, english] of Object.entries(CONTENT)) {
        expect(Object.keys(pack[section] ?? {}).sort(), `${locale} ${section}`).to.deep.equal(Object.keys(english).sort());
        for (const [key, text] of Object.entries(pack[section]!)) {
          // Figures carry the facts: the translation gives every number of the English, as a whole number (so
          // "24" is not "2"), and writes no figure in digits that the English does not give.
          const given = numbersIn(english[key]!, 'en-GB');
          expect(numbersIn(text!, locale), `${locale} ${section}.${key}: ${text}`).to.include.members(given);
          expect(given, `${locale} ${section}.${key}: ${text}`).to.include.members(numbersIn(text!, locale, { digitsOnly: true }));
        }
      }
    });
  }

  it('shows the built-in content in the reader’s language', async () => {
    const el = await fixture(html`<smp-clinic-checklist locale="es"></smp-clinic-checklist>`);
    await waitUntil(() => shadowText(el).includes('Antes de elegir una clínica de SMP'), 'no Spanish content');
    expect(shadowText(el)).to.include('Resultados cicatrizados');
  });

  it('changes the built-in content when the locale attribute changes, and back', async () => {
    const el = await fixture(html`<smp-clinic-checklist></smp-clinic-checklist>`);
    expect(shadowText(el)).to.include('Healed results');
    el.setAttribute('locale', 'es');
    await waitUntil(() => shadowText(el).includes('Resultados cicatrizados'), 'no Spanish content');
    el.setAttribute('locale', 'en-GB');
    await waitUntil(() => shadowText(el).includes('Healed results'), 'not back in English');
    expectRendered(el, '[part="item"]');
    expect(shadowText(el)).not.to.include('Resultados cicatrizados');
  });

  it('names the explainer’s comparison table in the reader’s language', async () => {
    const el = await fixture(html`<smp-treatment-explainer locale="es"></smp-treatment-explainer>`);
    await waitUntil(() => el.shadowRoot!.querySelector('caption')?.textContent === 'SMP o tricopigmentación', 'caption not in Spanish');
  });

  it('follows the nearest lang attribute when there is no locale attribute', async () => {
    const page = await fixture(html`<div lang="de-AT"><smp-clinic-checklist></smp-clinic-checklist></div>`);
    const el = page.firstElementChild!;
    await waitUntil(() => shadowText(el).includes('Alle Häkchen entfernen'), 'no German strings');
    expect(shadowText(el)).to.include('0 von 15 abgehakt');
  });

  it('prefers the locale attribute over lang', async () => {
    const page = await fixture(html`<div lang="de"><smp-clinic-checklist locale="fr"></smp-clinic-checklist></div>`);
    const el = page.firstElementChild!;
    await waitUntil(() => shadowText(el).includes('Tout décocher'), 'no French strings');
  });

  it('lays an Arabic widget out right to left on a left-to-right page, numbers written by Intl', async () => {
    const el = await fixture(html`<smp-clinic-checklist locale="ar"></smp-clinic-checklist>`);
    await waitUntil(() => shadowText(el).includes('نسخ الملخص'), 'no Arabic strings');
    const root = el.shadowRoot!.querySelector('.root')!;
    expect(getComputedStyle(root).direction).to.equal('rtl');
    expect(root.getAttribute('lang')).to.equal('ar');
    expect(shadowText(el)).to.include(`تم التحقق من ${(0).toLocaleString('ar')} من ${(15).toLocaleString('ar')}`);
    const box = el.getBoundingClientRect();
    const title = el.shadowRoot!.querySelector('h2')!.getBoundingClientRect();
    expect(box.right - title.right).to.be.below(box.width / 8);
    await expect(el).to.be.accessible();
  });

  it('words an Arabic checklist’s config problems in Arabic, field paths unchanged', async () => {
    const ar = (await loadLocalePack('ar'))!['core']!;
    const el = await fixture(html`<smp-clinic-checklist locale="ar" config='{"title": 42}'></smp-clinic-checklist>`);
    const message = fill(ar['wrongType']!, { expected: ar['kind.text']!, got: ar['kind.number']! });
    await waitUntil(() => shadowText(el).includes(message), 'the problem is not worded in Arabic');
    const item = el.shadowRoot!.querySelector('[part="error"] li')!;
    expect(item.querySelector('code')!.textContent).to.equal('title');
    expect(item.textContent).to.include(message).and.include('نص').and.include('رقم');
    expect(item.textContent).not.to.include(checkProblemStrings['en-GB'].wrongType.split(' ')[0]!);
    expect(shadowText(el)).to.include(ar['title']!);
  });

  it('words a German explainer’s unknown view in German', async () => {
    const de = (await loadLocalePack('de'))!['core']!;
    const el = await fixture(html`<smp-treatment-explainer locale="de" config='{"views":["faq"]}'></smp-treatment-explainer>`);
    const message = fill(de['oneOf']!, { values: '"compare", "transplant", "technician", "guide"', got: '"faq"' });
    await waitUntil(() => shadowText(el).includes(message), 'the problem is not worded in German');
    const item = el.shadowRoot!.querySelector('[part="error"] li')!;
    expect(item.querySelector('code')!.textContent).to.equal('views[0]');
    expect(item.textContent).to.include('erwartet').and.not.include('expected one of');
  });

  it('formats dates the locale’s way', async () => {
    const config = { clinics: [{ name: 'A', verified: '2026-09-30' }, { name: 'B' }] };
    const el = await fixture(html`<smp-guarantee-comparison locale="de" .config=${config}></smp-guarantee-comparison>`);
    await waitUntil(() => shadowText(el).includes('Zuletzt geprüft'), 'no German strings');
    expect(shadowText(el)).to.include('30.09.2026');
  });

  async function classicPage(script: string, setup = '', widget = '<smp-clinic-checklist locale="es"></smp-clinic-checklist>') {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script>window.warnings = []; console.warn = (...args) => window.warnings.push(args.join(' '));${setup}</script>
      ${widget}<script src="${location.origin}${script}"></script></body></html>`;
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const el = frame.contentDocument!.querySelector('smp-clinic-checklist')!;
    await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'not rendered');
    return { frame, el, warnings: (frame.contentWindow as unknown as { warnings: string[] }).warnings };
  }

  it('finds the packs beside the classic script, not beside the page', async () => {
    const { frame, el } = await classicPage('/dist/smp-widgets.iife.min.js');
    await waitUntil(() => shadowText(el).includes('Desmarcar todo'), 'no Spanish strings', { timeout: 5000 });
    frame.remove();
  });

  it('shows English where the pack cannot be loaded, saying so once', async () => {
    const { frame, el, warnings } = await classicPage('/test/embed/pages/no-packs/smp-widgets.iife.min.js');
    await waitUntil(() => warnings.some((text) => text.includes('"es" language pack could not be loaded')), 'no warning', { timeout: 5000 });
    expect(shadowText(el)).to.include('Clear all ticks');
    expect(warnings).to.have.length(1);
    frame.remove();
  });

  // A pack that 404s (the classic script served without its locales/ folder), and one the browser blocks: a
  // named address on another origin that sends no CORS header, as a CDN without CORS does.
  const failures = [
    { name: 'answers 404', script: '/test/embed/pages/no-packs/smp-widgets.iife.min.js', setup: '' },
    {
      name: 'is blocked by CORS',
      script: '/dist/smp-widgets.iife.min.js',
      setup: `window.smpLocalePackUrls = { ar: 'http://localhost:${location.port}/dist/locales/ar.js' };`,
    },
  ];
  for (const failure of failures) {
    it(`shows English, left to right, with one English line saying so, when the Arabic pack ${failure.name}; the ticks stay`, async () => {
      localStorage.setItem('smp-clinic-checklist:auto-f5b7a6', JSON.stringify({ version: 1, data: ['healed-work'] }));
      const { frame, el, warnings } = await classicPage(failure.script, failure.setup, '<smp-clinic-checklist locale="ar"></smp-clinic-checklist>');
      await waitUntil(() => warnings.some((text) => text.includes('"ar" language pack could not be loaded')), 'no warning', { timeout: 5000 });
      const root = el.shadowRoot!.querySelector('.root')!;
      await waitUntil(() => root.getAttribute('lang') !== 'ar', 'still marked as Arabic');
      expect(root.getAttribute('lang')).to.equal('en-GB');
      expect(getComputedStyle(root).direction).to.equal('ltr');
      expect(shadowText(el)).to.include('1 of 15').and.include('Clear all ticks');
      const note = el.shadowRoot!.querySelector('.language-note')!;
      expect(note.textContent!.trim()).to.equal('Arabic could not be loaded, so this is shown in English.');
      expect(el.shadowRoot!.querySelectorAll('input:checked')).to.have.length(1);
      expect(warnings).to.have.length(1);
      frame.remove();
      localStorage.removeItem('smp-clinic-checklist:auto-f5b7a6');
    });
  }

  it('takes each pack from the address the page names, where uploads have addresses of their own', async () => {
    // The classic script served from a folder without packs: only the named address can work.
    const { frame, el, warnings } = await classicPage(
      '/test/embed/pages/no-packs/smp-widgets.iife.min.js',
      `window.smpLocalePackUrls = { es: '${location.origin}/dist/locales/es.js' };`,
    );
    await waitUntil(() => shadowText(el).includes('Desmarcar todo'), 'no Spanish strings', { timeout: 5000 });
    expectRendered(el, '[part="item"]');
    expect(warnings).to.deep.equal([]);
    frame.remove();
  });
});
