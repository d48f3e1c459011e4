// Turns the blocks Discourse makes of [wrap=smp-…] into the widgets. Discourse's markdown writes
// [wrap=smp-checklist src=… locale=…]text[/wrap] as <div class="d-wrap" data-wrap="smp-checklist"
// data-src="…" data-locale="…"><p>text</p></div>: the element takes the data values as attributes (as text,
// never as markup), and the block's content as its fallback text. The widget itself checks each value: an
// address must be http(s) and within smp-src-origins, a language one it knows.

/** data-wrap value → element. */
export const WIDGETS = {
  "smp-checklist": "smp-clinic-checklist",
  "smp-comparison": "smp-guarantee-comparison",
  "smp-explainer": "smp-treatment-explainer",
};

/** data-* of the block → attribute of the element. */
const ATTRIBUTES = { src: "src", locale: "locale", theme: "theme", id: "id" };

/** Upgrades every widget block inside `root`; returns the elements made. Running it again changes nothing. */
export function upgradeWidgetBlocks(root) {
  const made = [];
  for (const block of root.querySelectorAll("[data-wrap]")) {
    const tag = WIDGETS[block.dataset.wrap];
    if (!tag) continue;
    const element = block.ownerDocument.createElement(tag);
    for (const [key, name] of Object.entries(ATTRIBUTES)) {
      const value = block.dataset[key];
      if (typeof value === "string" && value.trim()) element.setAttribute(name, value.trim());
    }
    element.append(...block.childNodes);
    block.replaceWith(element);
    made.push(element);
  }
  return made;
}

/** The allow-list for `src`: the setting's origins, or the forum's own. */
export function srcOrigins(setting) {
  const origins = String(setting ?? "").trim();
  return origins || "'self'";
}

/**
 * Sets up a page once: the allow-list meta tag, each language pack's upload address, and the widget
 * script from the theme's uploads. `uploads` is the theme's `settings.theme_uploads`.
 */
export function preparePage(doc, { origins, uploads, loadScript }) {
  if (!doc.querySelector('meta[name="smp-src-origins"]')) {
    const meta = doc.createElement("meta");
    meta.name = "smp-src-origins";
    meta.content = srcOrigins(origins);
    doc.head.append(meta);
  }
  const packs = {};
  for (const [name, url] of Object.entries(uploads ?? {})) {
    const locale = /^smp_locale_(\w+)$/.exec(name)?.[1];
    if (locale && typeof url === "string") packs[locale] = url;
  }
  doc.defaultView.smpLocalePackUrls = packs;
  return uploads?.smp_widgets ? loadScript(uploads.smp_widgets) : Promise.resolve();
}

/**
 * What the initializer does with Discourse's plugin API: each cooked post, and the composer's preview,
 * gets its widget blocks upgraded; the page is prepared the first time a post has one.
 */
export function initialize(api, { settings, loadScript, doc }) {
  let ready;
  api.decorateCookedElement(
    (element) => {
      if (!element.querySelector("[data-wrap^='smp-']")) return;
      ready ??= preparePage(doc, { origins: settings.smp_src_origins, uploads: settings.theme_uploads, loadScript });
      upgradeWidgetBlocks(element);
    },
    { id: "smp-clinic-widgets" }
  );
}
