// The composer's "Insert a clinic widget": a small dialog where a member picks the widget, its language and,
// where the admin has listed any, a dataset; it inserts the [wrap=smp-…] block that smp-upgrade.js turns into
// the widget. A member has nowhere to host a config of their own (forum uploads refuse .json by default), so
// a widget shows its built-in content unless the admin listed a dataset for it. Every label is a theme
// translation (locales/*.yml), read through `t`; everything is built as DOM nodes and text, never as markup.

/** Each widget's wrap name, and the settings that list its datasets. */
export const CHOICES = [
  { wrap: "smp-checklist", key: "checklist", datasets: "smp_checklist_datasets" },
  { wrap: "smp-comparison", key: "comparison", datasets: "smp_comparison_datasets" },
  { wrap: "smp-explainer", key: "explainer", datasets: "smp_explainer_datasets" },
];

/** The languages the widgets ship, each by its own name. An empty code leaves the forum's language. */
export const LANGUAGES = [
  ["en", "English"],
  ["es", "Español"],
  ["de", "Deutsch"],
  ["fr", "Français"],
  ["tr", "Türkçe"],
  ["ar", "العربية"],
];

/**
 * The datasets an admin listed in a list setting: one per line of the setting (Discourse joins a list's
 * entries with "|"), each "Label https://address". An entry without an http(s) address is left out.
 */
export function datasets(setting) {
  const found = [];
  for (const entry of String(setting ?? "").split("|")) {
    const match = /^(.*?)\s*(https?:\/\/\S+)$/i.exec(entry.trim());
    if (match) found.push({ label: match[1] || match[2], src: match[2] });
  }
  return found;
}

/**
 * The block the composer gets. Values are quoted, as Discourse's BBCode attribute parser reads them, and
 * cannot end the quote or the tag; the text inside is the fallback readers see without the script.
 */
export function wrapBlock({ wrap, locale, src, text }) {
  const value = (v) => `"${String(v).replace(/["\]\n]/g, "")}"`;
  const attributes = [src && ` src=${value(src)}`, locale && ` locale=${value(locale)}`].filter(Boolean).join("");
  const fallback = String(text).replace(/\[\/?wrap\b[^\]]*\]/gi, "").trim();
  return `\n[wrap=${wrap}${attributes}]\n${fallback}\n[/wrap]\n`;
}

/** `tag` with its attributes set and its children appended: the dialog is a handful of these. */
function make(doc, tag, attributes = {}, ...children) {
  const element = doc.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/**
 * Opens the dialog over the page. `insert(text)` receives the block when the member chooses "Insert";
 * Cancel or Escape inserts nothing. Once closed, the dialog leaves the page and focus goes back to
 * `returnFocus` (the composer's text). Returns the dialog.
 */
export function openInsertDialog(doc, { settings, t, insert, returnFocus }) {
  const id = (name) => `smp-insert-${name}`;
  const widgetField = make(
    doc,
    "fieldset",
    {},
    make(doc, "legend", {}, t("composer.widget")),
    ...CHOICES.map((choice, index) => {
      const radio = make(doc, "input", { type: "radio", name: "widget", value: choice.wrap, id: id(choice.key) });
      radio.checked = index === 0;
      return make(
        doc,
        "div",
        { class: "smp-insert-choice" },
        radio,
        make(doc, "label", { for: id(choice.key) }, make(doc, "strong", {}, t(`composer.${choice.key}.name`)), ": ", t(`composer.${choice.key}.about`))
      );
    })
  );
  const language = make(
    doc,
    "select",
    { name: "locale", id: id("locale") },
    make(doc, "option", { value: "" }, t("composer.forum_language")),
    ...LANGUAGES.map(([code, name]) => make(doc, "option", { value: code, lang: code }, name))
  );
  const data = make(doc, "select", { name: "src", id: id("src") });
  const dataField = make(doc, "p", {}, make(doc, "label", { for: id("src") }, t("composer.data")), data);
  const form = make(
    doc,
    "form",
    { method: "dialog" },
    make(doc, "h2", { id: id("title") }, t("composer.title")),
    widgetField,
    make(doc, "p", {}, make(doc, "label", { for: id("locale") }, t("composer.language")), language),
    dataField,
    make(doc, "p", { class: "smp-insert-note" }, t("composer.note")),
    make(
      doc,
      "div",
      { class: "smp-insert-buttons" },
      make(doc, "button", { class: "btn btn-primary", value: "insert" }, t("composer.insert")),
      make(doc, "button", { class: "btn", value: "cancel", formnovalidate: "" }, t("composer.cancel"))
    )
  );
  const dialog = make(doc, "dialog", { class: "smp-insert", "aria-labelledby": id("title") }, form);

  const chosen = () => CHOICES.find((choice) => choice.wrap === form.elements.widget.value) ?? CHOICES[0];
  // The data list follows the widget: its built-in content, then the admin's datasets for it, if any.
  const listData = () => {
    const listed = datasets(settings[chosen().datasets]);
    data.replaceChildren(
      make(doc, "option", { value: "" }, t("composer.built_in")),
      ...listed.map((dataset) => make(doc, "option", { value: dataset.src }, dataset.label))
    );
    dataField.hidden = listed.length === 0;
  };
  widgetField.addEventListener("change", listData);
  listData();

  // Keys typed here are the dialog's, not the forum's keyboard shortcuts.
  dialog.addEventListener("keydown", (event) => event.stopPropagation());
  dialog.addEventListener("close", () => {
    if (dialog.returnValue === "insert") {
      const choice = chosen();
      insert(wrapBlock({ wrap: choice.wrap, locale: language.value, src: data.value, text: t(`composer.${choice.key}.fallback`) }));
    }
    dialog.remove();
    returnFocus?.focus();
  });
  doc.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/**
 * Adds "Insert a clinic widget" to the composer's toolbar with `api.onToolbarCreate` and `toolbar.addButton`
 * (`id`, `group`, `icon`, `title`, `perform`), which read the same from Discourse 3.1 (the Toolbar class in
 * app/assets/javascripts/discourse/app/components/d-editor.js) to today's (lib/composer/toolbar.js, plugin API
 * 1.38.0). `title` is a translation key, which Discourse translates; `perform` gets the toolbar event, whose
 * `addText` puts the block where the cursor is. `addComposerToolbarPopupMenuOption`, the "+" menu, came only
 * with plugin API 1.14.0 (Discourse 3.2), after the oldest version this component claims.
 */
export function addInsertButton(api, { settings, t, title, doc }) {
  api.onToolbarCreate((toolbar) =>
    toolbar.addButton({
      id: "smp-insert-widget",
      group: "insertions",
      icon: settings.smp_composer_icon || "clipboard-list",
      title,
      perform: (toolbarEvent) =>
        openInsertDialog(doc, {
          settings,
          t,
          insert: (text) => toolbarEvent.addText(text),
          returnFocus: doc.querySelector(".d-editor-input"),
        }),
    })
  );
}
