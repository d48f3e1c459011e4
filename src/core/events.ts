/**
 * A widget's events are declared once, as a map from each name to the type of its `detail`; the element
 * fires them with `emit()`, and the framework typings and `addEventListener` read the same map.
 */

/** The map as DOM event types, for `HTMLElementEventMap` (typed `addEventListener`). */
export type CustomEvents<Events> = { [K in keyof Events]: CustomEvent<Events[K]> };

/** The map as `on<name>` handler props, for the React and Vue typings. */
export type EventHandlers<Events> = { [K in keyof Events & string as `on${K}`]?: (event: CustomEvent<Events[K]>) => void };

/** Fires one of a widget's events: bubbling and composed, so a listener on the page's document hears it. */
export function emit<Events, K extends keyof Events & string>(host: EventTarget, name: K, detail: Events[K]): void {
  host.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}

/** `smp-checklist-change` → `SmpChecklistChange`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<Name>;

/** The map as Vue's `onSmp…` listener props (what `@smp-…` in a template compiles to). */
export type VueEventHandlers<Events> = { [K in keyof Events & string as `on${Pascal<K>}`]?: (event: CustomEvent<Events[K]>) => void };
