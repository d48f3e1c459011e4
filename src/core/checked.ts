import { isServer, noChange } from 'lit';

/**
 * The value for a box's `.checked` binding. On the server Lit writes that property out as an attribute, and
 * HTML reads `checked="false"` as ticked; there an unticked box gets no attribute at all. In the browser it
 * is the value itself.
 */
export const checkedProp = (on: boolean): boolean | typeof noChange => (isServer && !on ? noChange : on);
