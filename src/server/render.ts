/// <reference types="node" />
import { render, type RenderInfo } from '@lit-labs/ssr';
import { escapeAttribute } from '../core/html-escape.js';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { SmpElement } from '../core/base-element.js';
import { widgetFolder, WIDGET_TAGS, type WidgetTag } from '../widgets.js';
import { preloadModes, preloadWidget } from './preload.js';
import { widgetStylesheet } from './stylesheets.js';

// Pre-rendering on a server or at build time: each widget's shadow root as declarative shadow DOM, so the
// page shows the widgets before (and without) its script. Node only.

/** The widgets this renders: every widget of the list. */
export { WIDGET_TAGS, type WidgetTag };

// Each widget registers itself, as in a browser; and every mode's code is loaded up front, since a mode may add
// to its element's styles when it loads (the checklist's shortlist fills a sheet among them), so the stylesheets
// made from those styles hold its rules.
await Promise.all(WIDGET_TAGS.map((tag) => import(`../${widgetFolder(tag)}/register.js`)));
await Promise.all(WIDGET_TAGS.map((tag) => preloadModes(tag, widgetClass(tag).parts)));

/** A widget's attributes, as in the page. */
export interface WidgetAttributes {
  config?: string | undefined;
  locale?: string | undefined;
  theme?: string | undefined;
}

export interface PrerenderOptions {
  /**
   * The address of the folder that serves the stylesheets (`smp-clinic-checklist.css` and the others, in
   * `dist/styles/`); each shadow root links its widget's. Default: `/smp-widgets/styles/`.
   */
  stylesheets?: string;
}

type ElementClass = typeof SmpElement & { readonly elementStyles: CSSStyleSheet[] };

function widgetClass(tag: WidgetTag): ElementClass {
  return customElements.get(tag) as unknown as ElementClass;
}

/** The stylesheet a pre-rendered widget links: its styles, and what only pre-rendered markup needs. */
export function stylesheetFor(tag: WidgetTag): string {
  const widget = widgetClass(tag);
  return widgetStylesheet({ elementStyles: widget.elementStyles, narrowBelow: widget.narrowBelow });
}

/** The config a widget's attribute or script child holds, if it is JSON (the widget reports it otherwise). */
function parsedConfig(text: string | undefined): unknown {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Lit's element renderer, with the styles linked as a stylesheet instead of an inline `<style>` (CSP `style-src 'self'`). */
function rendererLinking(stylesheets: string) {
  return class SmpElementRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      const parts = super.renderShadow(renderInfo);
      if (!parts) return parts;
      const list = [...parts];
      const end = list.indexOf('</style>');
      if (list[0] !== '<style>' || end < 0) throw new Error('unexpected output from @lit-labs/ssr: its styles were not where they were expected');
      return [`<link rel="stylesheet" href="${escapeAttribute(`${stylesheets}${this.tagName}.css`)}">`, ...list.slice(end + 1)];
    }
  };
}

/**
 * The pre-rendered shadow root of one widget: `<template shadowrootmode="open">…</template>`, to put first
 * inside the element. Built-in content, the validator and the language pack are loaded first, so the
 * output is complete in every locale. An invalid config renders the widget's error panel, as in a browser.
 */
export async function renderWidget(tag: WidgetTag, attributes: WidgetAttributes = {}, options: PrerenderOptions = {}): Promise<string> {
  if (!WIDGET_TAGS.includes(tag)) throw new Error(`not a widget: ${tag}`);
  await preloadWidget(tag, widgetClass(tag).parts, attributes.locale, parsedConfig(attributes.config));
  const name = unsafeStatic(tag);
  const template = html`<${name} config=${ifDefined(attributes.config)} locale=${ifDefined(attributes.locale)} theme=${ifDefined(attributes.theme)}></${name}>`;
  const output = await collectResult(render(template, { elementRenderers: [rendererLinking(options.stylesheets ?? '/smp-widgets/styles/')] }));
  const start = output.indexOf('<template shadowroot');
  const end = output.lastIndexOf('</template>');
  if (start < 0 || end < start) throw new Error(`@lit-labs/ssr rendered no shadow root for <${tag}>`);
  return output.slice(start, end + '</template>'.length);
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

interface Found {
  element: Element;
  lang: string | undefined;
}

/** The widgets of a parsed page, with the nearest `lang` above each; not those in templates or already rendered. */
function findWidgets(node: Node, lang: string | undefined, found: Found[]): Found[] {
  const element = 'tagName' in node ? node : undefined;
  const own = element?.attrs.find((attribute) => attribute.name === 'lang')?.value;
  const here = own ?? lang;
  if (element && (WIDGET_TAGS as readonly string[]).includes(element.tagName)) found.push({ element, lang: here });
  if (element?.tagName === 'template') return found;
  for (const child of 'childNodes' in node ? node.childNodes : []) findWidgets(child, here, found);
  return found;
}

const attribute = (element: Element, name: string) => element.attrs.find((entry) => entry.name === name)?.value;

/** The text of a widget's `<script type="application/json">` child, which takes precedence over its attribute. */
function scriptConfig(element: Element): string | undefined {
  const script = element.childNodes.find((child): child is Element => 'tagName' in child && child.tagName === 'script' && attribute(child, 'type') === 'application/json');
  const text = script?.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
  return text;
}

/**
 * A page with every widget in it pre-rendered: its shadow root is written as the element's first child,
 * the rest of the page is left byte for byte as it was. Left as they are: widgets with `src` (their config
 * comes from the reader's browser), widgets already pre-rendered, and widgets inside templates.
 */
export async function prerenderPage(page: string, options: PrerenderOptions = {}): Promise<string> {
  const document = parse(page, { sourceCodeLocationInfo: true });
  const found = findWidgets(document, undefined, []).filter(({ element }) => {
    const alreadyRendered = element.childNodes.some((child) => 'tagName' in child && child.tagName === 'template' && attribute(child, 'shadowrootmode') !== undefined);
    return attribute(element, 'src') === undefined && !alreadyRendered;
  });
  const inserts: { at: number; markup: string }[] = [];
  for (const { element, lang } of found) {
    const at = element.sourceCodeLocation?.startTag?.endOffset;
    if (at === undefined) continue;
    const tag = element.tagName as WidgetTag;
    const markup = await renderWidget(tag, { config: scriptConfig(element) ?? attribute(element, 'config'), locale: attribute(element, 'locale') ?? lang, theme: attribute(element, 'theme') }, options);
    inserts.push({ at, markup });
  }
  let result = page;
  for (const { at, markup } of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, at) + markup + result.slice(at);
  return result;
}
