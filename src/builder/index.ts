import type { CustomEvents } from '../core/events.js';
import { SmpEmbedBuilder, type BuilderEvents } from './builder.js';

// The embed builder: `import 'smp-clinic-widgets/builder'` registers <smp-embed-builder>, with the three widgets
// it previews. It is a tool for site owners and CMS editors, not one of the widgets a reader sees.

export { SmpEmbedBuilder, type BuilderAcceptDetail, type BuilderEvents } from './builder.js';
export type { Config, WidgetTag } from './builder.model.js';

if (!customElements.get('smp-embed-builder')) customElements.define('smp-embed-builder', SmpEmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'smp-embed-builder': SmpEmbedBuilder;
  }
  interface HTMLElementEventMap extends CustomEvents<BuilderEvents> {}
}
