import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { captureConsole, expectRendered, watchPageErrors } from '../shared/page-errors.js';
import '../../src/index.js';

// The BBCode presets of platforms/bbcode/presets.json, rendered the way each forum renders a custom BBCode,
// from each forum's own code: phpBB 3.2+ (s9e TextFormatter, phpBB/phpbb/textformatter/s9e/) checks {URL} (http and https only,
// unsafe characters percent-encoded) and {IDENTIFIER} (letters, digits, - and _), drops an optional attribute
// that fails its check, and escapes every value; XenForo leaves the BB code as text unless the option
// matches the preset's regular expression, and fills {option} escaped and {text} as it rendered the text
// (XenForo 2.3's src/XF/BbCode/Renderer/Html.php). The widgets then take the
// resulting HTML, hostile values included.

interface PhpbbPreset {
  widget: string;
  usage: string;
  html: string;
}
interface XenforoPreset {
  widget: string;
  tag: string;
  option: 'yes' | 'optional';
  optionMatch: string;
  html: string;
}
interface XenforoWrapper {
  purpose: 'locale' | 'id';
  tag: string;
  optionMatch: string;
  html: string;
}
interface Presets {
  phpbb: PhpbbPreset[];
  xenforo: XenforoPreset[];
  xenforoWrappers: XenforoWrapper[];
}

/** What a poster types: the default value (src), named attributes and the text between the tags. */
interface Post {
  src?: string;
  locale?: string;
  id?: string;
  text: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const FILTERS: Record<string, (value: string) => string | undefined> = {
  URL: (value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:' ? url.href.replace(/'/g, '%27') : undefined;
    } catch {
      return undefined;
    }
  },
  IDENTIFIER: (value) => (/^[-\w]+$/.test(value) ? value : undefined),
};

/** phpBB: the preset's usage names each attribute's token; its HTML gets the checked, escaped values. */
function phpbb(preset: PhpbbPreset, post: Post): string {
  const given: Record<string, string | undefined> = { src: post.src, locale: post.locale, id: post.id };
  let out = preset.html;
  for (const [, name, token, type] of preset.usage.matchAll(/(\w+)=\{((URL|IDENTIFIER)\d*);optional\}/g)) {
    const raw = given[name!];
    const value = raw === undefined ? '' : (FILTERS[type!]!(raw) ?? '');
    out = out.replace(`{${token}}`, escapeHtml(value));
  }
  return out.replace('{TEXT}', escapeHtml(post.text));
}

/** XenForo: the option must match the preset's pattern, or the post shows the BB code as typed. */
function xenforo(preset: XenforoPreset, post: Post): string {
  const [, source, flags] = /^#(.*)#(\w*)$/.exec(preset.optionMatch)!;
  const typed = `[${preset.tag}${post.src === undefined ? '' : `=${post.src}`}]${post.text}[/${preset.tag}]`;
  if (post.src === undefined ? preset.option === 'yes' : !new RegExp(source!, flags).test(post.src)) return escapeHtml(typed);
  return preset.html.replace('{option}', escapeHtml(post.src ?? '')).replace('{text}', escapeHtml(post.text));
}

/** XenForo: a wrapper BB code around rendered children; its option must match, or it stays as typed. */
function xenforoWrap(wrapper: XenforoWrapper, option: string, inner: string): string {
  const [, source, flags] = /^#(.*)#(\w*)$/.exec(wrapper.optionMatch)!;
  if (!new RegExp(source!, flags).test(option)) return `${escapeHtml(`[${wrapper.tag}=${option}]`)}${inner}${escapeHtml(`[/${wrapper.tag}]`)}`;
  return wrapper.html.replace('{option}', escapeHtml(option)).replace('{text}', inner);
}

const HOSTILE: Post[] = [
  { src: 'javascript:window.__pwned=1', text: 'Script address' },
  { src: 'https://evil.example/x.json" onmouseover="window.__pwned=1', text: 'Quote in the address' },
  { src: "https://evil.example/x.json' onfocus='window.__pwned=1", text: 'Apostrophe in the address' },
  { locale: '"><script>window.__pwned=1</script>', id: '" autofocus onfocus="window.__pwned=1', text: 'Hostile locale and id' },
  { text: '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">' },
  { src: `https://evil.example/${'a'.repeat(20000)}.json`, locale: 'x'.repeat(5000), id: 'y'.repeat(5000), text: 'z'.repeat(20000) },
];

