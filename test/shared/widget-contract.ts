import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import type { ReactiveElement } from 'lit';
import { emulateMedia } from '@web/test-runner-commands';
import { unsafeStatic } from 'lit/static-html.js';
import { defineElement, type VersionedElement } from '../../src/core/define.js';
import { loadLocalePack } from '../../src/core/locale-packs.js';
import { MAX_LENGTH } from '../../src/core/limits.js';
import { fill, SUPPORTED_LOCALES } from '../../src/core/strings.js';
import { expectRendered, panelText, settle, shadowText, watchEachTest } from './page-errors.js';
import { splitWords } from './split-words.js';

/** A widget's text keeps its own typography whatever the page sets: legible size, spacing, case, line height. */
export function expectOwnTypography(style: CSSStyleDeclaration, label: string): void {
  expect(parseFloat(style.fontSize), label).to.be.at.least(14);
  expect(style.letterSpacing).to.equal('normal');
  expect(style.textTransform).to.equal('none');
  expect(style.wordSpacing).to.equal('0px');
  expect(parseFloat(style.lineHeight)).to.be.below(parseFloat(style.fontSize) * 2);
}

export interface WidgetContract {
  tag: string;
  /** The module that registers the tag, loaded again under another URL to test double loading. */
  registerModule: string;
  /** A valid config that renders more than the defaults do. */
  validConfig: object;
  /** A config with one wrong field, and the text the error panel must show for it. */
  invalidConfig: { config: object; expected: string };
  /** Addresses of the demo's configs for this widget, read like the built-in content (none by default). */
  demoConfigs?: string[];
  /** Shows each of the widget's views in turn and yields its name (by default the one view it has). */
  eachView?: (el: HTMLElement) => AsyncIterable<string>;
  /**
   * Configs, by name, that put the long texts in every field the widget shows, in each of its modes, each within
   * its field's limit; and one named "the error panel" whose problem quotes a long word.
   */
  longTextConfigs: (long: LongTexts) => Record<string, object>;
  /** The part of a config where a site gives its own disclaimer words (added to `validConfig`). */
  siteDisclaimer: (words: string) => object;
}

/** Text as people paste it, with no place to break a line. */
export interface LongTexts {
  /** A 200-letter word, for fields of running text and labels. */
  word: string;
  /** A 120-letter word, the longest a title takes. */
  title: string;
  /** A 120-character web address. */
  url: string;
  /** An 80-character clinic name, the longest the shortlist's name box takes. */
  name: string;
}

export const LONG: LongTexts = {
  word: 'Haarpigmentierungsnachbehandlungsgarantiebedingungen'.repeat(4).slice(0, 200),
  title: 'Haarpigmentierungsnachbehandlungsgarantiebedingungen'.repeat(3).slice(0, 120),
  url: `https://www.example.com/smp/${'before-and-after-healed-results-'.repeat(3)}`.padEnd(120, 'x'),
  name: `FictionalScalpMicropigmentationStudio${'Z'.repeat(80)}`.slice(0, 80),
};

/**
 * Where a widget's content sticks out of the widget: its own box grows wider than its column, or something in
 * it reaches past its edges, outside a box that scrolls on its own (a wide table's frame). Undefined when
 * all of it stays inside.
 */
function overflowOf(el: Element): string | undefined {
  const root = el.shadowRoot!.querySelector('.root')!;
  const box = root.getBoundingClientRect();
  if (el.getBoundingClientRect().width > el.parentElement!.getBoundingClientRect().width + 0.5) return 'the widget is wider than its column';
  if (root.scrollWidth > root.clientWidth + 1) {
    const scrolls = (node: Element) => node !== root && ['auto', 'scroll'].includes(getComputedStyle(node).overflowX);
    const outside = [...root.querySelectorAll('*')].filter((node) => {
      const rect = node.getBoundingClientRect();
      if (rect.width === 0 || (rect.right <= box.right + 1 && rect.left >= box.left - 1)) return false;
      for (let up = node.parentElement; up && up !== root; up = up.parentElement) if (scrolls(up)) return false;
      return true;
    });
    // The innermost of them, the widest first: what widens the rest.
    const [culprit] = outside
      .filter((node) => !outside.some((other) => other !== node && node.contains(other)))
      .sort((a, b) => b.getBoundingClientRect().width - a.getBoundingClientRect().width);
    return `content ${root.scrollWidth - root.clientWidth}px wider than the widget, from <${culprit?.localName}.${culprit?.className}> ${culprit?.textContent?.trim().slice(0, 30)}`;
  }
  return undefined;
}

async function* onlyView(): AsyncIterable<string> {
  yield 'the widget';
}

