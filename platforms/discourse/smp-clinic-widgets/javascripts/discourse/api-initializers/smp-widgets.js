import { apiInitializer } from "discourse/lib/api";
import loadScript from "discourse/lib/load-script";
import { initialize } from "../lib/smp-upgrade";

// In posts and in the composer's preview, [wrap=smp-checklist], [wrap=smp-comparison] and
// [wrap=smp-explainer] blocks become the widgets; the script loads once, from the theme's own uploads.
export default apiInitializer("1.8.0", (api) => initialize(api, { settings, loadScript, doc: document }));
