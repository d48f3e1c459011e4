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

/**
 * data-* of the block → attribute of the element. A member's `id` never becomes the element's id, which could
 * take the place of one of Discourse's own (#reply-control is the composer): it names the widget's view links
 * as `data-smp-id`.
 */
const ATTRIBUTES = { src: "src", locale: "locale", theme: "theme", id: "data-smp-id" };

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
 * Sets up a page: the allow-list meta tag, and each language pack's address. `uploads` names each theme
 * asset's address (themeAssets).
 */
export function preparePage(doc, { origins, uploads }) {
  if (!doc.querySelector('meta[name="smp-src-origins"]')) {
    const meta = doc.createElement("meta");
    meta.name = "smp-src-origins";
    meta.content = srcOrigins(origins);
    doc.head.append(meta);
  }
  const packs = {};
  for (const [name, url] of Object.entries(uploads ?? {})) {
    // smp_locale_es, smp_locale_en_US: an upload's name cannot hold "-".
    const locale = /^smp_locale_(\w+)$/.exec(name)?.[1]?.replace("_", "-");
    if (locale && typeof url === "string") packs[locale] = url;
  }
  doc.defaultView.smpLocalePackUrls = packs;
}

/**
 * Loads the widget script with Discourse's `loadScript`; settles once it ran or failed. Older Discourse never
 * settles a failed load (and keeps its promise for that address), so the script element's own error event is
 * heard too. `attempt` above 0 asks for the address anew, past that kept promise.
 */
export function loadWidgetScript(doc, url, loadScript, attempt = 0) {
  const address = attempt ? `${url}${url.includes("?") ? "&" : "?"}smp-attempt=${attempt}` : url;
  const absolute = new URL(address, doc.baseURI).href;
  return new Promise((resolve, reject) => {
    const heard = (event) => {
      if (event.target?.localName === "script" && event.target.src === absolute) settle(reject, new Error(`could not load ${url}`));
    };
    const settle = (done, value) => {
      doc.removeEventListener("error", heard, true);
      done(value);
    };
    doc.addEventListener("error", heard, true);
    Promise.resolve(loadScript(address)).then(
      () => settle(resolve),
      (error) => settle(reject, error)
    );
  });
}

/** Whether the widgets are defined in the page: loaded, by this component or another copy. */
const defined = (doc) => Boolean(doc.defaultView.customElements.get(Object.values(WIDGETS)[0]));

/**
 * The address of each theme asset: the copy Discourse serves from /theme-javascripts/ (`theme_uploads_local`,
 * given for JavaScript uploads) where there is one, else the upload itself (`theme_uploads`, /uploads/… or a
 * CDN). Only the first is on the script paths of Discourse's Content-Security-Policy when its
 * content_security_policy_strict_dynamic setting is off (the default before 3.3, and a choice after).
 */
export function themeAssets(settings) {
  return { ...settings.theme_uploads, ...settings.theme_uploads_local };
}

/**
 * What the initializer does with Discourse's plugin API: each cooked post, and the composer's preview, gets
 * its widget blocks upgraded; the page is prepared the first time a post has one. If the script fails to load
 * (a network hiccup), the next post with a widget tries again; the posts before it upgrade then too.
 */
export function initialize(api, { settings, loadScript, doc }) {
  const uploads = themeAssets(settings);
  let prepared = false;
  let loading;
  let attempts = 0;
  api.decorateCookedElement(
    (element) => {
      if (!element.querySelector("[data-wrap^='smp-']")) return;
      // Before the elements are made: a widget defined already reads the allow-list as it connects.
      if (!prepared) preparePage(doc, { origins: settings.smp_src_origins, uploads });
      prepared = true;
      upgradeWidgetBlocks(element);
      const url = uploads.smp_widgets;
      if (loading || !url || defined(doc)) return;
      loading = loadWidgetScript(doc, url, loadScript, attempts++).catch((error) => {
        loading = undefined;
        // eslint-disable-next-line no-console
        console.warn(`[smp-clinic-widgets] ${error?.message ?? error}: the next post with a widget tries again.`);
      });
    },
    { id: "smp-clinic-widgets" }
  );
}
