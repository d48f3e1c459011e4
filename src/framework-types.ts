// Prop types of the widgets' elements, shared by the React and Vue typings (react.ts, vue.ts), made from the
// widget list (widgets.ts). Types only.
import type { Locale } from './core/strings.js';
import type { EventHandlers } from './core/events.js';
import type { WidgetTypes } from './widgets.js';

/** Attributes every widget takes. */
export interface SharedAttributes {
  /** Address of a JSON config to load. */
  src?: string;
  locale?: Locale;
  theme?: 'light' | 'dark' | 'auto' | 'site';
  id?: string;
  class?: string;
  className?: string;
  children?: unknown;
}

/** A widget's props: the shared attributes, its config (an object or JSON text) and an `onsmp-…` prop per event. */
export type WidgetProps<Tag extends keyof WidgetTypes> = SharedAttributes & EventHandlers<WidgetTypes[Tag]['events']> & { config?: WidgetTypes[Tag]['config'] | string };