/** Rendered at its measured width: the width controllers re-render one frame after they measure. */
export async function laidOut(el: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await nextFrame();
    await (el as ReactiveElement).updateComplete;
  }
}

// Configs any widget must refuse without throwing: broken JSON, wrong top-level kinds, hostile shapes.
const GARBAGE = ['{', '{"a":}', '[]', 'null', '42', '"text"', 'true', '[object Object]', '{"__proto__": {"x": 1}, "title": [1]}'];

const luminance = (color: string) => {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number);
  return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
};

const noOverflow = (el: Element) => {
  expectRendered(el, '.widget');
  const root = el.shadowRoot!.querySelector('.root')!;
  expect(root.scrollWidth, 'content wider than the widget').to.be.at.most(root.clientWidth + 1);
  expect(el.getBoundingClientRect().width).to.be.at.most(el.parentElement!.getBoundingClientRect().width + 0.5);
};

/** The checks every widget passes, whatever it shows. Each widget's test file runs it with one call. */
export function runWidgetContract({ tag, registerModule, validConfig, invalidConfig, demoConfigs = [], eachView = onlyView, longTextConfigs, siteDisclaimer }: WidgetContract): void {
  const tagName = unsafeStatic(tag);

  describe(`${tag}: what every widget guarantees`, () => {
    const watched = watchEachTest();

    it('is accessible with the built-in content', async () => {
      const el = await fixture(html`<${tagName}></${tagName}>`);
      expect(shadowText(el)).to.include('not medical advice');
      await expect(el).to.be.accessible();
    });

    // The general-information note is the widget's own: a site's disclaimer adds words beside it, and an empty
    // one or other words never take its place.
    for (const words of ['', '   ', 'Enjoy!']) {
      it(`always shows its general-information note, whatever the site’s disclaimer (${JSON.stringify(words)})`, async () => {
        const el = await fixture(html`<${tagName} .config=${{ ...validConfig, ...siteDisclaimer(words) }}></${tagName}>`);
        await settle(el);
        const note = el.shadowRoot!.querySelector('[part="disclaimer"]')?.textContent?.replace(/\s+/g, ' ') ?? 'no note';
        expect(note).to.include('General information, not medical advice');
        expect(note).to.include('qualified clinician');
        if (words.trim()) expect(note).to.include(words.trim());
        expect(watched.errors.messages).to.deep.equal([]);
      });
    }

    it('prints its general-information note', async () => {
      const el = await fixture(html`<${tagName} .config=${validConfig}></${tagName}>`);
      await settle(el);
      await emulateMedia({ media: 'print' });
      try {
        expect(Boolean(el.shadowRoot!.querySelector('[part="disclaimer"]')?.checkVisibility())).to.be.true;
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('is accessible with a custom config', async () => {
      const el = await fixture(html`<${tagName} .config=${validConfig}></${tagName}>`);
      expectRendered(el, '.widget');
      await expect(el).to.be.accessible();
    });

    for (const text of GARBAGE) {
      it(`shows an error panel for the config ${text}, logs once and throws nothing`, async () => {
        const el = await fixture(html`<${tagName} config=${text}></${tagName}>`);
        await settle(el);
        const panel = el.shadowRoot!.querySelector('[role="alert"]');
        expect(panel, 'error panel').to.exist;
        expect(watched.errors.messages).to.have.length(1);
        expect(watched.errors.messages[0]).to.include(tag);
        expect(watched.pageErrors.count()).to.equal(0);
      });
    }

    it('refuses a 50,000-character title, naming the field and the limit, in English and Arabic', async () => {
      const ar = (await loadLocalePack('ar'))!['core']!;
      for (const [locale, wording] of [['en-GB', 'expected at most {maximum} characters'], ['ar', ar['textTooLong']!]] as const) {
        const el = await fixture(html`<${tagName} locale=${locale} .config=${{ title: 'A'.repeat(50_000) }}></${tagName}>`);
        await settle(el);
        const item = el.shadowRoot!.querySelector('[part="error"] li');
        expect(item?.querySelector('code')!.textContent, locale).to.equal('title');
        expect(item!.textContent).to.include(fill(wording, { maximum: String(MAX_LENGTH.title) }));
      }
      expect(watched.errors.messages).to.have.length(2);
    });

    it('names the failing field path in the panel and the console', async () => {
      const el = await fixture(html`<${tagName} .config=${invalidConfig.config}></${tagName}>`);
      expect(panelText(el)).to.include(invalidConfig.expected);
      expect(watched.errors.messages.join()).to.include(invalidConfig.expected);
      // A list that looks like one, as in the panel of a config from `src`: each problem has its bullet.
      const item = el.shadowRoot!.querySelector('[part="error"] li')!;
      expect(getComputedStyle(item).listStyleType).to.equal('disc');
      expect(item.getBoundingClientRect().left - el.shadowRoot!.querySelector('[part="error"] ul')!.getBoundingClientRect().left).to.be.above(8);
      await expect(el).to.be.accessible();
    });

    it('keeps other widgets on the page working when one is broken', async () => {
      const page = await fixture(html`<div><${tagName} config="{"></${tagName}><${tagName}></${tagName}></div>`);
      const [broken, working] = [...page.children];
      await (working as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(broken!.shadowRoot!.querySelector('[role="alert"]')).to.exist;
      expectRendered(working!, '.widget');
      expect(working!.shadowRoot!.querySelector('[role="alert"]')).to.be.null;
      expect(shadowText(working!)).to.include('not medical advice');
    });

    it('lays out left to right in English on a right-to-left page', async () => {
      const page = await fixture(html`<div dir="rtl" lang="ar"><${tagName} locale="en-GB"></${tagName}></div>`);
      const heading = page.firstElementChild!.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(heading).direction).to.equal('ltr');
    });

    it('lays out right to left in Arabic on a right-to-left page', async () => {
      const page = await fixture(html`<div dir="rtl" lang="ar" class="rtl-host"><${tagName}></${tagName}></div>`);
      await waitUntil(() => page.firstElementChild!.shadowRoot!.querySelector('h2'), 'no heading');
      const el = page.firstElementChild!;
      const heading = el.shadowRoot!.querySelector('h2')!;
      expect(getComputedStyle(heading).direction).to.equal('rtl');
      const box = el.getBoundingClientRect();
      const title = heading.getBoundingClientRect();
      // Start-aligned text sits against the right edge.
      expect(box.right - title.right).to.be.below(box.width / 8);
      await expect(page).to.be.accessible();
    });

    it('uses dark colours with theme="dark" and stays readable', async () => {
      const el = await fixture(html`<${tagName} theme="dark"></${tagName}>`);
      const style = getComputedStyle(el);
      expect(luminance(style.backgroundColor)).to.be.below(0.2);
      expect(luminance(style.color)).to.be.above(0.8);
      await expect(el).to.be.accessible();
    });

    it('follows the reader\'s colour scheme with theme="auto"', async () => {
      try {
        await emulateMedia({ colorScheme: 'dark' });
        const el = await fixture(html`<${tagName} theme="auto"></${tagName}>`);
        expect(luminance(getComputedStyle(el).backgroundColor)).to.be.below(0.2);
        await emulateMedia({ colorScheme: 'light' });
        expect(luminance(getComputedStyle(el).backgroundColor)).to.be.above(0.8);
      } finally {
        await emulateMedia({ colorScheme: 'light' });
      }
    });

    it('keeps its own text size and spacing whatever the host theme sets', async () => {
      const root = document.documentElement;
      root.style.fontSize = '10px';
      try {
        const page = await fixture(html`
          <div style="letter-spacing:0.3em;text-transform:uppercase;text-align:center;line-height:3;word-spacing:1em">
            <${tagName}></${tagName}>
          </div>
        `);
        const el = page.firstElementChild!;
        expectRendered(el, '.widget');
        for (const node of el.shadowRoot!.querySelectorAll('p, label, legend, h2, button, li')) {
          expectOwnTypography(getComputedStyle(node), node.textContent!);
        }
        expect(getComputedStyle(el.shadowRoot!.querySelector('h2')!).textAlign).to.equal('start');
      } finally {
        root.style.fontSize = '';
      }
    });

    for (const width of [300, 280, 1200]) {
      it(`fits a ${width}px column without horizontal overflow`, async () => {
        const page = await fixture(html`<div style="width:${width}px"><${tagName}></${tagName}></div>`);
        noOverflow(page.firstElementChild!);
      });
    }

    // What a reader sees on a phone: no word broken across two lines unless it is wider than the line itself.
    for (const width of [320, 280, 620]) {
      it(`splits no word across lines at ${width}px, in any language, config or view`, async () => {
        const demos = await Promise.all(demoConfigs.map(async (url) => (await fetch(url)).json() as Promise<object>));
        const split: string[] = [];
        for (const locale of SUPPORTED_LOCALES) {
          await loadLocalePack(locale);
          for (const [name, config] of [['built-in', undefined], ['valid config', validConfig], ...demos.map((demo, i) => [demoConfigs[i]!, demo])] as const) {
            const page = await fixture(html`<div style=${`width:${width}px`}><${tagName} locale=${locale} .config=${config}></${tagName}></div>`);
            const el = page.firstElementChild as HTMLElement;
            await waitUntil(() => el.shadowRoot?.querySelector('.widget'), `${locale} ${name}: nothing rendered`);
            await laidOut(el);
            expectRendered(el, '.widget');
            for await (const view of eachView(el)) {
              split.push(...splitWords(el).map((word) => `${locale}, ${name}, ${view}: ${word}`));
            }
          }
        }
        expect(split).to.deep.equal([]);
      });
    }

    // A 200-letter word, a pasted web address and the longest clinic name, in every field and mode, and in the
    // error panel: nothing sticks out, the page never grows sideways.
    for (const width of [280, 320, 640]) {
      it(`keeps long unbreakable text inside the widget at ${width}px, in English and Arabic, in every mode and view`, async () => {
        const configs = longTextConfigs(LONG);
        const overflowing: string[] = [];
        for (const locale of ['en-GB', 'ar'] as const) {
          await loadLocalePack(locale);
          for (const [name, config] of Object.entries(configs)) {
            const page = await fixture(html`<div style=${`width:${width}px`}><${tagName} locale=${locale} .config=${config}></${tagName}></div>`);
            const el = page.firstElementChild as HTMLElement;
            await waitUntil(() => el.shadowRoot?.querySelector('.widget, [part="error"]'), `${locale} ${name}: nothing rendered`);
            await laidOut(el);
            // Each config within the limits shows the widget, and the one meant to fail shows its panel.
            expect(Boolean(el.shadowRoot!.querySelector('.widget')), `${locale}, ${name}: ${panelText(el)}`).to.equal(name !== 'the error panel');
            const views = el.shadowRoot!.querySelector('.widget') ? eachView(el) : onlyView();
            for await (const view of views) {
              const overflow = overflowOf(el);
              if (overflow) overflowing.push(`${locale}, ${name}, ${view}: ${overflow}`);
            }
            if (document.documentElement.scrollWidth > innerWidth) overflowing.push(`${locale}, ${name}: the page grew sideways`);
            page.remove();
          }
        }
        expect(overflowing).to.deep.equal([]);
      });
    }

    it('leaves room before the next paragraph, and a site can change it', async () => {
      const page = await fixture(html`<div><${tagName}></${tagName}><p style="margin:0">Next paragraph</p></div>`);
      const el = page.firstElementChild as HTMLElement;
      const gap = () => page.querySelector('p')!.getBoundingClientRect().top - el.getBoundingClientRect().bottom;
      expect(gap()).to.be.at.least(16);
      el.style.setProperty('--smp-space-after', '0px');
      expect(gap()).to.equal(0);
    });

    it('does not force a nested grid or a flex row wider than a 320px page', async () => {
      const page = await fixture(html`
        <div style="width:320px">
          <div style="display:grid"><section style="display:grid"><${tagName}></${tagName}></section></div>
          <div style="display:flex"><${tagName}></${tagName}><p>Sidebar text</p></div>
        </div>
      `);
      for (const el of page.querySelectorAll(tag)) {
        expect(el.getBoundingClientRect().right).to.be.at.most(page.getBoundingClientRect().right + 0.5);
        noOverflow(el);
      }
    });

    const shrinkToFit: Record<string, string> = {
      'a float': 'float:left',
      'an inline-block': 'display:inline-block',
      'a flex item': 'display:flex',
      'an absolutely positioned box': 'position:absolute',
    };
    for (const [name, style] of Object.entries(shrinkToFit)) {
      it(`keeps a usable width inside ${name}`, async () => {
        const page = await fixture(
          html`<div style="width:600px;position:relative"><div style=${style}><${tagName}></${tagName}></div></div>`,
        );
        const el = page.querySelector(tag)!;
        const width = el.getBoundingClientRect().width;
        expect(width).to.be.above(280);
        expect(width).to.be.at.most(600);
        noOverflow(el);
      });
    }

    it('skips a second copy of the same version silently', async () => {
      const first = customElements.get(tag);
      await import(`${registerModule}?copy=${Math.random()}`);
      expect(customElements.get(tag)).to.equal(first);
      expect(watched.warnings.messages).to.deep.equal([]);
      expect(watched.pageErrors.count()).to.equal(0);
    });

    it('skips another version with one warning naming both versions', () => {
      const Existing = customElements.get(tag) as VersionedElement;
      const Other = class extends (Existing as unknown as typeof HTMLElement) {
        static readonly version = '9.9.9-other';
      };
      defineElement(tag, Other);
      expect(customElements.get(tag)).to.equal(Existing);
      expect(watched.warnings.messages).to.have.length(1);
      expect(watched.warnings.messages[0]).to.include('9.9.9-other').and.include(Existing.version);
    });
  });
}