const TAGS = 'smp-clinic-checklist, smp-guarantee-comparison, smp-treatment-explainer';

async function renderPosts(markup: string[]): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<article></article>`);
  // A forum's own page: its template lists where datasets may come from.
  page.innerHTML = markup.join('\n');
  const widgets = [...page.querySelectorAll(TAGS)];
  await waitUntil(() => widgets.every((el) => el.shadowRoot?.querySelector('.widget, [role="alert"]')), 'a widget did not render', { timeout: 5000 });
  return page;
}

/**
 * A comparison post as the forum rendered it, text and all: it renders the dataset's clinics, nothing throws,
 * and the rendered text stays as the element's children, for readers without the script.
 */
async function comparisonPost(markup: string): Promise<HTMLElement> {
  const errors = watchPageErrors();
  try {
    const page = await renderPosts([markup]);
    const el = page.querySelector<HTMLElement>('smp-guarantee-comparison')!;
    expect(el.shadowRoot!.textContent).to.include('Example Clinic North');
    expectRendered(el, '[part="table"], [part="card"]');
    expect(errors.count()).to.equal(0);
    return el;
  } finally {
    errors.stop();
  }
}

describe('BBCode presets for phpBB and XenForo', () => {
  let presets: Presets;
  let meta: HTMLMetaElement;
  before(async () => {
    presets = (await (await fetch('/platforms/bbcode/presets.json')).json()) as Presets;
    meta = Object.assign(document.createElement('meta'), { name: 'smp-src-origins', content: "'self'" });
    document.head.append(meta);
  });
  after(() => meta.remove());
  afterEach(() => delete (window as { __pwned?: number }).__pwned);

  it('cover every widget on both forums', () => {
    expect(presets.phpbb.map((preset) => preset.widget)).to.deep.equal(['smp-clinic-checklist', 'smp-guarantee-comparison', 'smp-treatment-explainer']);
    expect(presets.xenforo.map((preset) => preset.widget)).to.deep.equal(['smp-clinic-checklist', 'smp-guarantee-comparison', 'smp-treatment-explainer']);
    // What readers without the script see ends with the general-information note in every example.
    for (const preset of presets.xenforo as (XenforoPreset & { example: string })[]) expect(preset.example, preset.tag).to.match(/General information, not medical advice: ask a qualified clinician about your own case\.\[\/\w+\]$/);
  });

  for (const forum of ['phpbb', 'xenforo'] as const) {
    const render = (preset: PhpbbPreset | XenforoPreset, post: Post) => (forum === 'phpbb' ? phpbb(preset as PhpbbPreset, post) : xenforo(preset as XenforoPreset, post));

    it(`${forum}: a post with a dataset on the forum shows it, in the language asked for`, async () => {
      const comparison = presets[forum][1]!;
      const page = await renderPosts([render(comparison, { src: `${location.origin}/test/fixtures/guarantees.json`, locale: 'en-US', text: 'Fallback' })]);
      const el = page.querySelector('smp-guarantee-comparison')!;
      expectRendered(el, '[part="table"], [part="card"]');
      expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(el.shadowRoot!.textContent).to.include('Example Clinic North');
      if (forum === 'phpbb') expect(el.getAttribute('locale')).to.equal('en-US');
    });

    it(`${forum}: hostile values are refused or shown as text, nothing runs and nothing is thrown`, async () => {
      const errors = watchPageErrors();
      // Each refused address is logged once, as it should be; the test reads the panels instead.
      const logged = captureConsole('error');
      try {
        const markup = presets[forum].flatMap((preset) => HOSTILE.map((post) => render(preset, post)));
        const page = await renderPosts(markup);
        await new Promise((resolve) => setTimeout(resolve, 100));
        // Posts that name no address show their widget's content, hostile text and all: the checks below
        // must see rendered widgets, not only error panels.
        const widgets = [...page.querySelectorAll(TAGS)];
        const withoutSrc = widgets.filter((el) => !el.getAttribute('src'));
        expect(withoutSrc.length, 'no post without an address became a widget').to.be.above(0);
        for (const el of withoutSrc) expectRendered(el, '.widget');
        expect((window as { __pwned?: number }).__pwned, 'a hostile value ran').to.equal(undefined);
        expect(page.querySelectorAll('script, img')).to.have.length(0);
        for (const el of page.querySelectorAll(TAGS)) {
          const names = el.getAttributeNames();
          // theme is the widget's own reflected default; anything else came out of a value.
          expect(names.filter((name) => !['src', 'locale', 'data-smp-id', 'theme'].includes(name)), `${el.localName} got an attribute of its own`).to.deep.equal([]);
          const src = el.getAttribute('src');
          // An address from another site is refused with a message, never fetched.
          if (src?.startsWith('https://evil.example/')) expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.include('not among the origins');
        }
        expect(errors.count()).to.equal(0);
        expect(logged.messages.every((message) => message.includes('config not loaded: src:')), logged.messages.join('\n')).to.be.true;
      } finally {
        errors.stop();
        logged.restore();
      }
    });
  }

  it('phpbb: the [smpcomparison=address] form its help line teaches sets src, the first attribute of each usage', () => {
    // s9e TextFormatter (docs/Plugins/BBCodes/Custom_BBCode_syntax.md): "The first attribute becomes the BBCode's
    // defaultAttribute", the one [tag=value] sets.
    for (const preset of presets.phpbb as (PhpbbPreset & { helpline: string })[]) {
      const tag = /^\[(\w+)/.exec(preset.usage)![1]!;
      expect(/^\[\w+ (\w+)=/.exec(preset.usage)![1], `${tag}: its first attribute`).to.equal('src');
      expect(preset.helpline, `${tag}: its help line`).to.include(`[${tag}=`);
    }
  });

  it('phpbb: the text between the tags holds what phpBB renders there (a link, a magic link, a smiley, a line break), and the widget still renders', async () => {
    // What phpBB 3.3's s9e TextFormatter renders inside {TEXT} (phpBB/phpbb/textformatter/s9e/factory.php, with
    // prosilver's template/bbcode.html): a nested [b] as <strong>, the [url] BBCode and magic links as
    // class="postlink" links, a smiley as <img class="smilies">, new lines as <br>.
    const rendered =
      'See <strong>healed work</strong> in <a href="https://forum.example/viewtopic.php?t=12" class="postlink">this thread</a> ' +
      '<img class="smilies" src="./images/smilies/icon_e_smile.gif" width="15" height="17" alt=":)" title="Smile"> and ' +
      '<a href="https://forum.example/viewtopic.php?t=13" class="postlink">https://forum.example/viewtopic.php?t=13</a><br>\nConfirm the terms in writing.';
    const markup = phpbb(presets.phpbb[1]!, { src: `${location.origin}/test/fixtures/guarantees.json`, text: '{TEXT}' }).replace(escapeHtml('{TEXT}'), rendered);
    const el = await comparisonPost(markup);
    expect(el.querySelectorAll('strong, a.postlink, img.smilies, br')).to.have.length(5);
  });

  it('phpbb: a post cannot give an element an id of the forum’s own page, and its view links still open the right view', async () => {
    history.replaceState(null, '', '#qr_postform/technician');
    try {
      const explainer = presets.phpbb[2]!;
      const page = await renderPosts(['qr_postform', 'unread', 'p123'].map((id) => phpbb(explainer, { id, text: 'Fallback' })));
      for (const id of ['qr_postform', 'unread', 'p123']) expect(document.getElementById(id)?.localName ?? 'none', `#${id} is a member's widget`).to.equal('none');
      const [first] = [...page.querySelectorAll('smp-treatment-explainer')];
      expect(first!.getAttribute('data-smp-id')).to.equal('qr_postform');
      expect(first!.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-technician');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  it('xenforo: the text between the tags holds what XenForo renders there (bold, an auto-link, a smilie, line breaks), and the widget still renders', async () => {
    // What XenForo 2.3's renderer (src/XF/BbCode/Renderer/Html.php) gives a replace-mode BB code as {text}
    // for "Ask to see [B]healed[/B] work :) see https://forum.example/t/1", a new line and "Second line & <b>":
    // [B] as <b>; the bare address made a [URL] on save (ProcessorAction/AutoLink.php) and rendered as an
    // external link (Str/Formatter.php, getLinkClassTarget); the default smilie 1, "Smile", as an emoji image
    // (Formatter.php, getSmilieHtml; install data in Install/Data/MySql.php); nl2br's <br />, the rest escaped.
    // The emoji's address is on a CDN (cdn.jsdelivr.net/joypixels/…): here on this server, so no test
    // reaches the network.
    const rendered =
      'Ask to see <b>healed</b> work <img src="/joypixels/assets/8.0/png/unicode/64/1f642.png" class="smilie smilie--emoji" loading="lazy" width="64" height="64" alt=":)" title="Smile    :)"  data-smilie="1"data-shortname=":)" /> ' +
      'see <a href="https://forum.example/t/1" target="_blank" class="link link--external" rel="nofollow ugc noopener">https://forum.example/t/1</a><br />\nSecond line &amp; &lt;b&gt;';
    const markup = xenforo(presets.xenforo[1]!, { src: `${location.origin}/test/fixtures/guarantees.json`, text: '{text}' }).replace('{text}', rendered);
    const el = await comparisonPost(markup);
    expect(el.querySelectorAll('b, img.smilie, a.link--external, br')).to.have.length(4);
    expect(el.textContent).to.include('Second line & <b>');
  });

  it('xenforo: a post cannot give an element an id of the forum’s own page: smpid names the view links only', async () => {
    history.replaceState(null, '', '#post-123/technician');
    try {
      const smpid = presets.xenforoWrappers.find((entry) => entry.purpose === 'id')!;
      const ids = ['post-123', 'js-post-123', 'top'];
      const page = await renderPosts(ids.map((id) => xenforoWrap(smpid, id, xenforo(presets.xenforo[2]!, { text: 'Fallback' }))));
      for (const id of ids) expect(document.getElementById(id)?.localName ?? 'none', `#${id} is a member's element`).to.equal('none');
      const first = page.querySelector('smp-treatment-explainer')!;
      expect(first.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-technician');
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
    }
  });

  describe('XenForo wrappers for the language and the link id', () => {
    const wrapper = (purpose: XenforoWrapper['purpose']) => presets.xenforoWrappers.find((entry) => entry.purpose === purpose)!;

    it('smplang sets the language of the widget inside it', async () => {
      const inner = xenforo(presets.xenforo[1]!, { src: `${location.origin}/test/fixtures/guarantees.json`, text: 'Fallback' });
      const page = await renderPosts([xenforoWrap(wrapper('locale'), 'en-US', inner)]);
      const el = page.querySelector('smp-guarantee-comparison')!;
      expect(el.shadowRoot!.textContent).to.include('Example Clinic North');
      expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('lang')).to.equal('en-US');
    });

    it('smpid gives the explainer inside it the id its view links use', async () => {
      history.replaceState(null, '', '#smp-guide/technician');
      try {
        const inner = xenforo(presets.xenforo[2]!, { text: 'Fallback' });
        const page = await renderPosts([xenforoWrap(wrapper('id'), 'smp-guide', inner)]);
        const el = page.querySelector('smp-treatment-explainer')!;
        expect(el.shadowRoot!.querySelector('[role="tab"][aria-selected="true"]')!.id).to.equal('tab-technician');
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });

    it('hostile wrapper options stay as typed text and nothing runs', async () => {
      const errors = watchPageErrors();
      try {
        const inner = xenforo(presets.xenforo[0]!, { text: 'Fallback' });
        const options = ['"><script>window.__pwned=1</script>', 'en" onmouseover="window.__pwned=1', 'javascript:window.__pwned=1', 'x'.repeat(5000)];
        const markup = presets.xenforoWrappers.flatMap((entry) => options.map((option) => xenforoWrap(entry, option, inner)));
        const page = await renderPosts(markup);
        const checklists = [...page.querySelectorAll('smp-clinic-checklist')];
        expect(checklists.length).to.equal(markup.length);
        for (const el of checklists) expectRendered(el, '[part="item"]');
        expect((window as { __pwned?: number }).__pwned, 'a hostile value ran').to.equal(undefined);
        expect(page.querySelectorAll('script, div[lang], div[data-smp-id]')).to.have.length(0);
        expect(page.querySelectorAll('smp-clinic-checklist')).to.have.length(markup.length);
        expect(page.textContent).to.include('[smplang=');
        expect(errors.count()).to.equal(0);
      } finally {
        errors.stop();
      }
    });
  });
});
