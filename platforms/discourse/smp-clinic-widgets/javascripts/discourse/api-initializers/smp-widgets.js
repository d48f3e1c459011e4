import I18n from "I18n";
import { apiInitializer } from "discourse/lib/api";
import loadScript from "discourse/lib/load-script";
import { addInsertButton } from "../lib/smp-composer";
import { initialize } from "../lib/smp-upgrade";

// In posts and in the composer's preview, [wrap=smp-checklist], [wrap=smp-comparison] and
// [wrap=smp-explainer] blocks become the widgets; the script loads once, from the theme's own uploads. The
// composer gets a button that inserts such a block. "I18n" is Discourse's translations object from 3.1 on
// (later a shim over discourse-i18n); themePrefix turns a key of locales/en.yml into this theme's own.
export default apiInitializer("1.8.0", (api) => {
  initialize(api, { settings, loadScript, doc: document });
  addInsertButton(api, {
    settings,
    t: (key) => I18n.t(themePrefix(key)),
    title: themePrefix("composer.button"),
    doc: document,
  });
});
