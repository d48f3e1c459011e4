// React 19 (TSX) typings: `import type {} from 'smp-clinic-widgets/react';` once in an app makes every widget of
// the list (widgets.ts), its config property and its event props type-checked. Types only.
import type {} from 'react';
import type { WidgetProps } from './framework-types.js';
import type { WidgetTypes } from './widgets.js';

type WithRef<Element, Props> = Props & { ref?: ((element: Element | null) => void) | { current: Element | null } | null; key?: string | number };

type ReactElements = { [Tag in keyof WidgetTypes]: WithRef<WidgetTypes[Tag]['element'], WidgetProps<Tag>> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactElements {}
  }
}
